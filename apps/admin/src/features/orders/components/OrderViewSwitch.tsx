import { SegmentedControl } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

export type OrderViewSwitchProps = { view: 'list' | 'board' };

const paths = { list: '/orders', board: '/orders/board' } as const;

/** Switches between the table and the board, keeping the search and filters in force. */
export function OrderViewSwitch({ view }: OrderViewSwitchProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <SegmentedControl
      aria-label={t('orders.view.label')}
      value={view}
      onChange={(next) => {
        // Sort and paging belong to the table; the board has its own order.
        const params = new URLSearchParams(search);
        params.delete('after');
        navigate({ pathname: paths[next as keyof typeof paths], search: params.toString() });
      }}
      data={[
        { value: 'list', label: t('orders.view.list') },
        { value: 'board', label: t('orders.view.board') },
      ]}
    />
  );
}
