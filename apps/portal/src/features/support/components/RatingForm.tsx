import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconStar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { focusFirstError } from '../../../ui/form-focus';
import type { TicketRating } from '../api/support-types';
import { ratingScores, scoreLabelKeys } from '../utils/rating';

export type RatingFormProps = {
  onRate: (rating: TicketRating) => void;
  pending: boolean;
  /** Shown above the fields: why the last attempt failed. */
  alert?: ReactNode;
};

type RatingValues = { score: string; comment: string };

/** The one-question satisfaction survey: 1 to 5 and an optional comment. */
export function RatingForm({ onRate, pending, alert }: RatingFormProps) {
  const { t } = useI18n();
  const form = useForm<RatingValues>({
    initialValues: { score: '', comment: '' },
    validate: { score: (value) => (value ? null : t('support.rating.scoreRequired')) },
  });
  const submit = form.onSubmit(
    (values) => {
      const comment = values.comment.trim();
      onRate({ score: Number(values.score), ...(comment ? { comment } : {}) });
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form noValidate onSubmit={submit} aria-label={t('support.rating.title')}>
      <Stack gap="md">
        {alert}
        <Radio.Group label={t('support.rating.question')} required {...form.getInputProps('score')}>
          <Group gap="md" mt="xs">
            {ratingScores.map((score) => (
              <Radio key={score} value={String(score)} label={t(scoreLabelKeys[score])} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('support.rating.comment')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Button
          type="submit"
          loading={pending}
          leftSection={<IconStar size={18} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('support.rating.submit')}
        </Button>
      </Stack>
    </form>
  );
}
