import { describe, expect, it } from 'vitest';
import { normaliseViewQuery } from './saved-view-query.util';

describe('normaliseViewQuery', () => {
  it('drops the page cursors and sorts the parameters', () => {
    expect(normaliseViewQuery('?tier=gold&after=abc&sort=-createdAt&stage=lead&after=def')).toBe(
      'sort=-createdAt&stage=lead&tier=gold',
    );
    expect(normaliseViewQuery('cursor=xyz&status=open')).toBe('status=open');
  });

  it('keeps repeated parameters in their order and encodes values one way', () => {
    expect(normaliseViewQuery('tag=b&q=Harbour Lights&tag=a')).toBe('q=Harbour+Lights&tag=b&tag=a');
  });

  it('reads an empty query as the unfiltered list', () => {
    expect(normaliseViewQuery('')).toBe('');
    expect(normaliseViewQuery('?after=abc')).toBe('');
  });
});
