import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { DepartmentSelect } from '../../departments/components/DepartmentSelect';
import type { TicketQueue } from '../api/support-settings-types';
import { useCreateQueue, useUpdateQueue } from '../api/useQueues';
import { type RoutingStrategy, routingStrategies } from '../utils/support-options';
import { EmployeeMultiSelect } from './EmployeeMultiSelect';
import { SettingsModal } from './SettingsModal';
import { SettingsProblem } from './SettingsProblem';

export type QueueModalProps = {
  opened: boolean;
  /** The queue being changed; a new one is made when absent. */
  queue: TicketQueue | null;
  /** Names of employees the page knows (the agents), for the members already chosen. */
  knownNames: ReadonlyMap<number, string>;
  onClose: () => void;
};

export function QueueModal({ opened, queue, knownNames, onClose }: QueueModalProps) {
  const { t } = useI18n();
  const title = queue
    ? t('supportSettings.queues.editTitle', { name: queue.name })
    : t('supportSettings.queues.addTitle');
  return (
    <SettingsModal opened={opened} title={title} onClose={onClose}>
      <QueueForm queue={queue} title={title} knownNames={knownNames} onDone={onClose} />
    </SettingsModal>
  );
}

type Values = {
  name: string;
  departmentId: number | null;
  strategy: RoutingStrategy;
  memberEmployeeIds: number[];
};

function QueueForm({
  queue,
  title,
  knownNames,
  onDone,
}: {
  queue: TicketQueue | null;
  title: string;
  knownNames: ReadonlyMap<number, string>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateQueue();
  const update = useUpdateQueue();
  const write = queue ? update : create;
  const form = useForm<Values>({
    initialValues: {
      name: queue?.name ?? '',
      departmentId: queue?.departmentId ?? null,
      strategy: queue?.strategy ?? 'round_robin',
      memberEmployeeIds: queue?.memberEmployeeIds ?? [],
    },
    validate: {
      name: (value) => (value.trim() ? null : t('supportSettings.nameRequired')),
    },
  });

  const submit = form.onSubmit((values) => {
    const changes = { ...values, name: values.name.trim() };
    if (queue) update.mutate({ queue, changes }, { onSuccess: onDone });
    else create.mutate(changes, { onSuccess: onDone });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {write.isError && <SettingsProblem error={write.error} title={t('supportSettings.saveFailed')} />}
        <TextInput
          label={t('supportSettings.name')}
          required
          maxLength={100}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <DepartmentSelect
          label={t('supportSettings.queues.department')}
          description={t('supportSettings.queues.departmentHint')}
          clearable
          value={form.values.departmentId}
          onChange={(departmentId) => form.setFieldValue('departmentId', departmentId)}
        />
        <Radio.Group
          label={t('supportSettings.queues.strategy')}
          required
          {...form.getInputProps('strategy')}
        >
          <Stack gap="sm" mt="xs">
            {routingStrategies.map((strategy) => (
              <Radio
                key={strategy}
                value={strategy}
                label={t(`supportSettings.strategy.${strategy}`)}
                description={t(`supportSettings.strategyHint.${strategy}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <EmployeeMultiSelect
          label={t('supportSettings.queues.members')}
          description={t('supportSettings.queues.membersHint')}
          value={form.values.memberEmployeeIds}
          onChange={(ids) => form.setFieldValue('memberEmployeeIds', ids)}
          knownNames={knownNames}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={write.isPending}>
            {queue ? t('action.save') : t('supportSettings.queues.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
