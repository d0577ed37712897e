import { Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { roleMessageKey } from '../../auth/utils/role-label';
import { describeAuditValue } from '../utils/audit-value';

export type AuditValueTextProps = { field: string; value: unknown; dimmed?: boolean };

export function AuditValueText({ field, value, dimmed }: AuditValueTextProps) {
  const { t, format } = useI18n();
  const described = describeAuditValue(field, value);
  const color = dimmed ? 'dimmed' : undefined;
  switch (described.kind) {
    case 'none':
      return (
        <Text span size="sm" c="dimmed">
          {t('field.none')}
        </Text>
      );
    case 'redacted':
      return (
        <Text span size="sm" fs="italic" c={color}>
          {t('audit.value.redacted')}
        </Text>
      );
    case 'boolean':
      return (
        <Text span size="sm" c={color}>
          {described.value ? t('audit.value.yes') : t('audit.value.no')}
        </Text>
      );
    case 'role': {
      const key = roleMessageKey(described.role);
      return (
        <Text span size="sm" c={color}>
          {key ? t(key) : described.role}
        </Text>
      );
    }
    case 'dateTime':
      return (
        <Text span size="sm" c={color}>
          {format.dateTime(described.value)}
        </Text>
      );
    case 'text':
      return (
        <Text span size="sm" c={color} style={{ overflowWrap: 'anywhere' }}>
          {described.value}
        </Text>
      );
  }
}
