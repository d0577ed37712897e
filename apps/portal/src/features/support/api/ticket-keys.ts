/** Query keys of the support feature; the account page's ticket list shares the `['account', 'tickets']` root. */
export const ticketKeys = {
  list: ['account', 'tickets'] as const,
  ticket: (id: number) => ['account', 'ticket', id] as const,
  comments: (id: number) => ['account', 'ticket', id, 'comments'] as const,
  attachments: (id: number) => ['account', 'ticket', id, 'attachments'] as const,
  survey: (id: number) => ['account', 'ticket', id, 'survey'] as const,
  categories: ['support', 'categories'] as const,
  orderChoices: ['support', 'order-choices'] as const,
  publicSurvey: (token: string) => ['support', 'survey', token] as const,
};
