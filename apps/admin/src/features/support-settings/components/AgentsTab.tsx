import { Badge, Button, Group, NativeSelect, NumberInput, Stack, Table, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { SupportAgent } from '../api/support-settings-types';
import { useAgents, useUpdateAgent } from '../api/useAgents';
import { type AgentAvailability, agentAvailabilities } from '../utils/support-options';
import { SettingsProblem } from './SettingsProblem';
import { TabIntro } from './TabIntro';

export type AgentsTabProps = { canEdit: boolean };

const availabilityColours: Record<AgentAvailability, string> = {
  online: 'green',
  away: 'yellow',
  offline: 'gray',
};

/** Who works tickets: availability and capacity (managers change them), current and weighted load. */
export function AgentsTab({ canEdit }: AgentsTabProps) {
  const { t } = useI18n();
  const agents = useAgents();

  return (
    <Stack gap="md">
      <TabIntro description={t('supportSettings.agents.description')} />
      {agents.isPending ? (
        <LoadingState />
      ) : agents.isError ? (
        <ErrorState error={agents.error} onRetry={() => agents.refetch()} />
      ) : agents.data.length === 0 ? (
        <EmptyResult
          title={t('supportSettings.agents.emptyTitle')}
          description={t('supportSettings.agents.empty')}
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" aria-label={t('supportSettings.tab.agents')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('supportSettings.agents.agent')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.agents.queues')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.agents.availability')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.agents.capacity')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('supportSettings.agents.activeTickets')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('supportSettings.agents.weightedLoad')}
                </Table.Th>
                {canEdit && <Table.Th scope="col">{t('list.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agents.data.map((agent) => (
                <AgentRow key={agent.employeeId} agent={agent} canEdit={canEdit} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('supportSettings.agents.loadNote')}
      </Text>
    </Stack>
  );
}

function AgentRow({ agent, canEdit }: { agent: SupportAgent; canEdit: boolean }) {
  const { t } = useI18n();
  const update = useUpdateAgent();
  const [availability, setAvailability] = useState<AgentAvailability>(agent.availability);
  const [capacity, setCapacity] = useState<number | string>(agent.capacity ?? '');
  // What the server said last: when it changes (a save, someone else's), the inputs follow it.
  const [shown, setShown] = useState({ availability: agent.availability, capacity: agent.capacity });
  if (shown.availability !== agent.availability || shown.capacity !== agent.capacity) {
    setShown({ availability: agent.availability, capacity: agent.capacity });
    setAvailability(agent.availability);
    setCapacity(agent.capacity ?? '');
  }
  const capacityValid =
    capacity === '' ||
    (typeof capacity === 'number' && Number.isInteger(capacity) && capacity >= 0 && capacity <= 10_000);
  const nextCapacity = capacity === '' ? null : Number(capacity);
  const changed = availability !== agent.availability || nextCapacity !== agent.capacity;
  const full = agent.capacity !== null && agent.activeTickets >= agent.capacity;

  return (
    <>
      <Table.Tr>
        <Table.Th scope="row" fw={600}>
          {agent.name}
          <Text size="xs" c="dimmed" fw={400}>
            {agent.email}
          </Text>
        </Table.Th>
        <Table.Td>
          {agent.queues.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('field.none')}
            </Text>
          ) : (
            <Group gap={4}>
              {agent.queues.map((queue) => (
                <Badge key={queue.id} variant="outline" color="gray" tt="none">
                  {queue.name}
                </Badge>
              ))}
            </Group>
          )}
        </Table.Td>
        <Table.Td>
          {canEdit ? (
            <NativeSelect
              aria-label={t('supportSettings.agents.availabilityOf', { name: agent.name })}
              value={availability}
              onChange={(event) => setAvailability(event.currentTarget.value as AgentAvailability)}
              data={agentAvailabilities.map((value) => ({
                value,
                label: t(`supportSettings.availability.${value}`),
              }))}
              w={130}
            />
          ) : (
            <Badge color={availabilityColours[agent.availability]} variant="light" tt="none">
              {t(`supportSettings.availability.${agent.availability}`)}
            </Badge>
          )}
        </Table.Td>
        <Table.Td>
          {canEdit ? (
            <NumberInput
              aria-label={t('supportSettings.agents.capacityOf', { name: agent.name })}
              placeholder={t('supportSettings.agents.noLimit')}
              min={0}
              max={10_000}
              allowDecimal={false}
              allowNegative={false}
              value={capacity}
              onChange={setCapacity}
              error={capacityValid ? undefined : t('supportSettings.agents.capacityInvalid')}
              w={120}
            />
          ) : (
            (agent.capacity ?? t('supportSettings.agents.noLimit'))
          )}
        </Table.Td>
        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Text size="sm" c={full ? 'red.8' : undefined} fw={full ? 700 : undefined}>
            {agent.activeTickets}
          </Text>
        </Table.Td>
        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {agent.weightedLoad}
        </Table.Td>
        {canEdit && (
          <Table.Td>
            <Button
              size="xs"
              variant={changed ? 'filled' : 'default'}
              disabled={!changed || !capacityValid}
              loading={update.isPending}
              aria-label={t('supportSettings.agents.saveOf', { name: agent.name })}
              onClick={() =>
                update.mutate({
                  employeeId: agent.employeeId,
                  changes: { availability, capacity: nextCapacity },
                })
              }
            >
              {t('supportSettings.agents.save')}
            </Button>
            {update.isSuccess && !changed && (
              <Text size="xs" c="green.8" role="status" mt={4}>
                <IconCheck size={12} aria-hidden /> {t('supportSettings.saved')}
              </Text>
            )}
          </Table.Td>
        )}
      </Table.Tr>
      {update.isError && (
        <Table.Tr>
          <Table.Td colSpan={canEdit ? 7 : 6}>
            <SettingsProblem error={update.error} title={t('supportSettings.saveFailed')} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
