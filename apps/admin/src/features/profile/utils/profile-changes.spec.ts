import type { User } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { changedProfileFields, isHttpsUrl, profileFormValues } from './profile-changes';

const user: User = {
  id: 1,
  email: 'ada@example.com',
  username: 'ada',
  name: 'Ada',
  role: 'admin',
  clientId: null,
  phone: null,
  locale: 'en',
  timeZone: 'UTC',
  avatarUrl: null,
  version: 3,
};

describe('changedProfileFields', () => {
  const initial = profileFormValues(user);

  it('sends nothing when nothing changed', () => {
    expect(changedProfileFields(initial, { ...initial, name: ' Ada ' })).toEqual({});
  });

  it('sends the changed fields, clearing emptied ones', () => {
    expect(
      changedProfileFields(initial, {
        ...initial,
        name: '',
        phone: '+49 30 1234',
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      }),
    ).toEqual({ name: null, phone: '+49 30 1234', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  });

  it('reads a locale this UI has no language for as English', () => {
    expect(profileFormValues({ ...user, locale: 'fr' }).locale).toBe('en');
  });
});

describe('isHttpsUrl', () => {
  it('accepts only https addresses', () => {
    expect(isHttpsUrl('https://example.com/a.png')).toBe(true);
    expect(isHttpsUrl('http://example.com/a.png')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });
});
