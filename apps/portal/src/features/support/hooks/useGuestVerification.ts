import { useEffect, useRef } from 'react';
import { useVerifyGuestRequest } from '../api/useGuestRequest';

/**
 * Confirms the guest's request with `token` as soon as the page opens. The token works once, so it is sent
 * once per token, even when development's StrictMode runs the effect twice.
 */
export function useGuestVerification(token: string) {
  const verify = useVerifyGuestRequest();
  const sentToken = useRef<string | null>(null);
  const { mutate } = verify;

  useEffect(() => {
    if (!token || sentToken.current === token) return;
    sentToken.current = token;
    mutate(token);
  }, [token, mutate]);

  return verify;
}
