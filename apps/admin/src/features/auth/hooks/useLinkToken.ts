import { useSearchParams } from 'react-router';

/** The `token` of an invitation or reset link, or null when the link lost it (e.g. a mail client cut it). */
export function useLinkToken(): string | null {
  const [search] = useSearchParams();
  const token = search.get('token')?.trim();
  return token && token.length >= 20 ? token : null;
}
