import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../../auth/hooks/useSession';

export type ActorNameProps = { userId: number | null };

/**
 * Who made a change, as far as this user can tell: the API gives an account id only, and only
 * administrators can open accounts; nobody (null) means the system, e.g. seeding or a background job.
 */
export function ActorName({ userId }: ActorNameProps) {
  const { t } = useI18n();
  const { session } = useSession();
  if (userId === null) return t('products.history.bySystem');
  if (userId === session?.user.id) return t('products.history.byYou');
  if (session?.user.role !== 'admin') return t('products.history.byUser', { id: userId });
  return (
    <Anchor component={Link} to={`/users/${userId}`} size="sm" inherit>
      {t('products.history.byUser', { id: userId })}
    </Anchor>
  );
}
