import { ColorSwatch, NativeSelect, Tooltip } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../../auth/hooks/useSession';
import { useMyEmployee } from '../../tasks/hooks/useMyEmployee';
import { type AgentAvailability, agentAvailabilities } from '../api/ticket-types';
import { useMyAgent, useSetMyAvailability } from '../api/useTicketSettings';
import { useAgentPresence } from '../hooks/useAgentPresence';
import { canWorkTickets } from '../utils/ticket-permissions';
import { availabilityStyles } from '../utils/ticket-styles';

/**
 * The signed-in agent's own availability, in the header: routing gives tickets only to agents online, and
 * going offline hands their open work on. The app tells the server it is open, so closing it without going
 * offline does not leave the agent taking tickets. Shown to people who work
 * tickets and have an employee record.
 */
export function AgentAvailabilitySwitch() {
  const { session } = useSession();
  const canWork = canWorkTickets(session?.user.role);
  const { employee } = useMyEmployee();
  if (!canWork || !employee) return null;
  return <AvailabilitySelect />;
}

function AvailabilitySelect() {
  const { t } = useI18n();
  const me = useMyAgent();
  const change = useSetMyAvailability();
  // Someone in no queue yet has no agent state: they count as offline.
  const current: AgentAvailability = change.isPending
    ? (change.variables ?? 'offline')
    : (me.data?.availability ?? 'offline');
  useAgentPresence();

  return (
    <Tooltip label={t('tickets.availabilityFailed')} opened={change.isError} color="red" withArrow>
      <NativeSelect
        size="xs"
        aria-label={t('tickets.myAvailability')}
        value={current}
        disabled={me.isPending}
        onChange={(event) => change.mutate(event.currentTarget.value as AgentAvailability)}
        leftSection={
          <ColorSwatch
            aria-hidden
            size={10}
            color={`var(--mantine-color-${availabilityStyles[current].color}-6)`}
          />
        }
        data={agentAvailabilities.map((value) => ({ value, label: t(availabilityStyles[value].label) }))}
        w={120}
      />
    </Tooltip>
  );
}
