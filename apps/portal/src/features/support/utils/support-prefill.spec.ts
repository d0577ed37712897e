import { describe, expect, it } from 'vitest';
import { followUpLink, readSupportPrefill } from './support-prefill';

const queryOf = (link: string) => new URLSearchParams(link.slice(link.indexOf('?') + 1));

describe('support form prefill', () => {
  it('carries the subject, the order and the unsent reply of a closed ticket to the Contact page', () => {
    const link = followUpLink({
      title: 'Follow-up to #42: Löffel & Gabel?',
      orderId: 7,
      draft: '  Still broken.  ',
    });
    expect(link.startsWith('/contact?')).toBe(true);
    expect(readSupportPrefill(queryOf(link))).toEqual({
      title: 'Follow-up to #42: Löffel & Gabel?',
      description: 'Still broken.',
      orderId: 7,
    });
  });

  it('leaves out an order and a reply that are not there', () => {
    const link = followUpLink({ title: 'Follow-up to #3: Hello', orderId: null, draft: '   ' });
    expect([...queryOf(link).keys()]).toEqual(['title']);
  });

  it('ignores malformed order ids and cuts texts too long for the form', () => {
    const search = new URLSearchParams({
      orderId: '12abc',
      title: 'x'.repeat(300),
      description: 'y'.repeat(5000),
    });
    const prefill = readSupportPrefill(search);
    expect(prefill.orderId).toBeNull();
    expect(prefill.title).toHaveLength(255);
    expect(prefill.description).toHaveLength(2000);
    expect(readSupportPrefill(new URLSearchParams({ orderId: '-4' })).orderId).toBeNull();
    expect(readSupportPrefill(new URLSearchParams({ orderId: '99999999999' })).orderId).toBeNull();
    expect(readSupportPrefill(new URLSearchParams()).title).toBe('');
  });
});
