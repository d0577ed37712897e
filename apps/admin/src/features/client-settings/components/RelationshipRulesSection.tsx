import { Alert, Button, Group, NumberInput, Paper, Stack, Switch, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCircleCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { useClientProblemMessages } from '../../clients/hooks/useClientProblemMessages';
import {
  type RelationshipRule,
  useRelationshipRules,
  useRunRelationshipRules,
  useSaveRelationshipRule,
} from '../api/useRelationshipRules';

/** The rules that create follow-up tasks: no contact for N days, renewal due in N days. */
export function RelationshipRulesSection() {
  const { t } = useI18n();
  const rules = useRelationshipRules();
  const run = useRunRelationshipRules();
  const messages = useClientProblemMessages();

  return (
    <SectionCard title={t('tasks.rules.title')} description={t('tasks.rules.description')}>
      {rules.isPending ? (
        <LoadingState />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => rules.refetch()} />
      ) : (
        <Stack gap="md">
          {rules.data.map((rule) => (
            <RuleForm key={`${rule.kind}-${rule.version}`} rule={rule} />
          ))}
          <Group justify="space-between" align="center">
            <Text size="sm" c="dimmed">
              {t('tasks.rules.schedule')}
            </Text>
            <Button
              variant="default"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              loading={run.isPending}
              onClick={() => run.mutate()}
            >
              {t('tasks.rules.runNow')}
            </Button>
          </Group>
          {run.data && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
              {t('tasks.rules.ran', { tasks: run.data.tasksCreated, reminders: run.data.remindersSent })}
            </Alert>
          )}
          {run.isError && (
            <ProblemAlert error={run.error} title={t('tasks.rules.runFailed')} messages={messages} />
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

function RuleForm({ rule }: { rule: RelationshipRule }) {
  const { t } = useI18n();
  const save = useSaveRelationshipRule();
  const messages = useClientProblemMessages();
  const [days, setDays] = useState<number | string>(rule.days);
  const [isActive, setActive] = useState(rule.isActive);
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 3650;
  const changed = days !== rule.days || isActive !== rule.isActive || rule.version === 0;
  const title = t(`tasks.rules.kind.${rule.kind}`);

  return (
    <Paper withBorder radius="md" p="md">
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) save.mutate({ rule, days, isActive });
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {t(`tasks.rules.hint.${rule.kind}`)}
          </Text>
          {save.isError && (
            <ProblemAlert error={save.error} title={t('tasks.rules.saveFailed')} messages={messages} />
          )}
          <Group align="flex-end" gap="md">
            <NumberInput
              label={t('tasks.rules.days')}
              min={1}
              max={3650}
              allowDecimal={false}
              value={days}
              onChange={setDays}
              error={valid ? undefined : t('tasks.rules.daysInvalid')}
              w={140}
            />
            <Switch
              label={t('tasks.rules.active')}
              checked={isActive}
              onChange={(event) => setActive(event.currentTarget.checked)}
              mb={8}
            />
            <Button type="submit" disabled={!valid || !changed} loading={save.isPending}>
              {t('action.save')}
            </Button>
          </Group>
          {rule.version === 0 && (
            <Text size="xs" c="dimmed">
              {t('tasks.rules.neverSaved')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
