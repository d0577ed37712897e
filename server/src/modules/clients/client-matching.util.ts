// Addresses at these domains say nothing about the company someone works for.
export const personalMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
]);

/** The company domain of an email, or undefined for none or a personal mail provider. */
export function companyDomain(email: string | null): string | undefined {
  const domain = email?.trim().toLowerCase().split('@')[1];
  return domain && !personalMailDomains.has(domain) ? domain : undefined;
}

const legalForms = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'gmbh',
  'ag',
  'sa',
  'sarl',
  'sas',
  'bv',
  'nv',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'pty',
  'srl',
  'spa',
  'oy',
  'ab',
  'kk',
]);

/**
 * A company name reduced to what tells companies apart: lower case, no punctuation, no legal form
 * ("Northwind Traders Ltd." → "northwind traders"), so the legal form does not make or break a match.
 */
export function normaliseCompanyName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const meaningful = words.filter((word) => !legalForms.has(word));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}
