import type { OrderItem } from '../api/order-types';

/** Units of a line not shipped yet. */
export function remainingToShip(item: Pick<OrderItem, 'quantity' | 'quantityShipped'>): number {
  return Math.max(0, item.quantity - item.quantityShipped);
}

/** Units of a line that left and may come back. */
export function returnable(item: Pick<OrderItem, 'quantityShipped' | 'quantityReturned'>): number {
  return Math.max(0, item.quantityShipped - item.quantityReturned);
}

/** Quantities typed per line, by order item id; lines left at zero are not part of the shipment or return. */
export type LineQuantities = Record<number, number | ''>;

export function chosenLines(quantities: LineQuantities): { orderItemId: number; quantity: number }[] {
  return Object.entries(quantities)
    .map(([id, quantity]) => ({ orderItemId: Number(id), quantity: quantity === '' ? 0 : quantity }))
    .filter((line) => line.quantity > 0);
}

/** A line's quantity is a whole number from 0 to what is left of it. */
export function quantityFits(quantity: number | '', limit: number): boolean {
  return quantity === '' || (Number.isInteger(quantity) && quantity >= 0 && quantity <= limit);
}
