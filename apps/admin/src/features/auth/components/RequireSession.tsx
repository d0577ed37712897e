import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';
import { RestoringSession } from './RestoringSession';

export type RequireSessionProps = { children: ReactNode };

/** Renders its children only for a signed-in user; anyone else goes to the sign-in page and comes back after. */
export function RequireSession({ children }: RequireSessionProps) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <RestoringSession />;
  if (status === 'signed-out')
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
