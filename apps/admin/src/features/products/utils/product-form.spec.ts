import { describe, expect, it } from 'vitest';
import type { Product } from '../api/product-types';
import {
  changedProductFields,
  type ProductFormValues,
  productFormProblems,
  productFormValues,
  toNewProduct,
} from './product-form';

const blank = productFormValues();
const filled: ProductFormValues = {
  ...blank,
  sku: ' HS-100 ',
  name: ' Headset ',
  price: '49.9',
  tags: ['Audio', 'audio ', ''],
  images: ['https://img.example.com/a.png', '  '],
  specifications: [
    { key: ' Colour ', value: 'Black' },
    { key: '', value: '' },
  ],
};

describe('productFormProblems', () => {
  it('accepts a complete product', () => {
    expect(productFormProblems(filled)).toEqual({});
  });

  it('names each field the API would refuse, by its form path', () => {
    const problems = productFormProblems({
      ...blank,
      sku: '-bad sku',
      price: '12.345',
      cost: 'abc',
      currency: 'US',
      unit: ' ',
      reorderLevel: -1,
      images: ['ftp://example.com/a.png', 'https://ok.example.com/b.png'],
      specifications: [
        { key: 'Weight', value: '1 kg' },
        { key: 'Weight', value: '2 kg' },
        { key: '', value: 'orphan' },
      ],
    });
    expect(problems).toEqual({
      sku: 'sku',
      name: 'required',
      price: 'money',
      cost: 'money',
      currency: 'currency',
      unit: 'required',
      reorderLevel: 'wholeNumber',
      'images.0': 'url',
      'specifications.1.key': 'duplicateSpecification',
      'specifications.2.key': 'specificationKey',
    });
  });

  it('does not allow more digits than the price column holds', () => {
    expect(productFormProblems({ ...filled, price: '123456789' }).price).toBe('money');
    expect(productFormProblems({ ...filled, price: '12345678.99' }).price).toBeUndefined();
  });
});

describe('toNewProduct', () => {
  it('normalises the values and leaves out what was left empty', () => {
    expect(toNewProduct(filled)).toEqual({
      sku: 'HS-100',
      name: 'Headset',
      price: '49.9',
      currency: 'USD',
      unit: 'each',
      tags: ['audio'],
      images: ['https://img.example.com/a.png'],
      specifications: { Colour: 'Black' },
      reorderLevel: 0,
    });
  });
});

describe('changedProductFields', () => {
  const product: Product = {
    id: 7,
    sku: 'HS-100',
    name: 'Headset',
    description: null,
    price: '49.90',
    cost: '20.00',
    currency: 'USD',
    unit: 'each',
    categoryId: 3,
    categoryName: 'Audio',
    status: 'draft',
    specifications: { Colour: 'Black' },
    images: [],
    tags: ['audio'],
    stockOnHand: 0,
    stockReserved: 0,
    stockAvailable: 0,
    reorderLevel: 5,
    lowStock: false,
    allowedTransitions: ['active', 'archived'],
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };

  it('is empty when nothing changed', () => {
    const initial = productFormValues(product);
    expect(changedProductFields(initial, { ...initial })).toEqual({});
  });

  it('sends only the changed fields, with cleared ones as null', () => {
    const initial = productFormValues(product);
    const changes = changedProductFields(initial, {
      ...initial,
      cost: '',
      categoryId: null,
      specifications: [...initial.specifications, { key: 'Weight', value: '200 g' }],
    });
    expect(changes).toEqual({
      cost: null,
      categoryId: null,
      specifications: { Colour: 'Black', Weight: '200 g' },
    });
  });
});
