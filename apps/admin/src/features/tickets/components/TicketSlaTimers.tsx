import { Group, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { SlaTarget, TicketDetail } from '../api/ticket-types';
import { useDurationText } from '../hooks/useDurationText';
import { useNow } from '../hooks/useNow';
import { minutesParts, targetSlaTimer } from '../utils/sla-timer';
import { slaToneColors } from '../utils/ticket-styles';
import { SlaBadge } from './SlaBadge';

export type TicketSlaTimersProps = { sla: TicketDetail['sla'] };

/** Both SLA targets: the deadline, where each stands, and the business time used against the target. */
export function TicketSlaTimers({ sla }: TicketSlaTimersProps) {
  const { t } = useI18n();
  if (!sla || (!sla.firstResponse && !sla.resolution)) {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.sla.noPolicy')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {sla.policyName && (
        <Text size="sm" c="dimmed">
          {t('tickets.sla.policy', { name: sla.policyName })}
        </Text>
      )}
      <SlaTargetRow label={t('tickets.sla.firstResponse')} target={sla.firstResponse} />
      <SlaTargetRow label={t('tickets.sla.resolution')} target={sla.resolution} />
    </Stack>
  );
}

type SlaTargetRowProps = { label: string; target: SlaTarget | null };

function SlaTargetRow({ label, target }: SlaTargetRowProps) {
  const { t, format } = useI18n();
  const duration = useDurationText();
  const now = useNow();
  const labelId = useId();
  const timer = targetSlaTimer(target, now);
  const share =
    target && target.targetMinutes > 0
      ? Math.min(100, (target.elapsedBusinessMinutes / target.targetMinutes) * 100)
      : 0;

  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600} id={labelId}>
          {label}
        </Text>
        <SlaBadge timer={timer} />
      </Group>
      {target && (
        <>
          {target.completedAt ? (
            <Text size="xs" c="dimmed">
              {t('tickets.sla.completedAt', { time: format.dateTime(target.completedAt) })}
            </Text>
          ) : (
            target.dueAt && (
              <Text size="xs" c="dimmed">
                {t('tickets.sla.dueAt', { time: format.dateTime(target.dueAt) })}
              </Text>
            )
          )}
          <Progress
            value={share}
            color={slaToneColors[timer.tone]}
            size="sm"
            aria-label={t('tickets.sla.elapsed', {
              elapsed: duration(minutesParts(target.elapsedBusinessMinutes)),
              target: duration(minutesParts(target.targetMinutes)),
            })}
          />
          <Text size="xs" c="dimmed">
            {t('tickets.sla.elapsed', {
              elapsed: duration(minutesParts(target.elapsedBusinessMinutes)),
              target: duration(minutesParts(target.targetMinutes)),
            })}
          </Text>
        </>
      )}
    </Stack>
  );
}
