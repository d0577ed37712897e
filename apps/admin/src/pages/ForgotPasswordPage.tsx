import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../features/auth/components/ForgotPasswordForm';
import { useI18n } from '../i18n/useI18n';
import { PublicPageLayout } from '../ui/PublicPageLayout';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  return (
    <PublicPageLayout
      heading={t('forgot.title')}
      subtitle={t('forgot.subtitle')}
      documentTitle={t('forgot.title')}
    >
      <ForgotPasswordForm />
      <Group justify="center">
        <Anchor component={Link} to="/sign-in" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {t('auth.backToSignIn')}
          </Group>
        </Anchor>
      </Group>
    </PublicPageLayout>
  );
}
