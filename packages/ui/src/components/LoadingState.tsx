import { Center, Loader, Text } from '@mantine/core';
import { useI18n } from '../i18n/useI18n';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite" style={{ gap: 12 }}>
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        {t('state.loading')}
      </Text>
    </Center>
  );
}
