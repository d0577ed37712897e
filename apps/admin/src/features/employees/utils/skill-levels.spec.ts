import { describe, expect, it } from 'vitest';
import { skillRowProblems, skillRows, skillsChanged, toSkillLevels } from './skill-levels';

const saved = [
  { skillId: 1, name: 'Billing', level: 4 },
  { skillId: 2, name: 'SQL', level: 2 },
];

describe('skill rows', () => {
  it('round-trips the saved skills into the complete set the API takes', () => {
    expect(toSkillLevels(skillRows(saved))).toEqual([
      { skillId: 1, level: 4 },
      { skillId: 2, level: 2 },
    ]);
  });

  it('flags a line without a skill and a skill listed twice, not the first of the pair', () => {
    const rows = [
      ...skillRows(saved),
      { key: 'new-1', skillId: null, name: '', level: 3 },
      { key: 'new-2', skillId: 1, name: 'Billing', level: 1 },
    ];
    expect(skillRowProblems(rows)).toEqual(
      new Map([
        ['new-1', 'skillRequired'],
        ['new-2', 'duplicate'],
      ]),
    );
  });

  it('notices changed levels, added and removed skills, but not a new order', () => {
    const rows = skillRows(saved);
    expect(skillsChanged(saved, [...rows].reverse())).toBe(false);
    expect(skillsChanged(saved, [{ ...rows[0], level: 5 } as (typeof rows)[number], ...rows.slice(1)])).toBe(
      true,
    );
    expect(skillsChanged(saved, rows.slice(1))).toBe(true);
  });
});
