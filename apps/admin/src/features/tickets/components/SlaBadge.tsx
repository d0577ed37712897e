import { Badge, Tooltip } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { useDurationText } from '../hooks/useDurationText';
import { durationParts, type SlaTimer } from '../utils/sla-timer';
import { slaToneColors } from '../utils/ticket-styles';

export type SlaBadgeProps = { timer: SlaTimer };

/** An SLA timer: "due in 1 h 20 m" (amber when warning), "overdue by …" (red), grey "paused", the outcome. */
export function SlaBadge({ timer }: SlaBadgeProps) {
  const { t, format } = useI18n();
  const duration = useDurationText();
  const left = timer.remainingMs === null ? null : duration(durationParts(timer.remainingMs));
  let label: string;
  switch (timer.tone) {
    case 'running':
    case 'warning':
      label = left === null ? t('tickets.sla.running') : t('tickets.sla.dueIn', { time: left });
      break;
    case 'breached':
      label = left === null ? t('tickets.sla.breached') : t('tickets.sla.overdueBy', { time: left });
      break;
    default:
      label = t(`tickets.sla.${timer.tone}`);
  }
  const badge = (
    <Badge
      color={slaToneColors[timer.tone]}
      variant={timer.tone === 'none' ? 'outline' : 'light'}
      radius="sm"
      tt="none"
      data-sla-tone={timer.tone}
      styles={{ root: { minWidth: 'max-content' } }}
    >
      {label}
    </Badge>
  );
  if (!timer.dueAt) return badge;
  return (
    <Tooltip label={t('tickets.sla.dueAt', { time: format.dateTime(timer.dueAt.toISOString()) })}>
      {badge}
    </Tooltip>
  );
}
