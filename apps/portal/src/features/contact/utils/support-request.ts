/** What a visitor without an account fills in; the email confirms who they are before a ticket exists. */
export type GuestSupportValues = {
  name: string;
  email: string;
  title: string;
  orderReference: string;
  description: string;
};

/** What a signed-in customer fills in; their account already says who they are and which company. */
export type CustomerSupportValues = {
  title: string;
  categoryId: string | null;
  orderId: string | null;
  description: string;
  files: File[];
};

export const minimumMessageLength = 20;
/** The server wants a subject of at least this many characters from guests. */
export const minimumTitleLength = 3;

// Deliberately loose: one @, something on both sides, a dot in the domain. Servers do the real check.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}

/** The guest request as the API takes it: trimmed, the optional order reference left out when empty. */
export function guestRequestBody(values: GuestSupportValues) {
  const orderReference = values.orderReference.trim();
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    title: values.title.trim(),
    description: values.description.trim(),
    ...(orderReference ? { orderReference } : {}),
  };
}

/** The new ticket as the API takes it: category and order only when picked. */
export function customerTicketBody(values: CustomerSupportValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    ...(values.categoryId ? { categoryId: Number(values.categoryId) } : {}),
    ...(values.orderId ? { orderId: Number(values.orderId) } : {}),
  };
}
