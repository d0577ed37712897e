import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type RecordLinkProps = { to: string; children: ReactNode };

/** The keyboard-reachable link to a record's detail page inside a clickable table row. */
export function RecordLink({ to, children }: RecordLinkProps) {
  return (
    <Anchor component={Link} to={to} fw={600} size="sm" onClick={(event) => event.stopPropagation()}>
      {children}
    </Anchor>
  );
}
