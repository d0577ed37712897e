import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { CategoryNode } from '../api/category-types';
import { useDeleteCategory } from '../api/useCategoryWrites';
import { useCategoryProblemMessages } from '../hooks/useCategoryProblemMessages';

export type DeleteCategoryModalProps = {
  category: CategoryNode;
  onClose: () => void;
  onDeleted: (name: string) => void;
  onConflict: () => void;
};

/** Only an empty category can go; the server says what is still in one that is not (409). */
export function DeleteCategoryModal({ category, onClose, onDeleted, onConflict }: DeleteCategoryModalProps) {
  const { t } = useI18n();
  const remove = useDeleteCategory(category);
  const problemMessages = useCategoryProblemMessages();
  const notEmpty = isApiProblem(remove.error) && remove.error.code === 'category_not_empty';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('categories.delete.confirmTitle', { name: category.name })}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Text size="sm">{t('categories.delete.confirmText')}</Text>
        {remove.isError && (
          <ProblemAlert
            error={remove.error}
            title={notEmpty ? t('categories.delete.notEmpty') : t('categories.delete.failed')}
            messages={problemMessages}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {notEmpty ? t('action.close') : t('action.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            disabled={notEmpty}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () => onDeleted(category.name),
                onError: (error) => {
                  if (isApiProblem(error) && error.code === 'version_conflict') onConflict();
                },
              })
            }
          >
            {t('categories.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
