import { useEffect, useRef } from 'react';
import { useVerifyEmail } from '../api/useVerifyEmail';

/**
 * Verifies the email with `token` as soon as the page opens. A token works once, so it is sent once per
 * token, even when development's StrictMode runs the effect twice.
 */
export function useEmailVerification(token: string | null) {
  const verify = useVerifyEmail();
  const sentToken = useRef<string | null>(null);
  const { mutate } = verify;

  useEffect(() => {
    if (!token || sentToken.current === token) return;
    sentToken.current = token;
    mutate(token);
  }, [token, mutate]);

  return verify;
}
