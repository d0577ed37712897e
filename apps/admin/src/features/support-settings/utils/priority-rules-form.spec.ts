import { describe, expect, it } from 'vitest';
import {
  newOrderValueRule,
  type PriorityRules,
  priorityRuleProblems,
  priorityRulesFormValues,
  priorityRulesOfForm,
} from './priority-rules-form';

const rules: PriorityRules = {
  fallback: 'medium',
  keywords: [{ words: ['outage', 'down'], priority: 'urgent' }],
  tiers: { platinum: 'high' },
  orderValues: [{ atLeast: '10000', priority: 'high' }],
  channels: { phone: 'high' },
};

describe('priority rules form', () => {
  it('shows every tier and channel, with no rule where none is set', () => {
    const values = priorityRulesFormValues(rules, 72);
    expect(values.tiers).toEqual({ standard: '', silver: '', gold: '', platinum: 'high' });
    expect(values.channels).toEqual({ portal: '', chat: '', email: '', phone: 'high', api: '' });
    expect(values.reopenWindowHours).toBe(72);
  });

  it('round-trips the rules unchanged', () => {
    expect(priorityRulesOfForm(priorityRulesFormValues(rules, 168))).toEqual(rules);
  });

  it('cleans keywords and amounts on the way out', () => {
    const values = priorityRulesFormValues(rules, 168);
    values.keywords[0] = { key: 'k', words: [' Outage ', 'outage', '', 'Data loss'], priority: 'urgent' };
    values.orderValues[0] = { key: 'o', atLeast: '05000.50', priority: 'medium' };
    values.channels.phone = '';
    const saved = priorityRulesOfForm(values);
    expect(saved.keywords).toEqual([{ words: ['outage', 'data loss'], priority: 'urgent' }]);
    expect(saved.orderValues).toEqual([{ atLeast: '5000.5', priority: 'medium' }]);
    expect(saved.channels).toEqual({});
  });

  it('finds keyword lines without words and bad or repeated thresholds', () => {
    const values = priorityRulesFormValues(rules, 168);
    values.keywords.push({ key: 'empty', words: [' '], priority: 'low' });
    values.orderValues.push({ ...newOrderValueRule(), key: 'bad', atLeast: '12,5' });
    values.orderValues.push({ ...newOrderValueRule(), key: 'again', atLeast: '10000.00' });
    expect(Object.fromEntries(priorityRuleProblems(values))).toEqual({
      empty: 'wordsRequired',
      bad: 'amountInvalid',
      again: 'amountDuplicate',
    });
  });
});
