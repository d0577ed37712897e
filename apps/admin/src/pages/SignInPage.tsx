import { Alert, Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { LanguageSelect } from '@smartcrm/ui';
import { IconChartDots3 } from '@tabler/icons-react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { RestoringSession } from '../features/auth/components/RestoringSession';
import { SignInForm } from '../features/auth/components/SignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { useI18n } from '../i18n/useI18n';

export function SignInPage() {
  const { t } = useI18n();
  const { status, endReason } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle(`${t('auth.submit')} · ${t('app.name')}`);

  const from = (location.state as { from?: string } | null)?.from ?? '/products';
  if (status === 'restoring') return <RestoringSession />;
  if (status === 'signed-in') return <Navigate to={from} replace />;

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSelect size="xs" />
      </Group>
      <Center px="md" pb="xl">
        <Paper
          component="main"
          withBorder
          shadow="sm"
          radius="lg"
          p={{ base: 'lg', sm: 'xl' }}
          w="100%"
          maw={460}
        >
          <Stack gap="lg">
            <Stack gap="xs" align="center" ta="center">
              <ThemeIcon size={48} radius="md" aria-hidden>
                <IconChartDots3 size={28} />
              </ThemeIcon>
              <Title order={1} size="h3">
                {t('auth.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('auth.subtitle')}
              </Text>
            </Stack>
            {endReason === 'expired' && (
              <Alert color="yellow" variant="light" role="status">
                {t('auth.sessionExpired')}
              </Alert>
            )}
            <SignInForm onSignedIn={() => navigate(from, { replace: true })} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
