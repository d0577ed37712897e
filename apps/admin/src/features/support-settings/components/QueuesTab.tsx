import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketQueue } from '../api/support-settings-types';
import { useAgents } from '../api/useAgents';
import { useDeleteQueue, useQueues } from '../api/useQueues';
import { DeleteSettingModal } from './DeleteSettingModal';
import { QueueModal } from './QueueModal';
import { RowActions } from './RowActions';
import { TabIntro } from './TabIntro';

/** Work queues: by department, how tickets are handed out, and who works them. */
export function QueuesTab() {
  const { t } = useI18n();
  const queues = useQueues();
  const agents = useAgents();
  const remove = useDeleteQueue();
  const [editing, setEditing] = useState<TicketQueue | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TicketQueue | null>(null);
  // Everyone already in a queue, by employee id, so members show by name in the picker before any search.
  const names = useMemo(
    () =>
      new Map([
        ...(agents.data ?? []).map((agent) => [agent.employeeId, agent.name] as const),
        ...(queues.data ?? []).flatMap((queue) =>
          queue.members.map((member) => [member.employeeId, member.name] as const),
        ),
      ]),
    [agents.data, queues.data],
  );

  return (
    <Stack gap="md">
      <TabIntro
        description={t('supportSettings.queues.description')}
        addLabel={t('supportSettings.queues.add')}
        onAdd={() => setAdding(true)}
      />
      {queues.isPending ? (
        <LoadingState />
      ) : queues.isError ? (
        <ErrorState error={queues.error} onRetry={() => queues.refetch()} />
      ) : queues.data.length === 0 ? (
        <EmptyResult
          title={t('supportSettings.queues.emptyTitle')}
          description={t('supportSettings.queues.empty')}
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" aria-label={t('supportSettings.tab.queues')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('supportSettings.name')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.queues.department')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.queues.strategy')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.queues.members')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('supportSettings.queues.waiting')}
                </Table.Th>
                <Table.Th scope="col">{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queues.data.map((queue) => (
                <Table.Tr key={queue.id}>
                  <Table.Th scope="row" fw={600}>
                    {queue.name}
                  </Table.Th>
                  <Table.Td>{queue.departmentName ?? t('field.none')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t(`supportSettings.strategy.${queue.strategy}`)}
                  </Table.Td>
                  <Table.Td>
                    {queue.members.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('supportSettings.queues.noMembers')}
                      </Text>
                    ) : (
                      <Group gap={4}>
                        {queue.members.map((member) => (
                          <Badge key={member.employeeId} variant="outline" color="gray" tt="none">
                            {member.name}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {queue.waitingTickets}
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('supportSettings.editNamed', { name: queue.name })}
                      deleteLabel={t('supportSettings.deleteNamed', { name: queue.name })}
                      onEdit={() => setEditing(queue)}
                      onDelete={() => setRemoving(queue)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <QueueModal
        opened={adding || editing !== null}
        queue={editing}
        knownNames={names}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <DeleteSettingModal
        name={removing?.name ?? null}
        title={t('supportSettings.queues.deleteTitle')}
        text={t('supportSettings.queues.deleteText', { name: removing?.name ?? '' })}
        failedTitle={t('supportSettings.deleteFailed')}
        mutation={remove}
        onConfirm={(done) => removing && remove.mutate(removing, { onSuccess: done })}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
