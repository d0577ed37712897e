import { auditResource } from '../features/audit/api/audit-resource';
import { AuditFilters } from '../features/audit/components/AuditFilters';
import { useAuditColumns } from '../features/audit/hooks/useAuditColumns';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { useI18n } from '../i18n/useI18n';

export function AuditLogPage() {
  const { t } = useI18n();
  const columns = useAuditColumns();
  return (
    <ResourceListView
      resource={auditResource}
      title={t('audit.title')}
      columns={columns}
      renderFilters={(controls) => <AuditFilters {...controls} />}
      rowPath={null}
    />
  );
}
