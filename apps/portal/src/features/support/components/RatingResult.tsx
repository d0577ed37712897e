import { Alert, Rating, Stack, Text } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';

export type RatingResultProps = { score: number; comment?: string | null };

/** How the customer rated the ticket: the stars are decoration, the sentence says it. */
export function RatingResult({ score, comment }: RatingResultProps) {
  const { t } = useI18n();
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconHeartHandshake aria-hidden />}
      title={t('support.rating.thanks')}
      role="status"
    >
      <Stack gap={6}>
        <Rating value={score} readOnly aria-hidden />
        <Text size="sm">{t('support.rating.given', { score })}</Text>
        {comment && (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
            “{comment}”
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
