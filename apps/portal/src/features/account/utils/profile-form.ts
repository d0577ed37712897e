import type { ProfileUpdate, User } from '@smartcrm/api-client';

export type ProfileLocale = NonNullable<ProfileUpdate['locale']>;
export type ProfileFormValues = { name: string; phone: string; locale: ProfileLocale; timeZone: string };

export const profileLocales: { value: ProfileLocale; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文' },
];

// The server's rule, so a typo is pointed out before sending.
const phonePattern = /^\+?[0-9 ()./-]{3,50}$/;

export function isValidPhone(value: string): boolean {
  return phonePattern.test(value.trim());
}

export function profileFormValues(user: User): ProfileFormValues {
  const locale = profileLocales.find((option) => option.value === user.locale)?.value ?? 'en';
  return { name: user.name ?? '', phone: user.phone ?? '', locale, timeZone: user.timeZone };
}

/**
 * The profile fields the form changed, ready to PATCH: nothing else is sent, so a change made elsewhere to
 * another field is not overwritten. Text is trimmed, and an emptied phone number is removed.
 */
export function profileChanges(user: User, values: ProfileFormValues): ProfileUpdate {
  const changes: ProfileUpdate = {};
  const name = values.name.trim();
  if (name && name !== (user.name ?? '')) changes.name = name;
  const phone = values.phone.trim();
  if (phone !== (user.phone ?? '')) changes.phone = phone || null;
  if (values.locale !== user.locale) changes.locale = values.locale;
  if (values.timeZone && values.timeZone !== user.timeZone) changes.timeZone = values.timeZone;
  return changes;
}

/** The time zones to choose from: the runtime's IANA list, with UTC and the user's current zone always in it. */
export function timeZoneOptions(
  current: string,
  available: readonly string[] = Intl.supportedValuesOf('timeZone'),
) {
  return [...new Set([...available, 'UTC', current].filter(Boolean))].sort((left, right) =>
    left.localeCompare(right),
  );
}
