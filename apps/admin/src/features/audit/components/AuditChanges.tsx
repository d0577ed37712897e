import { Button, List, Text } from '@mantine/core';
import type { AuditEntry } from '@smartcrm/api-client';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { auditChangeRows } from '../utils/audit-changes';
import { auditFieldLabel } from '../utils/audit-labels';
import { AuditValueText } from './AuditValueText';

export type AuditChangesProps = { changes: AuditEntry['changes'] };

// A new account records a dozen fields at once; the first few say enough until asked for the rest.
const collapsedCount = 4;

/** Each changed field as `field: before → after`; new and removed records show just their values. */
export function AuditChanges({ changes }: AuditChangesProps) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const { kind, rows } = auditChangeRows(changes);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  const shown = expanded ? rows : rows.slice(0, collapsedCount);
  const collapsible = rows.length > collapsedCount;

  return (
    <div>
      <List size="sm" spacing={2} listStyleType="none">
        {shown.map(({ field, before, after }) => {
          const label = auditFieldLabel(field);
          return (
            <List.Item key={field}>
              <Text span size="sm" fw={600}>
                {label ? t(label) : field}:
              </Text>{' '}
              {kind === 'created' ? (
                <AuditValueText field={field} value={after} />
              ) : kind === 'deleted' ? (
                <AuditValueText field={field} value={before} />
              ) : (
                <>
                  <AuditValueText field={field} value={before} dimmed />{' '}
                  <IconArrowRight
                    size={12}
                    aria-label={t('audit.changedTo')}
                    role="img"
                    style={{ verticalAlign: 'middle' }}
                  />{' '}
                  <AuditValueText field={field} value={after} />
                </>
              )}
            </List.Item>
          );
        })}
      </List>
      {collapsible && (
        <Button variant="subtle" size="compact-xs" px={0} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('audit.showFewer') : t('audit.showMore', { count: rows.length - shown.length })}
        </Button>
      )}
    </div>
  );
}
