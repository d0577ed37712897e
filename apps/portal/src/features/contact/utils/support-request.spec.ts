import { describe, expect, it } from 'vitest';
import { customerTicketBody, guestRequestBody, isValidEmail } from './support-request';

describe('support request validation', () => {
  it('accepts ordinary addresses and rejects ones without a domain', () => {
    expect(isValidEmail('li.wei@example.com')).toBe(true);
    expect(isValidEmail('li.wei@example')).toBe(false);
    expect(isValidEmail('not an email')).toBe(false);
  });
});

describe('support request bodies', () => {
  it('sends a guest request trimmed, without an empty order reference', () => {
    expect(
      guestRequestBody({
        name: ' Ana ',
        email: ' ana@example.com ',
        title: ' Broken lid ',
        orderReference: '  ',
        description: ' The lid cracked on arrival. ',
      }),
    ).toEqual({
      name: 'Ana',
      email: 'ana@example.com',
      title: 'Broken lid',
      description: 'The lid cracked on arrival.',
    });
    expect(
      guestRequestBody({
        name: 'A',
        email: 'a@b.co',
        title: 'Hi',
        orderReference: ' #1042 ',
        description: 'x',
      }),
    ).toMatchObject({ orderReference: '#1042' });
  });

  it('sends the picked category and order of a customer’s ticket as numbers, and nothing when none is picked', () => {
    expect(
      customerTicketBody({ title: ' T ', description: ' D ', categoryId: '3', orderId: '41', files: [] }),
    ).toEqual({ title: 'T', description: 'D', categoryId: 3, orderId: 41 });
    expect(
      customerTicketBody({ title: 'T', description: 'D', categoryId: null, orderId: null, files: [] }),
    ).toEqual({ title: 'T', description: 'D' });
  });
});
