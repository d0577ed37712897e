import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../../auth/hooks/useSession';

export type ActorNameProps = {
  userId: number | null;
  /** The name the API gives with the id; null when the account is gone. */
  name: string | null;
};

/**
 * Who made a change: nobody (null) means the system, e.g. seeding or a background job. Only
 * administrators can open accounts, so only they get a link.
 */
export function ActorName({ userId, name }: ActorNameProps) {
  const { t } = useI18n();
  const { session } = useSession();
  if (userId === null) return t('products.history.bySystem');
  if (userId === session?.user.id) return t('products.history.byYou');
  const label = name ? t('products.history.byName', { name }) : t('products.history.byUser', { id: userId });
  if (session?.user.role !== 'admin') return label;
  return (
    <Anchor component={Link} to={`/users/${userId}`} size="sm" inherit>
      {label}
    </Anchor>
  );
}
