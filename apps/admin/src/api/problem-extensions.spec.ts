import { ApiProblem, isApiProblem } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { keepProblemExtensions, problemExtension, problemExtensions } from './problem-extensions';

const problemResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('keepProblemExtensions', () => {
  it('throws a problem that keeps the members beyond the standard ones', async () => {
    const shortages = [{ productId: 3, sku: 'W-1', requested: 5, available: 2 }];
    const response = problemResponse(409, {
      type: 'https://smartcrm.dev/problems/insufficient-stock',
      title: 'Conflict',
      status: 409,
      detail: 'Product 3 (W-1): 5 requested, 2 available',
      code: 'insufficient_stock',
      requestId: 'r1',
      shortages,
    });
    const error = await keepProblemExtensions.onResponse({ response }).catch((caught: unknown) => caught);
    expect(isApiProblem(error)).toBe(true);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).code).toBe('insufficient_stock');
    expect(problemExtension(error, 'shortages')).toEqual(shortages);
    expect(problemExtension(error, 'requestId')).toBeUndefined();
  });

  it('lets successes and 401s through to the client', async () => {
    await expect(keepProblemExtensions.onResponse({ response: new Response('{}') })).resolves.toBeUndefined();
    await expect(
      keepProblemExtensions.onResponse({ response: problemResponse(401, { code: 'unauthorized' }) }),
    ).resolves.toBeUndefined();
  });

  it('copes with a body that is not JSON', async () => {
    const error = await keepProblemExtensions
      .onResponse({ response: new Response('<html>', { status: 502 }) })
      .catch((caught: unknown) => caught);
    expect((error as ApiProblem).status).toBe(502);
    expect(problemExtension(error, 'anything')).toBeUndefined();
  });
});

describe('problemExtensions', () => {
  it('ignores non-objects', () => {
    expect(problemExtensions(null)).toEqual({});
    expect(problemExtensions([1])).toEqual({});
  });
});
