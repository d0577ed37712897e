import type { NewOrder, OrderDetail, QuoteRequest } from '../api/order-types';
import { fractionToPercent, isPercent, percentToFraction, trimDecimal } from './decimal-input';

/** One line of the order form; percentages are kept as typed, the tax rate as a percentage. */
export type OrderLineValues = {
  /** Stable React key: the same product may appear on two lines. */
  key: string;
  productId: number | null;
  productName: string;
  sku: string;
  quantity: number | '';
  discountPercent: string;
  taxPercent: string;
};

export type OrderFormValues = {
  clientId: number | null;
  lines: OrderLineValues[];
  /** YYYY-MM-DD or empty. */
  dueDate: string;
  notes: string;
};

export type OrderFormErrorKey =
  | 'clientRequired'
  | 'linesRequired'
  | 'productRequired'
  | 'quantityInvalid'
  | 'discountInvalid'
  | 'taxInvalid';

/** Where the form is wrong: `client`, `lines`, or `lines.<index>.<field>`, with what to say. */
export type OrderFormErrors = Record<string, OrderFormErrorKey>;

const maxQuantity = 100_000;
let nextKey = 0;

export function emptyLine(): OrderLineValues {
  nextKey += 1;
  return {
    key: `line-${nextKey}`,
    productId: null,
    productName: '',
    sku: '',
    quantity: 1,
    discountPercent: '0',
    taxPercent: '0',
  };
}

export function emptyOrderForm(): OrderFormValues {
  return { clientId: null, lines: [emptyLine()], dueDate: '', notes: '' };
}

/** The form as a saved draft fills it. */
export function orderFormValues(order: OrderDetail): OrderFormValues {
  return {
    clientId: order.clientId,
    lines: order.items.map((item) => ({
      ...emptyLine(),
      productId: item.productId,
      productName: item.productName,
      sku: item.sku,
      quantity: item.quantity,
      discountPercent: trimDecimal(item.discountPercent),
      taxPercent: fractionToPercent(item.taxRate),
    })),
    dueDate: order.dueDate ?? '',
    notes: order.notes ?? '',
  };
}

function isQuantity(quantity: number | ''): quantity is number {
  return (
    typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1 && quantity <= maxQuantity
  );
}

export function validateOrderForm(values: OrderFormValues): OrderFormErrors {
  const errors: OrderFormErrors = {};
  if (values.clientId === null) errors.client = 'clientRequired';
  if (values.lines.length === 0) errors.lines = 'linesRequired';
  values.lines.forEach((line, index) => {
    if (line.productId === null) errors[`lines.${index}.product`] = 'productRequired';
    if (!isQuantity(line.quantity)) errors[`lines.${index}.quantity`] = 'quantityInvalid';
    if (!isPercent(line.discountPercent)) errors[`lines.${index}.discountPercent`] = 'discountInvalid';
    if (!isPercent(line.taxPercent)) errors[`lines.${index}.taxPercent`] = 'taxInvalid';
  });
  return errors;
}

/** The body of `POST /api/orders` (and of the `PATCH` of a draft, which replaces every line). */
export function toOrderBody(values: OrderFormValues): NewOrder {
  if (values.clientId === null) throw new Error('toOrderBody: validate the form first');
  return {
    clientId: values.clientId,
    items: values.lines.map((line) => {
      if (line.productId === null || line.quantity === '') throw new Error('toOrderBody: incomplete line');
      return {
        productId: line.productId,
        quantity: line.quantity,
        discountPercent: line.discountPercent.trim(),
        taxRate: percentToFraction(line.taxPercent),
      };
    }),
    dueDate: values.dueDate || null,
    notes: values.notes.trim() || null,
  };
}

/**
 * What to ask the price function for: the complete lines, in order, and which form line each quote line
 * answers. Null while there is nothing to price.
 */
export function toQuoteRequest(
  values: Pick<OrderFormValues, 'clientId' | 'lines'>,
): { request: QuoteRequest; lineKeys: string[] } | null {
  const complete = values.lines.filter(
    (line): line is OrderLineValues & { productId: number; quantity: number } =>
      line.productId !== null && isQuantity(line.quantity),
  );
  if (complete.length === 0) return null;
  return {
    request: {
      ...(values.clientId === null ? {} : { clientId: values.clientId }),
      lines: complete.map((line) => ({ productId: line.productId, quantity: line.quantity })),
    },
    lineKeys: complete.map((line) => line.key),
  };
}

/** Whether two form states would send the same order (line keys aside). */
export function sameOrder(left: OrderFormValues, right: OrderFormValues): boolean {
  const comparable = (values: OrderFormValues) =>
    JSON.stringify({ ...values, lines: values.lines.map(({ key: _key, ...line }) => line) });
  return comparable(left) === comparable(right);
}
