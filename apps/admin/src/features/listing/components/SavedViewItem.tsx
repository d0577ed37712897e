import { ActionIcon, Badge, Button, Checkbox, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { SavedView, SavedViewChanges, SavedViewList } from '../api/saved-view-types';
import { useDeleteSavedView, useUpdateSavedView } from '../api/useSavedViewWrites';
import { useSavedViewProblemMessages } from '../hooks/useSavedViewProblemMessages';

export type SavedViewItemProps = {
  list: SavedViewList;
  view: SavedView;
  /** The list shows this view now. */
  active: boolean;
  canShare: boolean;
  canDelete: boolean;
  currentQuery: () => string;
  onApply: () => void;
  /** After the view was deleted, when its controls are gone. */
  onRemoved: () => void;
};

/** One saved view in the menu: applied by its name; renamed, re-shared and deleted by its owner. */
export function SavedViewItem({
  list,
  view,
  active,
  canShare,
  canDelete,
  currentQuery,
  onApply,
  onRemoved,
}: SavedViewItemProps) {
  const { t } = useI18n();
  const problemMessages = useSavedViewProblemMessages();
  const remove = useDeleteSavedView(list);
  const [editing, setEditing] = useState(false);
  // Leaving the form returns the focus to the pencil that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!editing && refocus) {
      editButton.current?.focus();
      setRefocus(false);
    }
  }, [editing, refocus]);

  if (editing) {
    return (
      <li>
        <EditViewForm
          list={list}
          view={view}
          canShare={canShare}
          currentQuery={currentQuery}
          onDone={() => {
            setEditing(false);
            setRefocus(true);
          }}
        />
      </li>
    );
  }
  return (
    <Stack component="li" gap={4}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Button
          variant={active ? 'light' : 'subtle'}
          size="compact-sm"
          onClick={onApply}
          style={{ flex: 1, minWidth: 0 }}
          justify="flex-start"
          aria-current={active ? 'true' : undefined}
        >
          {view.name}
        </Button>
        {view.mine && view.shared && (
          <Badge size="xs" variant="light">
            {t('savedViews.sharedBadge')}
          </Badge>
        )}
        {!view.mine && (
          <Text size="xs" c="dimmed" truncate maw={120}>
            {t('savedViews.owner', { name: view.owner.name })}
          </Text>
        )}
        {view.mine && (
          <ActionIcon
            ref={editButton}
            variant="subtle"
            aria-label={t('savedViews.edit', { name: view.name })}
            onClick={() => setEditing(true)}
          >
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
        )}
        {canDelete && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('savedViews.delete', { name: view.name })}
            loading={remove.isPending}
            onClick={() => remove.mutate(view, { onSuccess: onRemoved })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      {remove.isError && (
        <ProblemAlert error={remove.error} title={t('savedViews.deleteFailed')} messages={problemMessages} />
      )}
    </Stack>
  );
}

type EditViewFormProps = Pick<SavedViewItemProps, 'list' | 'view' | 'canShare' | 'currentQuery'> & {
  onDone: () => void;
};

function EditViewForm({ list, view, canShare, currentQuery, onDone }: EditViewFormProps) {
  const { t } = useI18n();
  const problemMessages = useSavedViewProblemMessages();
  const update = useUpdateSavedView(list);
  const [name, setName] = useState(view.name);
  const [shared, setShared] = useState(view.shared);
  const [replaceQuery, setReplaceQuery] = useState(false);
  const nameTaken = isApiProblem(update.error) && update.error.code === 'saved_view_name_taken';

  const changes = (): SavedViewChanges => ({
    ...(name.trim() !== view.name && { name: name.trim() }),
    ...(shared !== view.shared && { shared }),
    ...(replaceQuery && { query: currentQuery() }),
  });

  return (
    <form
      aria-label={t('savedViews.editTitle', { name: view.name })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        const body = changes();
        if (Object.keys(body).length === 0) return onDone();
        update.mutate({ view, changes: body }, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs">
        {update.isError && !nameTaken && (
          <ProblemAlert error={update.error} title={t('savedViews.editFailed')} messages={problemMessages} />
        )}
        <TextInput
          label={t('savedViews.newName')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameTaken ? t('savedViews.error.nameTaken') : undefined}
          maxLength={100}
          autoComplete="off"
          data-autofocus
        />
        <Checkbox
          label={t('savedViews.replaceQuery')}
          checked={replaceQuery}
          onChange={(event) => setReplaceQuery(event.currentTarget.checked)}
        />
        {/* Anyone may stop sharing a view of theirs; only a lead may start. */}
        {(canShare || view.shared) && (
          <Switch
            label={t('savedViews.share')}
            checked={shared}
            onChange={(event) => setShared(event.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="compact-sm" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" size="compact-sm" disabled={!name.trim()} loading={update.isPending}>
            {t('savedViews.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
