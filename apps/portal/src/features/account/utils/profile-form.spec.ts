import type { User } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { isValidPhone, profileChanges, profileFormValues, timeZoneOptions } from './profile-form';

const user: User = {
  id: 12,
  email: 'li.wei@example.com',
  username: 'li.wei',
  name: 'Li Wei',
  role: 'customer',
  clientId: 4,
  phone: '+86 21 5555 0101',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  avatarUrl: null,
  version: 3,
};

describe('profileChanges', () => {
  it('sends nothing when nothing changed, even if the form added spaces', () => {
    const values = profileFormValues(user);

    expect(profileChanges(user, { ...values, name: ' Li Wei ' })).toEqual({});
  });

  it('sends only the fields that changed', () => {
    const values = { ...profileFormValues(user), name: 'Wei Li', timeZone: 'Europe/Berlin' };

    expect(profileChanges(user, values)).toEqual({ name: 'Wei Li', timeZone: 'Europe/Berlin' });
  });

  it('removes the phone number when the field is emptied', () => {
    expect(profileChanges(user, { ...profileFormValues(user), phone: '  ' })).toEqual({ phone: null });
  });

  it('never sends an empty name, which the server would refuse', () => {
    expect(profileChanges(user, { ...profileFormValues(user), name: '' })).toEqual({});
  });
});

describe('profileFormValues', () => {
  it('starts from the saved profile, with empty text for what is not set', () => {
    expect(profileFormValues({ ...user, name: null, phone: null })).toEqual({
      name: '',
      phone: '',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('falls back to English for a language the portal does not offer', () => {
    expect(profileFormValues({ ...user, locale: 'fr' }).locale).toBe('en');
  });
});

describe('isValidPhone', () => {
  it('accepts the characters phone numbers are written with', () => {
    expect(isValidPhone('+1 (555) 010-0199')).toBe(true);
    expect(isValidPhone('021.5555.0101')).toBe(true);
  });

  it('refuses letters and numbers too short to be one', () => {
    expect(isValidPhone('call me')).toBe(false);
    expect(isValidPhone('12')).toBe(false);
  });
});

describe('timeZoneOptions', () => {
  it('lists UTC and the current zone even when the runtime does not', () => {
    expect(timeZoneOptions('Etc/Unknown', ['Europe/Berlin', 'Asia/Shanghai'])).toEqual([
      'Asia/Shanghai',
      'Etc/Unknown',
      'Europe/Berlin',
      'UTC',
    ]);
  });

  it('lists each zone once', () => {
    expect(timeZoneOptions('UTC', ['UTC', 'Asia/Shanghai'])).toEqual(['Asia/Shanghai', 'UTC']);
  });
});
