import { describe, expect, it } from 'vitest';
import { hintForWeakness, passwordHints } from './password-policy';

describe('passwordHints', () => {
  it('accepts a long password that has nothing to do with the email', () => {
    expect(passwordHints('Harbour-Lantern-42', { email: 'li.wei@example.com' })).toEqual([]);
  });

  it('asks for at least ten characters', () => {
    expect(passwordHints('Short1!')).toEqual([{ key: 'password.tooShort', params: { min: 10 } }]);
  });

  it('refuses a password that contains the name part of the email, whatever the case', () => {
    expect(passwordHints('MyLiWeiPassword', { email: 'LiWei@example.com' })).toEqual([
      { key: 'password.containsEmail' },
    ]);
  });

  it('ignores email names too short to matter, as the server does', () => {
    expect(passwordHints('bobsled-harbour-9', { email: 'bob@example.com' })).toEqual([]);
  });

  it('refuses one character repeated', () => {
    expect(passwordHints('aaaaaaaaaaaa')).toEqual([{ key: 'password.repeated' }]);
  });

  it('reports every rule a password breaks', () => {
    expect(passwordHints('zzzz').map((hint) => hint.key)).toEqual(['password.tooShort', 'password.repeated']);
  });
});

describe('hintForWeakness', () => {
  it('translates the weaknesses the server sends', () => {
    expect(hintForWeakness('must have at least 12 characters')).toEqual({
      key: 'password.tooShort',
      params: { min: 12 },
    });
    expect(hintForWeakness('is one of the most common passwords')).toEqual({ key: 'password.common' });
    expect(hintForWeakness('must not contain your email name')).toEqual({ key: 'password.containsEmail' });
    expect(hintForWeakness('must not be one character repeated')).toEqual({ key: 'password.repeated' });
  });

  it('leaves a weakness it does not know to be shown as the server wrote it', () => {
    expect(hintForWeakness('must not be your previous password')).toBeNull();
  });
});
