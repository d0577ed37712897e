import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { useDemoAccounts } from '../api/useDemoAccounts';
import { roleMessageKey } from '../utils/role-label';

export type DemoAccountsPanelProps = { onPick: (credentials: { email: string; password: string }) => void };

export function DemoAccountsPanel({ onPick }: DemoAccountsPanelProps) {
  const { t } = useI18n();
  const { data } = useDemoAccounts();
  if (!data?.enabled || data.accounts.length === 0) return null;
  const password = data.password ?? '';

  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconInfoCircle aria-hidden />}
      title={t('auth.demoTitle')}
      role="note"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('auth.demoDescription')}{' '}
          <Text span ff="monospace" fw={700}>
            {password}
          </Text>
        </Text>
        <Group gap="xs">
          {data.accounts.map((account) => {
            const roleKey = roleMessageKey(account.role);
            return (
              <Button
                key={account.email}
                size="compact-sm"
                variant="default"
                title={t('auth.demoUse', { email: account.email })}
                onClick={() => onPick({ email: account.email, password })}
              >
                {account.email} · {roleKey ? t(roleKey) : account.role}
              </Button>
            );
          })}
        </Group>
      </Stack>
    </Alert>
  );
}
