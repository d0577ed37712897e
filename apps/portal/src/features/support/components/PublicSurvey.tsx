import { Alert, Stack, Text } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { LoadingState } from '@smartcrm/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { errorMessage } from '../../auth/utils/error-message';
import { useAnswerPublicSurvey, usePublicSurvey } from '../api/usePublicSurvey';
import { isGoneProblem } from '../utils/ticket-actions';
import { RatingForm } from './RatingForm';
import { RatingResult } from './RatingResult';

export type PublicSurveyProps = { token: string };

/** The satisfaction survey behind an emailed single-use link; no sign-in needed. */
export function PublicSurvey({ token }: PublicSurveyProps) {
  const { t } = useI18n();
  const survey = usePublicSurvey(token);
  const answer = useAnswerPublicSurvey(token);

  if (survey.isPending) return <LoadingState />;
  if (survey.isError) {
    // A token cut short or made up: the link itself is wrong, as opposed to used up.
    if (isInvalidLink(survey.error)) return <LinkUnusable detail={t('support.link.invalid')} />;
    return <LinkUnusable detail={isGoneProblem(survey.error) ? undefined : errorMessage(survey.error, t)} />;
  }
  if (answer.isSuccess && answer.data.score !== undefined)
    return <RatingResult score={answer.data.score} comment={answer.data.comment} />;
  if (survey.data.status !== 'open' || isGoneProblem(answer.error)) return <LinkUnusable />;

  return (
    <Stack gap="md">
      <Text>{t('support.survey.about', { id: survey.data.ticketId, title: survey.data.title })}</Text>
      <RatingForm
        pending={answer.isPending}
        onRate={(rating) => answer.mutate(rating)}
        alert={
          answer.error && (
            <FormAlert title={t('support.rating.failed')}>{errorMessage(answer.error, t)}</FormAlert>
          )
        }
      />
    </Stack>
  );
}

function LinkUnusable({ detail }: { detail?: string }) {
  const { t } = useI18n();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={t('support.survey.goneTitle')}
      role="alert"
    >
      {detail ?? t('support.link.gone')}
    </Alert>
  );
}

function isInvalidLink(error: unknown): boolean {
  return isApiProblem(error) && (error.status === 404 || error.status === 400);
}
