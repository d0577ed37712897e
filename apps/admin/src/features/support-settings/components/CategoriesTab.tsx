import { Stack, Table } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketCategory } from '../api/support-settings-types';
import { useCategories, useDeleteCategory } from '../api/useCategories';
import { CategoryModal } from './CategoryModal';
import { DeleteSettingModal } from './DeleteSettingModal';
import { RowActions } from './RowActions';
import { TabIntro } from './TabIntro';

/** What tickets are about: each category routes to a queue and may need a skill of whoever takes it. */
export function CategoriesTab() {
  const { t } = useI18n();
  const categories = useCategories();
  const remove = useDeleteCategory();
  const [editing, setEditing] = useState<TicketCategory | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TicketCategory | null>(null);

  return (
    <Stack gap="md">
      <TabIntro
        description={t('supportSettings.categories.description')}
        addLabel={t('supportSettings.categories.add')}
        onAdd={() => setAdding(true)}
      />
      {categories.isPending ? (
        <LoadingState />
      ) : categories.isError ? (
        <ErrorState error={categories.error} onRetry={() => categories.refetch()} />
      ) : categories.data.length === 0 ? (
        <EmptyResult
          title={t('supportSettings.categories.emptyTitle')}
          description={t('supportSettings.categories.empty')}
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label={t('supportSettings.tab.categories')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('supportSettings.name')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.categories.queue')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.categories.skill')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.categories.minLevel')}</Table.Th>
                <Table.Th scope="col">{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.data.map((category) => (
                <Table.Tr key={category.id}>
                  <Table.Th scope="row" fw={600}>
                    {category.name}
                  </Table.Th>
                  <Table.Td>{category.queueName ?? t('supportSettings.categories.defaultQueue')}</Table.Td>
                  <Table.Td>{category.skillName ?? t('field.none')}</Table.Td>
                  <Table.Td>{category.skillId === null ? t('field.none') : category.minSkillLevel}</Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('supportSettings.editNamed', { name: category.name })}
                      deleteLabel={t('supportSettings.deleteNamed', { name: category.name })}
                      onEdit={() => setEditing(category)}
                      onDelete={() => setRemoving(category)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CategoryModal
        opened={adding || editing !== null}
        category={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <DeleteSettingModal
        name={removing?.name ?? null}
        title={t('supportSettings.categories.deleteTitle')}
        text={t('supportSettings.categories.deleteText', { name: removing?.name ?? '' })}
        failedTitle={t('supportSettings.deleteFailed')}
        mutation={remove}
        onConfirm={(done) => removing && remove.mutate(removing, { onSuccess: done })}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
