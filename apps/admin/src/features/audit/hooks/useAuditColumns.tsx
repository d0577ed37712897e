import { Anchor, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '@smartcrm/api-client';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { AuditChanges } from '../components/AuditChanges';
import { auditActionStyles, auditRecordPath, auditResourceLabels } from '../utils/audit-labels';

export function useAuditColumns(): DataTableColumn<AuditEntry>[] {
  const { t, format } = useI18n();
  return [
    {
      key: 'createdAt',
      header: t('audit.time'),
      sortField: 'createdAt',
      cell: (entry) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.dateTime(entry.createdAt)}
        </Text>
      ),
    },
    {
      key: 'actor',
      header: t('audit.actor'),
      cell: (entry) => (
        <Stack gap={0}>
          <Text size="sm">
            {entry.actorEmail ?? (entry.actorUserId === null ? t('audit.system') : `#${entry.actorUserId}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {[entry.actorUserId === null ? null : `#${entry.actorUserId}`, entry.ipAddress]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'action',
      header: t('audit.action'),
      cell: (entry) => <EnumBadge value={entry.action} styles={auditActionStyles} />,
    },
    {
      key: 'record',
      header: t('audit.record'),
      cell: (entry) => {
        const resourceKey = auditResourceLabels[entry.resource];
        const resource = resourceKey ? t(resourceKey) : entry.resource;
        const path = auditRecordPath(entry.resource, entry.resourceId);
        const id = entry.resourceId ? `#${entry.resourceId}` : '';
        return (
          <Text size="sm">
            {resource}{' '}
            {path ? (
              <Anchor component={Link} to={path} size="sm">
                {id}
              </Anchor>
            ) : (
              id
            )}
          </Text>
        );
      },
    },
    {
      key: 'changes',
      header: t('audit.changes'),
      wrap: true,
      cell: (entry) => <AuditChanges changes={entry.changes} />,
    },
  ];
}
