import { TreeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useCategoryTree } from '../api/useCategoryTree';
import { toTreeData } from '../utils/category-tree';

export type CategoryTreeSelectProps = {
  label: string;
  value: number | null;
  onChange: (categoryId: number | null) => void;
  placeholder?: string;
  description?: string;
  error?: string;
  /** Shown but not pickable, e.g. a category and its subcategories when choosing where to move it. */
  disabledIds?: ReadonlySet<number>;
  disabled?: boolean;
  w?: number | string;
};

/** Picks one category from the tree, searchable by name; clearing it means "none". */
export function CategoryTreeSelect({
  label,
  value,
  onChange,
  placeholder,
  description,
  error,
  disabledIds,
  disabled,
  w,
}: CategoryTreeSelectProps) {
  const { t } = useI18n();
  const tree = useCategoryTree();
  const data = useMemo(() => toTreeData(tree.data ?? [], disabledIds), [tree.data, disabledIds]);

  return (
    <TreeSelect
      // Its input shows the picked category's name only once the tree is there: start again when it arrives.
      key={tree.isSuccess ? 'loaded' : 'loading'}
      label={label}
      description={description}
      placeholder={placeholder ?? t('categories.pick')}
      error={error ?? (tree.isError ? t('categories.loadFailed') : undefined)}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : null)}
      searchable
      clearable
      defaultExpandAll
      disabled={disabled}
      nothingFoundMessage={tree.isPending ? t('state.loading') : t('categories.noneFound')}
      clearButtonProps={{ 'aria-label': t('categories.clearPick') }}
      chevronAriaLabels={{ expand: t('categories.expand'), collapse: t('categories.collapse') }}
      w={w}
    />
  );
}
