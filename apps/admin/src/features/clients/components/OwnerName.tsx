import { useI18n } from '../../../i18n/useI18n';
import { useStaffDirectory } from '../api/useStaffDirectory';
import { useClientAccess } from '../hooks/useClientAccess';

export type OwnerNameProps = { userId: number | null };

/** The account manager's name; the API names owners by user id only. */
export function OwnerName({ userId }: OwnerNameProps) {
  const { t } = useI18n();
  const directory = useStaffDirectory();
  const { user } = useClientAccess();
  if (userId === null) return t('clients.owner.none');
  const name = directory.byUserId.get(userId)?.name;
  if (userId === user?.id) return name ? t('clients.owner.youNamed', { name }) : t('clients.owner.you');
  return name ?? t('clients.owner.unknown', { id: userId });
}
