import type { EnumStyles } from '../../listing/utils/enum-style';
import type { MovementKind } from '../api/product-types';

export const movementKindStyles: EnumStyles<MovementKind> = {
  receipt: { label: 'stock.kind.receipt', color: 'green' },
  adjustment: { label: 'stock.kind.adjustment', color: 'yellow' },
  reservation: { label: 'stock.kind.reservation', color: 'blue' },
  release: { label: 'stock.kind.release', color: 'cyan' },
  shipment: { label: 'stock.kind.shipment', color: 'grape' },
  return: { label: 'stock.kind.return', color: 'teal' },
};

/** A signed quantity as the ledger shows it: "+5", "−3", "0". */
export function signedQuantity(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}
