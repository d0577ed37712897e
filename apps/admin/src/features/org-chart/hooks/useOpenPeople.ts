import { useState } from 'react';
import type { OrgChart } from '../../employees/api/workforce-types';
import { managersIn, openToLevel } from '../utils/org-chart';

// Three levels show a company's shape at a glance; deeper lines open on demand.
const initiallyOpenLevels = 3;

/**
 * Whose reports the chart shows. Each chart that loads starts with its first levels open; what the user
 * opens and closes holds until another chart loads (an unchanged refetch keeps the same data object).
 */
export function useOpenPeople(chart: OrgChart | undefined) {
  const [state, setState] = useState<{ chart: OrgChart | undefined; open: ReadonlySet<number> }>({
    chart: undefined,
    open: new Set(),
  });
  const open = state.chart === chart ? state.open : openToLevel(chart?.roots ?? [], initiallyOpenLevels);
  return {
    open,
    toggle: (id: number) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setState({ chart, open: next });
    },
    openAll: () => setState({ chart, open: managersIn(chart?.roots ?? []) }),
    closeAll: () => setState({ chart, open: new Set() }),
  };
}
