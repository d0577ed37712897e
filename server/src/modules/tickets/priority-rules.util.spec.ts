import { describe, expect, it } from 'vitest';
import { defaultPriorityRules, type PrioritySignals, prioritise } from './priority-rules.util';

const signals = (overrides: Partial<PrioritySignals>): PrioritySignals => ({
  title: 'Invoice address',
  description: 'Please change the address on our account.',
  channel: 'portal',
  clientTier: 'standard',
  orderTotal: null,
  ...overrides,
});

describe('priority rules', () => {
  it('falls back to the configured priority when nothing matches, and says so', () => {
    expect(prioritise(signals({}), defaultPriorityRules)).toEqual({
      priority: 'medium',
      reasons: ['no rule matched → medium'],
    });
  });

  it('matches whole words and phrases, not parts of words', () => {
    expect(prioritise(signals({ title: 'Our site is down' }), defaultPriorityRules).priority).toBe('urgent');
    expect(prioritise(signals({ title: 'Download the manual' }), defaultPriorityRules).priority).toBe(
      'medium',
    );
    expect(
      prioritise(signals({ description: 'The app is NOT\nworking at all' }), defaultPriorityRules),
    ).toMatchObject({
      priority: 'high',
      reasons: ['mentions "not working" → high'],
    });
  });

  it('takes the highest proposal and lists every rule that matched', () => {
    const verdict = prioritise(
      signals({ title: 'Question about a damaged delivery', clientTier: 'platinum', channel: 'phone' }),
      defaultPriorityRules,
    );
    expect(verdict.priority).toBe('high');
    expect(verdict.reasons).toEqual([
      'mentions "damaged" → high',
      'mentions "question" → low',
      'platinum client → high',
      'phone channel → high',
    ]);
  });

  it('lowers a plain question only when nothing asks for more', () => {
    expect(prioritise(signals({ title: 'Question: how do I export?' }), defaultPriorityRules).priority).toBe(
      'low',
    );
    expect(
      prioritise(
        signals({ title: 'Question: how do I export?', clientTier: 'platinum' }),
        defaultPriorityRules,
      ).priority,
    ).toBe('high');
  });

  it('raises large orders by exact decimal comparison', () => {
    expect(prioritise(signals({ orderTotal: '9999.99' }), defaultPriorityRules).priority).toBe('medium');
    expect(prioritise(signals({ orderTotal: '10000.00' }), defaultPriorityRules)).toEqual({
      priority: 'high',
      reasons: ['order of 10000.00 (≥ 10000) → high'],
    });
    const banded = {
      ...defaultPriorityRules,
      orderValues: [
        { atLeast: '1000', priority: 'high' as const },
        { atLeast: '50000.5', priority: 'urgent' as const },
      ],
    };
    expect(prioritise(signals({ orderTotal: '50000.50' }), banded).priority).toBe('urgent');
    expect(prioritise(signals({ orderTotal: '50000.49' }), banded).priority).toBe('high');
  });
});
