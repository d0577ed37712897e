import { NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedSearch } from '@smartcrm/ui';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { clientStages, clientTiers } from '../api/client-types';
import { clientStageStyles, clientTierStyles } from '../utils/client-styles';
import { OwnerSelect } from './OwnerSelect';

export type ClientFiltersProps = ListFilterControls & {
  /** The board shows every stage side by side, so it leaves the stage and archived filters out. */
  withStage?: boolean;
};

export function ClientFilters({ filters, setFilter, withStage = true }: ClientFiltersProps) {
  const { t } = useI18n();
  return (
    <>
      {withStage && (
        <NativeSelect
          label={t('clients.stage')}
          value={filters.stage ?? ''}
          onChange={(event) => setFilter('stage', event.currentTarget.value)}
          data={[
            { value: '', label: t('clients.filter.anyStage') },
            ...clientStages.map((stage) => ({ value: stage, label: t(clientStageStyles[stage].label) })),
          ]}
          w={150}
        />
      )}
      <NativeSelect
        label={t('clients.tier')}
        value={filters.tier ?? ''}
        onChange={(event) => setFilter('tier', event.currentTarget.value)}
        data={[
          { value: '', label: t('clients.filter.anyTier') },
          ...clientTiers.map((tier) => ({ value: tier, label: t(clientTierStyles[tier].label) })),
        ]}
        w={150}
      />
      <OwnerSelect
        label={t('clients.owner')}
        placeholder={t('clients.filter.anyOwner')}
        value={filters.ownerUserId ?? ''}
        onChange={(value) => setFilter('ownerUserId', value)}
        w={200}
      />
      <TextFilter label={t('clients.tag')} name="tag" value={filters.tag ?? ''} setFilter={setFilter} />
      <TextFilter
        label={t('clients.industry')}
        name="industry"
        value={filters.industry ?? ''}
        setFilter={setFilter}
      />
      {withStage && (
        <NativeSelect
          label={t('clients.filter.archived')}
          value={filters.archived ?? ''}
          onChange={(event) => setFilter('archived', event.currentTarget.value)}
          data={[
            { value: '', label: t('clients.filter.working') },
            { value: 'true', label: t('clients.filter.onlyArchived') },
            { value: 'all', label: t('clients.filter.allClients') },
          ]}
          w={170}
        />
      )}
    </>
  );
}

type TextFilterProps = {
  label: string;
  name: string;
  value: string;
  setFilter: (key: string, value: string | null) => void;
};

/** A typed filter, applied once the user stops typing (each change is a request). */
function TextFilter({ label, name, value, setFilter }: TextFilterProps) {
  const apply = useCallback((text: string) => setFilter(name, text), [setFilter, name]);
  const { text, setText } = useDebouncedSearch(value, apply);
  return (
    <TextInput label={label} value={text} onChange={(event) => setText(event.currentTarget.value)} w={150} />
  );
}
