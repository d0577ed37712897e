import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import type { SlaPolicy } from '../api/support-settings-types';
import { useCalendars } from '../api/useCalendars';
import { useCreateSlaPolicy, useUpdateSlaPolicy } from '../api/useSlaPolicies';
import { joinMinutes, percentOfShare, shareOfPercent, splitMinutes } from '../utils/sla-form';
import {
  type ClientTier,
  clientTiers,
  type EscalationAction,
  escalationActions,
  type TicketPriority,
  ticketPriorities,
} from '../utils/support-options';
import { SettingsModal } from './SettingsModal';
import { SettingsProblem } from './SettingsProblem';

export type SlaPolicyModalProps = {
  opened: boolean;
  /** The policy being changed; a new one is made when absent. */
  policy: SlaPolicy | null;
  onClose: () => void;
};

export function SlaPolicyModal({ opened, policy, onClose }: SlaPolicyModalProps) {
  const { t } = useI18n();
  const title = policy
    ? t('supportSettings.sla.editTitle', { name: policy.name })
    : t('supportSettings.sla.addTitle');
  return (
    <SettingsModal opened={opened} title={title} onClose={onClose} size="xl">
      <SlaPolicyForm policy={policy} title={title} onDone={onClose} />
    </SettingsModal>
  );
}

// Any priority or tier is kept as '' in the selects and sent as null.
const any = '';

type Values = {
  name: string;
  priority: TicketPriority | typeof any;
  clientTier: ClientTier | typeof any;
  firstResponse: { hours: number | string; minutes: number | string };
  resolution: { hours: number | string; minutes: number | string };
  warnPercent: number | string;
  calendarId: string;
  onWarning: EscalationAction[];
  onBreach: EscalationAction[];
};

function SlaPolicyForm({
  policy,
  title,
  onDone,
}: {
  policy: SlaPolicy | null;
  title: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const calendars = useCalendars();
  const create = useCreateSlaPolicy();
  const update = useUpdateSlaPolicy();
  const write = policy ? update : create;
  const targetRule = (value: Values['firstResponse']) => {
    const minutes = joinMinutes(value);
    if (minutes === null) return t('supportSettings.sla.targetInvalid');
    return minutes > 0 ? null : t('supportSettings.sla.targetRequired');
  };
  const form = useForm<Values>({
    initialValues: {
      name: policy?.name ?? '',
      priority: policy?.priority ?? any,
      clientTier: policy?.clientTier ?? any,
      firstResponse: splitMinutes(policy?.firstResponseMinutes ?? 240),
      resolution: splitMinutes(policy?.resolutionMinutes ?? 2880),
      warnPercent: percentOfShare(policy?.warnShare ?? 0.75),
      calendarId: policy?.calendarId ? String(policy.calendarId) : '',
      onWarning: policy?.onWarning ?? ['notify_manager'],
      onBreach: policy?.onBreach ?? ['notify_manager'],
    },
    validate: {
      name: (value) => (value.trim() ? null : t('supportSettings.nameRequired')),
      firstResponse: { hours: (_, values) => targetRule(values.firstResponse) },
      resolution: {
        hours: (_, values) => {
          const problem = targetRule(values.resolution);
          if (problem) return problem;
          const firstResponse = joinMinutes(values.firstResponse);
          const resolution = joinMinutes(values.resolution);
          return firstResponse !== null && resolution !== null && resolution < firstResponse
            ? t('supportSettings.sla.resolutionBeforeResponse')
            : null;
        },
      },
      warnPercent: (value) => (shareOfPercent(value) === null ? t('supportSettings.sla.warnInvalid') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    const changes = {
      name: values.name.trim(),
      priority: values.priority === any ? null : values.priority,
      clientTier: values.clientTier === any ? null : values.clientTier,
      firstResponseMinutes: joinMinutes(values.firstResponse) ?? 0,
      resolutionMinutes: joinMinutes(values.resolution) ?? 0,
      warnShare: shareOfPercent(values.warnPercent) ?? 0.75,
      calendarId: values.calendarId ? Number(values.calendarId) : null,
      onWarning: values.onWarning,
      onBreach: values.onBreach,
    };
    if (policy) update.mutate({ policy, changes }, { onSuccess: onDone });
    else create.mutate(changes, { onSuccess: onDone });
  });

  const target = (field: 'firstResponse' | 'resolution') => (
    <Fieldset legend={t(`supportSettings.sla.${field}`)} variant="filled" radius="md">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <NumberInput
          label={t('supportSettings.sla.hours')}
          min={0}
          max={8760}
          allowDecimal={false}
          allowNegative={false}
          w={110}
          {...form.getInputProps(`${field}.hours`)}
        />
        <NumberInput
          label={t('supportSettings.sla.minutes')}
          min={0}
          max={59}
          allowDecimal={false}
          allowNegative={false}
          w={110}
          {...form.getInputProps(`${field}.minutes`)}
        />
      </Group>
    </Fieldset>
  );

  const actions = (field: 'onWarning' | 'onBreach') => (
    <Checkbox.Group label={t(`supportSettings.sla.${field}`)} {...form.getInputProps(field)}>
      <Stack gap={6} mt="xs">
        {escalationActions.map((action) => (
          <Checkbox key={action} value={action} label={t(`supportSettings.escalation.${action}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );

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
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('supportSettings.sla.priority')}
            description={t('supportSettings.sla.matchHint')}
            data={[
              { value: any, label: t('supportSettings.sla.anyPriority') },
              ...ticketPriorities.map((priority) => ({
                value: priority,
                label: t(`supportSettings.priority.${priority}`),
              })),
            ]}
            {...form.getInputProps('priority')}
          />
          <NativeSelect
            label={t('supportSettings.sla.clientTier')}
            description={t('supportSettings.sla.matchHint')}
            data={[
              { value: any, label: t('supportSettings.sla.anyTier') },
              ...clientTiers.map((tier) => ({ value: tier, label: t(`clients.tier.${tier}`) })),
            ]}
            {...form.getInputProps('clientTier')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {target('firstResponse')}
          {target('resolution')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('supportSettings.sla.warnAt')}
            description={t('supportSettings.sla.warnHint')}
            min={1}
            max={99}
            allowDecimal={false}
            suffix=" %"
            {...form.getInputProps('warnPercent')}
          />
          <NativeSelect
            label={t('supportSettings.sla.calendar')}
            description={t('supportSettings.sla.calendarHint')}
            disabled={calendars.isPending}
            data={[
              { value: '', label: t('supportSettings.sla.roundTheClock') },
              ...(calendars.data ?? []).map((calendar) => ({
                value: String(calendar.id),
                label: calendar.name,
              })),
            ]}
            {...form.getInputProps('calendarId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {actions('onWarning')}
          {actions('onBreach')}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={write.isPending}>
            {policy ? t('action.save') : t('supportSettings.sla.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
