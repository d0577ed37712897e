import { Anchor, Container, Stack } from '@mantine/core';
import { EmptyResult } from '@smartcrm/ui';
import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Container size="sm" py={64}>
      <Stack align="center">
        <EmptyResult title={t('state.notFoundTitle')} description={t('state.notFound')} />
        <Anchor component={Link} to="/">
          {t('state.home')}
        </Anchor>
      </Stack>
    </Container>
  );
}
