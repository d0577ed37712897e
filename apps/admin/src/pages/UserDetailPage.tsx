import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { userResource } from '../features/users/api/user-resource';
import { UserDetail } from '../features/users/components/UserDetail';
import { useI18n } from '../i18n/useI18n';

export function UserDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  return (
    <ResourceDetailView resource={userResource} id={id} backLabel={t('users.title')}>
      {(user) => <UserDetail user={user} />}
    </ResourceDetailView>
  );
}
