import { Alert, Button, Paper, Stack } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCircleCheck, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { CategoryNode } from '../features/categories/api/category-types';
import { useCategoryTree } from '../features/categories/api/useCategoryTree';
import { useReloadCategories } from '../features/categories/api/useCategoryWrites';
import { type CategoryEdit, CategoryFormModal } from '../features/categories/components/CategoryFormModal';
import { CategoryTreeView } from '../features/categories/components/CategoryTreeView';
import { DeleteCategoryModal } from '../features/categories/components/DeleteCategoryModal';
import { useCatalogPermissions } from '../features/products/hooks/useCatalogPermissions';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

type Notice = { kind: 'saved' | 'deleted' | 'conflict'; name?: string };

export function CategoriesPage() {
  const { t } = useI18n();
  const tree = useCategoryTree();
  const reload = useReloadCategories();
  const permissions = useCatalogPermissions();
  const [edit, setEdit] = useState<CategoryEdit | null>(null);
  const [deleting, setDeleting] = useState<CategoryNode | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const manage = permissions.manageCatalog;

  const conflict = () => {
    setEdit(null);
    setDeleting(null);
    setNotice({ kind: 'conflict' });
    void reload();
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('categories.title')}
        actions={
          manage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => {
                setNotice(null);
                setEdit({ mode: 'create', parentId: null });
              }}
            >
              {t('categories.new.open')}
            </Button>
          )
        }
      />
      {notice && (
        <Alert
          color={notice.kind === 'conflict' ? 'yellow' : 'green'}
          variant="light"
          icon={notice.kind === 'conflict' ? <IconInfoCircle aria-hidden /> : <IconCircleCheck aria-hidden />}
          role="status"
          mb="md"
        >
          {t(`categories.notice.${notice.kind}`, { name: notice.name ?? '' })}
        </Alert>
      )}
      <Paper withBorder radius="md" p={0}>
        {tree.isPending ? (
          <LoadingState />
        ) : tree.isError ? (
          <Stack p="md">
            <ErrorState error={tree.error} onRetry={() => tree.refetch()} />
          </Stack>
        ) : tree.data.length === 0 ? (
          <EmptyResult title={t('categories.empty')} description={t('categories.emptyHint')} />
        ) : (
          <CategoryTreeView
            nodes={tree.data}
            onEdit={
              manage
                ? (next) => {
                    setNotice(null);
                    setEdit(next);
                  }
                : undefined
            }
            onDelete={
              manage
                ? (category) => {
                    setNotice(null);
                    setDeleting(category);
                  }
                : undefined
            }
          />
        )}
      </Paper>
      {edit && (
        <CategoryFormModal
          edit={edit}
          onClose={() => setEdit(null)}
          onSaved={(name) => {
            setEdit(null);
            setNotice({ kind: 'saved', name });
          }}
          onConflict={conflict}
        />
      )}
      {deleting && (
        <DeleteCategoryModal
          category={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(name) => {
            setDeleting(null);
            setNotice({ kind: 'deleted', name });
          }}
          onConflict={conflict}
        />
      )}
    </Stack>
  );
}
