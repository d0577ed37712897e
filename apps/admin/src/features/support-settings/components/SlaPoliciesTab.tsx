import { Stack, Table, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { SlaPolicy } from '../api/support-settings-types';
import { useDeleteSlaPolicy, useSlaPolicies } from '../api/useSlaPolicies';
import { splitMinutes } from '../utils/sla-form';
import { DeleteSettingModal } from './DeleteSettingModal';
import { RowActions } from './RowActions';
import { SlaPolicyModal } from './SlaPolicyModal';
import { TabIntro } from './TabIntro';

/** First-response and resolution targets by priority and client tier, counted in business hours. */
export function SlaPoliciesTab() {
  const { t } = useI18n();
  const policies = useSlaPolicies();
  const remove = useDeleteSlaPolicy();
  const [editing, setEditing] = useState<SlaPolicy | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<SlaPolicy | null>(null);
  const target = (minutes: number) => {
    const { hours, minutes: rest } = splitMinutes(minutes);
    if (hours === 0) return t('supportSettings.sla.targetMinutes', { minutes: rest });
    if (rest === 0) return t('supportSettings.sla.targetHours', { hours });
    return t('supportSettings.sla.target', { hours, minutes: rest });
  };
  const escalations = (actions: SlaPolicy['onWarning']) =>
    actions.length === 0
      ? t('field.none')
      : actions.map((action) => t(`supportSettings.escalation.${action}`)).join(', ');

  return (
    <Stack gap="md">
      <TabIntro
        description={t('supportSettings.sla.description')}
        addLabel={t('supportSettings.sla.add')}
        onAdd={() => setAdding(true)}
      />
      {policies.isPending ? (
        <LoadingState />
      ) : policies.isError ? (
        <ErrorState error={policies.error} onRetry={() => policies.refetch()} />
      ) : policies.data.length === 0 ? (
        <EmptyResult
          title={t('supportSettings.sla.emptyTitle')}
          description={t('supportSettings.sla.empty')}
        />
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table verticalSpacing="sm" aria-label={t('supportSettings.tab.sla')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('supportSettings.name')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.priority')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.clientTier')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.firstResponse')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.resolution')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.warnAt')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.calendar')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.sla.escalations')}</Table.Th>
                <Table.Th scope="col">{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {policies.data.map((policy) => (
                <Table.Tr key={policy.id}>
                  <Table.Th scope="row" fw={600}>
                    {policy.name}
                  </Table.Th>
                  <Table.Td>
                    {policy.priority
                      ? t(`supportSettings.priority.${policy.priority}`)
                      : t('supportSettings.sla.anyPriority')}
                  </Table.Td>
                  <Table.Td>
                    {policy.clientTier
                      ? t(`clients.tier.${policy.clientTier}`)
                      : t('supportSettings.sla.anyTier')}
                  </Table.Td>
                  <Table.Td>{target(policy.firstResponseMinutes)}</Table.Td>
                  <Table.Td>{target(policy.resolutionMinutes)}</Table.Td>
                  <Table.Td>{`${Math.round(policy.warnShare * 100)} %`}</Table.Td>
                  <Table.Td>{policy.calendarName ?? t('supportSettings.sla.roundTheClock')}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t('supportSettings.sla.onWarningShort', { actions: escalations(policy.onWarning) })}
                    </Text>
                    <Text size="xs">
                      {t('supportSettings.sla.onBreachShort', { actions: escalations(policy.onBreach) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('supportSettings.editNamed', { name: policy.name })}
                      deleteLabel={t('supportSettings.deleteNamed', { name: policy.name })}
                      onEdit={() => setEditing(policy)}
                      onDelete={() => setRemoving(policy)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SlaPolicyModal
        opened={adding || editing !== null}
        policy={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <DeleteSettingModal
        name={removing?.name ?? null}
        title={t('supportSettings.sla.deleteTitle')}
        text={t('supportSettings.sla.deleteText', { name: removing?.name ?? '' })}
        failedTitle={t('supportSettings.deleteFailed')}
        mutation={remove}
        onConfirm={(done) => removing && remove.mutate(removing, { onSuccess: done })}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
