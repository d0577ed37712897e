export type SupportRequest = { name: string; email: string; subject: string; message: string };

export const minimumMessageLength = 20;

// Deliberately loose: one @, something on both sides, a dot in the domain. Servers do the real check.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return emailPattern.test(value.trim());
}
