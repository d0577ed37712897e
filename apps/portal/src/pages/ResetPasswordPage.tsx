import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../features/auth/components/ResetPasswordForm';
import { useI18n } from '../i18n/useI18n';
import { AuthPanel } from '../ui/AuthPanel';

export function ResetPasswordPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const token = search.get('token');
  return (
    <AuthPanel title={t('auth.reset.title')} lead={token ? t('auth.reset.lead') : undefined}>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Stack gap="md">
          <Alert color="red" variant="light" role="alert">
            {t('auth.reset.missingToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.reset.requestNewLink')}
          </Anchor>
        </Stack>
      )}
    </AuthPanel>
  );
}
