import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { clientResource } from '../../clients/api/client-resource';
import { useResourceDetail } from '../../listing/api/useResourceDetail';

export type ClientNameProps = { id: number };

/** A client a rule is reserved for, by name (the rule carries the id only), linked to its page. */
export function ClientName({ id }: ClientNameProps) {
  const client = useResourceDetail(clientResource, id);
  return (
    <Anchor component={Link} to={`/clients/${id}`} size="sm">
      {client.data?.companyName ?? `#${id}`}
    </Anchor>
  );
}
