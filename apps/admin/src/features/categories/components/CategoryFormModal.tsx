import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem } from '@smartcrm/api-client';
import { problemFieldErrors } from '@smartcrm/ui';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { CategoryNode } from '../api/category-types';
import { useCreateCategory, useUpdateCategory } from '../api/useCategoryWrites';
import { useCategoryProblemMessages } from '../hooks/useCategoryProblemMessages';
import { subtreeIds } from '../utils/category-tree';
import { CategoryTreeSelect } from './CategoryTreeSelect';

/** What the dialog does: add a category (under `parentId`), rename one, or move one under another parent. */
export type CategoryEdit =
  | { mode: 'create'; parentId: number | null }
  | { mode: 'rename'; category: CategoryNode }
  | { mode: 'move'; category: CategoryNode };

export type CategoryFormModalProps = {
  edit: CategoryEdit;
  onClose: () => void;
  onSaved: (name: string) => void;
  /** Someone else changed the category since the tree was loaded (412). */
  onConflict: () => void;
};

type Values = { name: string; description: string; parentId: number | null };

export function CategoryFormModal({ edit, onClose, onSaved, onConflict }: CategoryFormModalProps) {
  const { t } = useI18n();
  const category = edit.mode === 'create' ? undefined : edit.category;
  const create = useCreateCategory();
  const update = useUpdateCategory(category ?? { id: 0, version: 0 });
  const save = edit.mode === 'create' ? create : update;
  const problemMessages = useCategoryProblemMessages();
  // A category cannot move under itself or below it; the server would refuse (409 category_cycle).
  const unavailable = useMemo(() => (category ? subtreeIds(category) : new Set<number>()), [category]);
  const form = useForm<Values>({
    initialValues: {
      name: category?.name ?? '',
      description: category?.description ?? '',
      parentId: edit.mode === 'create' ? edit.parentId : (category?.parentId ?? null),
    },
    validate: {
      name: (value) => (edit.mode !== 'move' && !value.trim() ? t('categories.form.nameRequired') : null),
    },
  });

  const title =
    edit.mode === 'create'
      ? t('categories.new.title')
      : edit.mode === 'rename'
        ? t('categories.rename.title', { name: edit.category.name })
        : t('categories.move.title', { name: edit.category.name });

  const submit = form.onSubmit((values) => {
    const callbacks = {
      onSuccess: () => onSaved(values.name.trim() || category?.name || ''),
      onError: (error: unknown) => {
        if (isApiProblem(error) && error.code === 'version_conflict') {
          onConflict();
          return;
        }
        const fields = problemFieldErrors(error, {
          'body.name': 'name',
          // The slug is derived from the name unless given, so a taken slug is the name's problem.
          'body.slug': 'name',
          'body.description': 'description',
          'body.parentId': 'parentId',
        });
        for (const [field, messages] of Object.entries(fields)) {
          if (messages) form.setFieldError(field, messages.join(t('list.separator')));
        }
      },
    };
    const description = values.description.trim() ? values.description : null;
    if (edit.mode === 'create') {
      create.mutate(
        { name: values.name.trim(), parentId: values.parentId, ...(description ? { description } : {}) },
        callbacks,
      );
    } else if (edit.mode === 'rename') {
      update.mutate({ name: values.name.trim(), description }, callbacks);
    } else {
      update.mutate({ parentId: values.parentId }, callbacks);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="md">
          {save.isError && (
            <ProblemAlert error={save.error} title={t('categories.form.failed')} messages={problemMessages} />
          )}
          {edit.mode !== 'move' && (
            <TextInput
              label={t('field.name')}
              required
              autoComplete="off"
              data-autofocus
              {...form.getInputProps('name')}
            />
          )}
          {edit.mode !== 'rename' && (
            <CategoryTreeSelect
              label={t('categories.form.parent')}
              description={t('categories.form.parentHint')}
              placeholder={t('categories.form.topLevel')}
              value={form.values.parentId}
              onChange={(parentId) => form.setFieldValue('parentId', parentId)}
              disabledIds={unavailable}
              error={form.errors.parentId as string | undefined}
            />
          )}
          {edit.mode !== 'move' && (
            <Textarea
              label={t('field.description')}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {edit.mode === 'create'
                ? t('categories.new.submit')
                : edit.mode === 'rename'
                  ? t('categories.rename.submit')
                  : t('categories.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
