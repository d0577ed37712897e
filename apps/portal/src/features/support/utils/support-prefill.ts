/** What the Contact page's form may be opened with: a follow-up to a closed ticket, say. */
export type SupportPrefill = { title: string; description: string; orderId: number | null };

// A link is no place for a long text; the customer can paste the rest.
const maxPrefillLength = 2000;
const maxTitleLength = 255;

/**
 * The Contact page's link that opens the support form filled in, for a follow-up to a ticket that takes no
 * more replies: `title` (already saying which ticket it follows up), the same order, and what the customer
 * had written.
 */
export function followUpLink(options: { title: string; orderId: number | null; draft: string }): string {
  const search = new URLSearchParams();
  search.set('title', options.title.slice(0, maxTitleLength));
  if (options.orderId) search.set('orderId', String(options.orderId));
  const draft = options.draft.trim();
  if (draft) search.set('description', draft.slice(0, maxPrefillLength));
  return `/contact?${search.toString()}`;
}

/** The form's starting values from the Contact page's query; anything malformed is left out. */
export function readSupportPrefill(search: URLSearchParams): SupportPrefill {
  const orderParam = search.get('orderId') ?? '';
  const orderId = /^\d{1,10}$/.test(orderParam) ? Number(orderParam) : 0;
  return {
    title: (search.get('title') ?? '').trim().slice(0, maxTitleLength),
    description: (search.get('description') ?? '').slice(0, maxPrefillLength),
    orderId: orderId > 0 && orderId <= 2_147_483_647 ? orderId : null,
  };
}
