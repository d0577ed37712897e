import { ActionIcon, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { SkillPicker } from '../../skills/components/SkillPicker';
import { useSetEmployeeSkills } from '../api/useEmployeeWrites';
import type { EmployeeDetail, EmployeeSkill, SkillLevel } from '../api/workforce-types';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import {
  type SkillRow,
  skillLevels,
  skillRowProblems,
  skillRows,
  skillsChanged,
  toSkillLevels,
} from '../utils/skill-levels';
import { isVersionConflict } from '../utils/workforce-problems';
import { type SectionFeedback, SectionNotice } from './SectionNotice';

export type EmployeeSkillsSectionProps = {
  employee: EmployeeDetail;
  canManage: boolean;
  feedback: SectionFeedback;
};

/** The employee's skills with levels 1 (basic) to 5 (expert): an editor for managers, a list for others. */
export function EmployeeSkillsSection({ employee, canManage, feedback }: EmployeeSkillsSectionProps) {
  const { t } = useI18n();
  const setSkills = useSetEmployeeSkills(employee);
  const problemMessages = useWorkforceProblemMessages();

  const save = (skills: SkillLevel[]) =>
    setSkills.mutate(skills, {
      onSuccess: feedback.onSaved,
      onError: (error) => {
        if (isVersionConflict(error)) feedback.onConflict();
      },
    });

  return (
    <SectionCard title={t('employees.skills.title')} description={t('employees.skills.description')}>
      <Stack gap="md">
        <SectionNotice notice={feedback.notice} />
        {setSkills.isError && !isVersionConflict(setSkills.error) && (
          <ProblemAlert
            error={setSkills.error}
            title={t('employees.skills.failed')}
            messages={problemMessages}
          />
        )}
        {canManage ? (
          // Mounted again for each version, so a newer record (after a save or a conflict) fills the lines.
          <SkillsEditor
            key={employee.version}
            skills={employee.skills}
            saving={setSkills.isPending}
            onSave={save}
          />
        ) : (
          <SkillList skills={employee.skills} />
        )}
      </Stack>
    </SectionCard>
  );
}

function SkillList({ skills }: { skills: readonly EmployeeSkill[] }) {
  const { t } = useI18n();
  if (skills.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('employees.skills.none')}
      </Text>
    );
  return (
    <Table verticalSpacing="xs" aria-label={t('employees.skills.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('employees.skills.skill')}</Table.Th>
          <Table.Th>{t('employees.skills.level')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {skills.map((skill) => (
          <Table.Tr key={skill.skillId}>
            <Table.Td>{skill.name}</Table.Td>
            <Table.Td>
              <Badge variant="light" radius="sm" tt="none">
                {t('employees.skills.levelOf', { level: skill.level })}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type SkillsEditorProps = {
  skills: readonly EmployeeSkill[];
  saving: boolean;
  onSave: (skills: SkillLevel[]) => void;
};

function SkillsEditor({ skills, saving, onSave }: SkillsEditorProps) {
  const { t } = useI18n();
  const [rows, setRows] = useState<SkillRow[]>(() => skillRows(skills));
  const [showProblems, setShowProblems] = useState(false);
  const nextKey = useRef(0);
  const problems = skillRowProblems(rows);
  const changed = skillsChanged(skills, rows);
  const chosenIds = rows.flatMap((row) => (row.skillId === null ? [] : [row.skillId]));

  const updateRow = (key: string, change: Partial<SkillRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const addRow = () => {
    nextKey.current += 1;
    setRows((current) => [...current, { key: `new-${nextKey.current}`, skillId: null, name: '', level: 3 }]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.size > 0) {
      setShowProblems(true);
      return;
    }
    onSave(toSkillLevels(rows));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('employees.skills.title')}>
      <Stack gap="sm">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('employees.skills.none')}
          </Text>
        )}
        {rows.map((row, index) => {
          const problem = showProblems ? problems.get(row.key) : undefined;
          const rowName = row.name || t('employees.skills.newLine', { number: index + 1 });
          return (
            <Group key={row.key} gap="sm" align="flex-start" wrap="nowrap" role="group" aria-label={rowName}>
              <SkillPicker
                label={t('employees.skills.skill')}
                value={row.skillId}
                selectedName={row.name || null}
                onChange={(skillId, name) => updateRow(row.key, { skillId, name: name ?? '' })}
                disabledIds={chosenIds}
                required
                error={
                  problem === 'skillRequired'
                    ? t('employees.skills.skillRequired')
                    : problem === 'duplicate'
                      ? t('employees.skills.duplicate')
                      : undefined
                }
                w="100%"
              />
              <NativeSelect
                label={t('employees.skills.level')}
                value={String(row.level)}
                onChange={(event) => updateRow(row.key, { level: Number(event.currentTarget.value) })}
                data={skillLevels.map((level) => ({
                  value: String(level),
                  label: t('employees.skills.levelOption', { level }),
                }))}
                w={170}
                style={{ flexShrink: 0 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                aria-label={t('employees.skills.remove', { skill: rowName })}
                onClick={() => setRows((current) => current.filter((entry) => entry.key !== row.key))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <Group justify="space-between" gap="sm">
          <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={addRow}>
            {t('employees.skills.add')}
          </Button>
          <Group gap="sm">
            <Button
              variant="default"
              disabled={!changed || saving}
              onClick={() => {
                setRows(skillRows(skills));
                setShowProblems(false);
              }}
            >
              {t('action.discard')}
            </Button>
            <Button type="submit" loading={saving} disabled={!changed}>
              {t('employees.skills.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
