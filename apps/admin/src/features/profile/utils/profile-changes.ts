import type { ProfileUpdate, User } from '@smartcrm/api-client';
import type { Language } from '@smartcrm/ui';

export type ProfileFormValues = {
  name: string;
  phone: string;
  locale: Language;
  timeZone: string;
  avatarUrl: string;
};

export function profileFormValues(user: User): ProfileFormValues {
  return {
    name: user.name ?? '',
    phone: user.phone ?? '',
    locale: user.locale === 'zh-CN' ? 'zh-CN' : 'en',
    timeZone: user.timeZone,
    avatarUrl: user.avatarUrl ?? '',
  };
}

/** Only what the user changed; cleared optional fields are sent as null. */
export function changedProfileFields(initial: ProfileFormValues, values: ProfileFormValues): ProfileUpdate {
  const changes: ProfileUpdate = {};
  const optional = ['name', 'phone', 'avatarUrl'] as const;
  for (const field of optional) {
    const value = values[field].trim();
    if (value !== initial[field].trim()) changes[field] = value || null;
  }
  if (values.locale !== initial.locale) changes.locale = values.locale;
  if (values.timeZone !== initial.timeZone) changes.timeZone = values.timeZone;
  return changes;
}

/** Avatars are shown to others, so only addresses the browser fetches securely are accepted. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
