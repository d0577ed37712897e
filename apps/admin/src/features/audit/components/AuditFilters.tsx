import { NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { useCallback } from 'react';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { auditActionStyles, auditResourceLabels } from '../utils/audit-labels';

export type AuditFiltersProps = ListFilterControls;

export function AuditFilters({ filters, setFilter }: AuditFiltersProps) {
  const { t } = useI18n();
  const labelled = (values: Record<string, MessageKey | undefined>) =>
    Object.entries(values).map(([value, key]) => ({ value, label: key ? t(key) : value }));
  const actionLabels = Object.fromEntries(
    Object.entries(auditActionStyles).map(([action, style]) => [action, style.label]),
  );

  return (
    <>
      <TypedFilter
        label={t('audit.filter.actorId')}
        value={filters.actorUserId ?? ''}
        onCommit={(value) => setFilter('actorUserId', value)}
        validate={(value) => (value === '' || /^\d+$/.test(value) ? null : t('audit.filter.actorIdInvalid'))}
        inputMode="numeric"
        w={110}
      />
      <NativeSelect
        label={t('audit.filter.resource')}
        value={filters.resource ?? ''}
        onChange={(event) => setFilter('resource', event.currentTarget.value)}
        data={[{ value: '', label: t('audit.filter.any') }, ...labelled(auditResourceLabels)]}
        w={150}
      />
      <TypedFilter
        label={t('audit.filter.recordId')}
        value={filters.resourceId ?? ''}
        onCommit={(value) => setFilter('resourceId', value)}
        w={110}
      />
      <NativeSelect
        label={t('audit.action')}
        value={filters.action ?? ''}
        onChange={(event) => setFilter('action', event.currentTarget.value)}
        data={[{ value: '', label: t('audit.filter.any') }, ...labelled(actionLabels)]}
        w={180}
      />
      <TextInput
        type="date"
        label={t('audit.filter.from')}
        value={filters.from ?? ''}
        max={filters.to}
        onChange={(event) => setFilter('from', event.currentTarget.value)}
        w={150}
      />
      <TextInput
        type="date"
        label={t('audit.filter.to')}
        value={filters.to ?? ''}
        min={filters.from}
        onChange={(event) => setFilter('to', event.currentTarget.value)}
        w={150}
      />
    </>
  );
}

type TypedFilterProps = {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  validate?: (value: string) => string | null;
  inputMode?: 'numeric';
  w: number;
};

/** A typed filter that applies once the user stops typing, and only when the text makes sense. */
function TypedFilter({ label, value, onCommit, validate, inputMode, w }: TypedFilterProps) {
  const commitValid = useCallback(
    (text: string) => {
      const trimmed = text.trim();
      if (!validate?.(trimmed)) onCommit(trimmed);
    },
    [validate, onCommit],
  );
  const { text, setText } = useDebouncedSearch(value, commitValid);
  const error = validate?.(text.trim()) ?? null;
  return (
    <TextInput
      label={label}
      value={text}
      inputMode={inputMode}
      error={error}
      onChange={(event) => setText(event.currentTarget.value)}
      w={w}
    />
  );
}
