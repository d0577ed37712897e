import { Group, Stack } from '@mantine/core';
import { NewOrderButton } from '../features/orders/components/NewOrderButton';
import { OrderBoard } from '../features/orders/components/OrderBoard';
import { OrderViewSwitch } from '../features/orders/components/OrderViewSwitch';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function OrderBoardPage() {
  const { t } = useI18n();
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('orders.boardTitle')}
        actions={
          <Group gap="sm">
            <OrderViewSwitch view="board" />
            <NewOrderButton />
          </Group>
        }
      />
      <OrderBoard />
    </Stack>
  );
}
