/** ISO 4217 code that product prices and order totals are in; the API sends bare decimal amounts. */
export const currency: string = import.meta.env.VITE_CURRENCY ?? 'USD';
