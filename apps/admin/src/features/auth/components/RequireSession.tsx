import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';

export type RequireSessionProps = { children: ReactNode };

/** Renders its children only for a signed-in user; anyone else goes to the sign-in page and comes back after. */
export function RequireSession({ children }: RequireSessionProps) {
  const { session } = useSession();
  const location = useLocation();
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
