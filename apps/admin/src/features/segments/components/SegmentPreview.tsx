import { Anchor, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { SegmentRules } from '../api/segment-types';
import { useSegmentPreview } from '../api/useSegments';

export type SegmentPreviewProps = { rules: SegmentRules };

/** The live count of the clients the rules match while they are edited, with the first few. */
export function SegmentPreview({ rules }: SegmentPreviewProps) {
  const { t } = useI18n();
  // Each change of an input would be a request; the count follows once typing pauses.
  const [settled] = useDebouncedValue(rules, 400);
  const preview = useSegmentPreview(settled);

  return (
    <Paper withBorder radius="md" p="md" aria-live="polite" aria-busy={preview.isFetching}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>{t('segments.preview.title')}</Text>
          {preview.isFetching && <Loader size="xs" aria-label={t('state.loading')} />}
        </Group>
        {preview.isError ? (
          <ProblemAlert error={preview.error} title={t('segments.preview.failed')} />
        ) : preview.data ? (
          <>
            <Text fz={28} fw={700} data-testid="segment-count">
              {t('segments.preview.count', { count: preview.data.count })}
            </Text>
            {preview.data.items.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('segments.preview.sample')}{' '}
                {preview.data.items.map((client, index) => (
                  <span key={client.id}>
                    {index > 0 && ', '}
                    <Anchor component={Link} to={`/clients/${client.id}`} size="sm">
                      {client.companyName}
                    </Anchor>
                  </span>
                ))}
              </Text>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
