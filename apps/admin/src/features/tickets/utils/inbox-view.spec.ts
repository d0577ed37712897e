import { describe, expect, it } from 'vitest';
import type { ListParams } from '../../listing/utils/list-params';
import { inboxQuery, readInboxView, withoutFilters, withView } from './inbox-view';

const params = (overrides: Partial<ListParams> = {}): ListParams => ({
  q: '',
  sort: '-updatedAt',
  limit: 25,
  cursors: [],
  filters: {},
  ...overrides,
});

describe('readInboxView', () => {
  it('accepts the known views and falls back otherwise', () => {
    expect(readInboxView('breaching', 'mine')).toBe('breaching');
    expect(readInboxView('everything', 'mine')).toBe('mine');
    expect(readInboxView(null, 'all')).toBe('all');
  });
});

describe('inboxQuery', () => {
  it('asks for the view with its filters, the search and the current page', () => {
    const query = inboxQuery(
      params({
        q: ' printer ',
        cursors: ['a', 'b'],
        filters: {
          view: 'mine',
          status: 'open',
          priority: 'urgent',
          categoryId: '3',
          tag: 'vip',
          channel: 'email',
        },
      }),
      { sortChosen: false },
    );
    expect(query).toEqual({
      view: 'mine',
      limit: 25,
      cursor: 'b',
      q: 'printer',
      status: 'open',
      priority: 'urgent',
      categoryId: 3,
      tag: 'vip',
      channel: 'email',
    });
  });

  it('leaves the order to the server unless the user chose one, and never sorts the breaching view', () => {
    expect(
      inboxQuery(params({ filters: { view: 'unassigned' } }), { sortChosen: false })?.sort,
    ).toBeUndefined();
    expect(
      inboxQuery(params({ sort: 'createdAt', filters: { view: 'all' } }), { sortChosen: true })?.sort,
    ).toBe('createdAt');
    expect(
      inboxQuery(params({ sort: 'createdAt', filters: { view: 'breaching' } }), { sortChosen: true })?.sort,
    ).toBe(undefined);
  });

  it('waits for a queue in the queue view and ignores nonsense ids', () => {
    expect(inboxQuery(params({ filters: { view: 'queue' } }), { sortChosen: false })).toBeNull();
    expect(
      inboxQuery(params({ filters: { view: 'queue', queueId: '7' } }), { sortChosen: false }),
    ).toMatchObject({
      view: 'queue',
      queueId: 7,
    });
    expect(
      inboxQuery(params({ filters: { view: 'all', assignedTo: 'x', categoryId: '-1' } }), {
        sortChosen: false,
      }),
    ).toEqual({ view: 'all', limit: 25 });
  });
});

describe('withView and withoutFilters', () => {
  it('switches views on the first page, keeping filters, with the queue only in the queue view', () => {
    const from = new URLSearchParams('view=queue&queueId=4&status=open&after=c1&sort=createdAt');
    expect(withView(from, 'breaching').toString()).toBe('view=breaching&status=open');
    expect(withView(from, 'queue', 9).toString()).toBe('view=queue&queueId=9&status=open&sort=createdAt');
  });

  it('clears the filters but keeps the view, its queue and the search', () => {
    const from = new URLSearchParams('view=queue&queueId=4&status=open&tag=vip&q=printer&after=c1');
    expect(withoutFilters(from).toString()).toBe('view=queue&queueId=4&q=printer');
  });
});
