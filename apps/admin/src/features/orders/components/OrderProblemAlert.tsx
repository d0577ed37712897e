import { Button } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useOrderProblemMessages } from '../hooks/useOrderProblemMessages';
import { amountLimit, stockShortages } from '../utils/order-problems';
import { StockShortageList } from './StockShortageList';

export type OrderProblemAlertProps = {
  error: unknown;
  title: string;
  /** Product names by id, to name short products. */
  productNames?: ReadonlyMap<number, string>;
  /** For a version conflict after which the user wants the server's version in their form too. */
  onReload?: () => void;
  action?: ReactNode;
};

/** A failed order write, in words: limits and shortages as the server reported them. */
export function OrderProblemAlert({ error, title, productNames, onReload, action }: OrderProblemAlertProps) {
  const { t, format } = useI18n();
  const messages = useOrderProblemMessages();
  const shortages = stockShortages(error);
  const owed = amountLimit(error, 'outstandingBalance');
  const refundable = amountLimit(error, 'refundable');
  const code = isApiProblem(error) ? error.code : null;

  const worded: Record<string, string> = { ...messages };
  if (owed !== null) {
    worded.overpayment = t('orders.error.overpayment', { amount: format.money(owed) });
    worded.balance_outstanding = t('orders.error.balanceOutstanding', { amount: format.money(owed) });
  }
  if (refundable !== null)
    worded.refund_exceeds_paid = t('orders.error.refundExceedsPaid', { amount: format.money(refundable) });

  if (code === 'insufficient_stock' && shortages.length > 0) {
    return (
      <ProblemAlert
        error={error}
        title={title}
        messages={{ insufficient_stock: t('orders.error.insufficientStock') }}
        action={<StockShortageList shortages={shortages} names={productNames ?? new Map()} />}
      />
    );
  }
  return (
    <ProblemAlert
      error={error}
      title={title}
      messages={worded}
      action={
        code === 'version_conflict' && onReload ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onReload}
          >
            {t('orders.reload')}
          </Button>
        ) : (
          action
        )
      }
    />
  );
}
