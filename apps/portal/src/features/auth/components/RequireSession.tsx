import { LoadingState } from '@smartcrm/ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';

export type RequireSessionProps = { children: ReactNode };

/** Renders its children only for a signed-in customer; anyone else signs in first and comes back after. */
export function RequireSession({ children }: RequireSessionProps) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <LoadingState />;
  if (status === 'signed-out')
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
