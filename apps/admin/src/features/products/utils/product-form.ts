import type { NewProduct, Product, ProductChanges } from '../api/product-types';
import { amountDigits, isMoneyInput, priceDigits } from './money-input';

export type SpecificationRow = { key: string; value: string };

/** What the product form edits: text as typed, normalised only when the body is built. */
export type ProductFormValues = {
  sku: string;
  name: string;
  description: string;
  categoryId: number | null;
  price: string;
  cost: string;
  currency: string;
  unit: string;
  tags: string[];
  images: string[];
  specifications: SpecificationRow[];
  reorderLevel: number | string;
};

/** Why a field of the form is not acceptable, as a code the form turns into words. */
export type ProductFieldProblem =
  | 'required'
  | 'sku'
  | 'money'
  | 'currency'
  | 'url'
  | 'wholeNumber'
  | 'specificationKey'
  | 'duplicateSpecification';

export function productFormValues(product?: Product): ProductFormValues {
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    categoryId: product?.categoryId ?? null,
    price: product?.price ?? '',
    cost: product?.cost ?? '',
    currency: product?.currency ?? 'USD',
    unit: product?.unit ?? 'each',
    tags: product?.tags ?? [],
    images: product?.images ?? [],
    specifications: Object.entries(product?.specifications ?? {}).map(([key, value]) => ({ key, value })),
    reorderLevel: product?.reorderLevel ?? 0,
  };
}

const skuPattern = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Specification rows left completely empty are ignored, like blank image rows. */
const filledSpecifications = (rows: SpecificationRow[]) =>
  rows.filter((row) => row.key.trim() !== '' || row.value.trim() !== '');

/**
 * The problems of the form's values, keyed by the form path they belong to (`sku`, `images.2`,
 * `specifications.1.key`), checked as the API checks them so most mistakes are caught before sending.
 */
export function productFormProblems(values: ProductFormValues): Record<string, ProductFieldProblem> {
  const problems: Record<string, ProductFieldProblem> = {};
  const sku = values.sku.trim();
  if (!sku) problems.sku = 'required';
  else if (sku.length > 64 || !skuPattern.test(sku)) problems.sku = 'sku';
  if (!values.name.trim()) problems.name = 'required';
  if (!values.price.trim()) problems.price = 'required';
  else if (!isMoneyInput(values.price, priceDigits)) problems.price = 'money';
  if (values.cost.trim() && !isMoneyInput(values.cost, amountDigits)) problems.cost = 'money';
  if (!/^[A-Za-z]{3}$/.test(values.currency.trim())) problems.currency = 'currency';
  if (!values.unit.trim()) problems.unit = 'required';
  const reorderLevel = Number(values.reorderLevel);
  if (values.reorderLevel !== '' && (!Number.isInteger(reorderLevel) || reorderLevel < 0))
    problems.reorderLevel = 'wholeNumber';
  values.images.forEach((image, index) => {
    if (image.trim() && !isHttpUrl(image.trim())) problems[`images.${index}`] = 'url';
  });
  const seen = new Set<string>();
  values.specifications.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && row.value.trim()) problems[`specifications.${index}.key`] = 'specificationKey';
    else if (key && seen.has(key)) problems[`specifications.${index}.key`] = 'duplicateSpecification';
    if (key) seen.add(key);
  });
  return problems;
}

/** The product fields the form's values stand for, normalised as the API stores them. */
function productFields(values: ProductFormValues) {
  const description = values.description.trim();
  const cost = values.cost.trim();
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    description: description ? values.description : null,
    categoryId: values.categoryId,
    price: values.price.trim(),
    cost: cost ? cost : null,
    currency: values.currency.trim().toUpperCase(),
    unit: values.unit.trim(),
    tags: [...new Set(values.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))],
    images: values.images.map((image) => image.trim()).filter(Boolean),
    specifications: Object.fromEntries(
      filledSpecifications(values.specifications).map((row) => [row.key.trim(), row.value]),
    ),
    reorderLevel: values.reorderLevel === '' ? 0 : Number(values.reorderLevel),
  };
}

/** The body that creates the product the form describes; a new product starts as a draft. */
export function toNewProduct(values: ProductFormValues): NewProduct {
  const { description, cost, categoryId, ...fields } = productFields(values);
  return {
    ...fields,
    ...(description === null ? {} : { description }),
    ...(cost === null ? {} : { cost }),
    ...(categoryId === null ? {} : { categoryId }),
  };
}

/** Only the fields the form changed, so a PATCH never rewrites what the user left alone. */
export function changedProductFields(initial: ProductFormValues, values: ProductFormValues): ProductChanges {
  const before = productFields(initial);
  const after = productFields(values);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as ProductChanges;
}
