import { Loader, TreeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useDepartmentTree } from '../api/useDepartmentTree';
import { departmentOptions } from '../utils/department-tree';

export type DepartmentSelectProps = {
  label: string;
  value: number | null;
  onChange: (departmentId: number | null) => void;
  /** A department that cannot be chosen, with everything under it (a department cannot move under itself). */
  exclude?: number;
  description?: string;
  placeholder?: string;
  error?: string;
  required?: boolean;
  /** Whether the choice can be taken back (a filter, an optional parent). */
  clearable?: boolean;
  disabled?: boolean;
  w?: number | string;
};

/** Picks a department from the department tree, shown as a tree. */
export function DepartmentSelect({
  label,
  value,
  onChange,
  exclude,
  description,
  placeholder,
  error,
  required,
  clearable,
  disabled,
  w,
}: DepartmentSelectProps) {
  const { t } = useI18n();
  const tree = useDepartmentTree();
  const data = useMemo(() => departmentOptions(tree.data ?? [], exclude), [tree.data, exclude]);

  return (
    <TreeSelect
      // Mounted again once the tree has loaded, so that every branch starts open.
      key={tree.data ? 'loaded' : 'loading'}
      label={label}
      description={description}
      placeholder={tree.isPending ? t('state.loading') : placeholder}
      error={error ?? (tree.isError ? t('departments.loadFailed') : undefined)}
      required={required}
      disabled={disabled || !tree.data}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : null)}
      allowDeselect={false}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('departments.select.clear', { field: label }) }}
      defaultExpandAll
      maxDropdownHeight={320}
      nothingFoundMessage={t('departments.select.none')}
      chevronAriaLabels={{
        expand: t('departments.select.expand'),
        collapse: t('departments.select.collapse'),
      }}
      rightSection={tree.isPending ? <Loader size={14} aria-hidden /> : undefined}
      w={w}
    />
  );
}
