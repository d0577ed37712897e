import type { EmployeeSkill, SkillLevel } from '../api/workforce-types';

export const skillLevels = [1, 2, 3, 4, 5] as const;

/** One line of the skills editor; a new line has no skill chosen yet. */
export type SkillRow = { key: string; skillId: number | null; name: string; level: number };

export type SkillRowProblem = 'skillRequired' | 'duplicate';

export function skillRows(skills: readonly EmployeeSkill[]): SkillRow[] {
  return skills.map((skill) => ({
    key: `skill-${skill.skillId}`,
    skillId: skill.skillId,
    name: skill.name,
    level: skill.level,
  }));
}

/** What is wrong with each line, by key: a line without a skill, or a skill that an earlier line has. */
export function skillRowProblems(rows: readonly SkillRow[]): Map<string, SkillRowProblem> {
  const problems = new Map<string, SkillRowProblem>();
  const seen = new Set<number>();
  for (const row of rows) {
    if (row.skillId === null) problems.set(row.key, 'skillRequired');
    else if (seen.has(row.skillId)) problems.set(row.key, 'duplicate');
    else seen.add(row.skillId);
  }
  return problems;
}

/** The complete set PUT /api/employees/{id}/skills takes; call only when skillRowProblems found none. */
export function toSkillLevels(rows: readonly SkillRow[]): SkillLevel[] {
  return rows.flatMap((row) => (row.skillId === null ? [] : [{ skillId: row.skillId, level: row.level }]));
}

/** Whether the edited lines say something other than the saved skills (order does not matter). */
export function skillsChanged(saved: readonly EmployeeSkill[], rows: readonly SkillRow[]): boolean {
  const key = (entries: readonly { skillId: number | null; level: number }[]) =>
    entries
      .map((entry) => `${entry.skillId}:${entry.level}`)
      .sort()
      .join(',');
  return key(saved) !== key(rows);
}
