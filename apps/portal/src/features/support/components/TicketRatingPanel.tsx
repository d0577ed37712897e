import { Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { errorMessage } from '../../auth/utils/error-message';
import { useRateTicket, useTicketSurvey } from '../api/useTicketSurvey';
import { isGoneProblem } from '../utils/ticket-actions';
import { RatingForm } from './RatingForm';
import { RatingResult } from './RatingResult';

export type TicketRatingPanelProps = { ticketId: number };

/** The satisfaction survey of a resolved ticket: the form while it is open, the answer once given. */
export function TicketRatingPanel({ ticketId }: TicketRatingPanelProps) {
  const { t } = useI18n();
  const survey = useTicketSurvey(ticketId, true);
  const rate = useRateTicket(ticketId);

  if (survey.isPending) return <LoadingState />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => survey.refetch()} />;
  const { data } = survey;
  if (data.status === 'answered' && data.score !== undefined)
    return <RatingResult score={data.score} comment={data.comment} />;
  if (data.status !== 'open')
    return (
      <Text size="sm" c="dimmed">
        {t('support.rating.unavailable')}
      </Text>
    );
  return (
    <RatingForm
      pending={rate.isPending}
      onRate={(rating) => rate.mutate(rating)}
      alert={
        rate.error && (
          <FormAlert title={t('support.rating.failed')}>
            {isGoneProblem(rate.error) ? t('support.rating.gone') : errorMessage(rate.error, t)}
          </FormAlert>
        )
      }
    />
  );
}
