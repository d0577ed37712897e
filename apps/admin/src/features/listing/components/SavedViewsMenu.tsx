import { Button, Divider, Group, Loader, Popover, Stack, Switch, Text, TextInput } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconBookmark, IconBookmarkFilled } from '@tabler/icons-react';
import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useSession } from '../../auth/hooks/useSession';
import type { SavedViewList } from '../api/saved-view-types';
import { useCreateSavedView } from '../api/useSavedViewWrites';
import { useListViews } from '../hooks/useListViews';
import { useSavedViewProblemMessages } from '../hooks/useSavedViewProblemMessages';
import { canDeleteView, canShareViews, groupViews } from '../utils/saved-views';
import { SavedViewItem } from './SavedViewItem';

export type SavedViewsMenuProps = { list: SavedViewList };

const maxViewName = 100;

/**
 * Names the list's current filters, search and sort, and brings saved ones back: the user's own views and
 * the ones admins and managers shared with the team (stored on the server, so they follow the account).
 */
export function SavedViewsMenu({ list }: SavedViewsMenuProps) {
  const { t } = useI18n();
  const role = useSession().session?.user.role;
  const views = useListViews(list);
  const [opened, setOpened] = useState(false);
  const { mine, team } = groupViews(views.items);
  const canShare = canShareViews(role);
  // A write can remove the focused control (a deleted view, a disabled button); focus then comes back
  // here, inside the menu, so the keyboard (and Escape) keeps working.
  const nameInput = useRef<HTMLInputElement>(null);
  const restoreFocus = () => nameInput.current?.focus();

  const apply = (query: string) => {
    views.apply({ query });
    setOpened(false);
  };
  const item = (view: (typeof views.items)[number]) => (
    <SavedViewItem
      key={view.id}
      list={list}
      view={view}
      active={views.active?.id === view.id}
      canShare={canShare}
      canDelete={canDeleteView(view, role)}
      currentQuery={views.currentQuery}
      onApply={() => apply(view.query)}
      onRemoved={restoreFocus}
    />
  );

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} trapFocus withArrow>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={
            views.active ? (
              <IconBookmarkFilled size={16} aria-hidden />
            ) : (
              <IconBookmark size={16} aria-hidden />
            )
          }
          onClick={() => setOpened((open) => !open)}
          aria-expanded={opened}
        >
          {views.active ? t('savedViews.current', { name: views.active.name }) : t('savedViews.open')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" role="group" aria-label={t('savedViews.title')}>
          <Text size="xs" c="dimmed">
            {t('savedViews.about')}
          </Text>
          {views.views.isPending ? (
            <Group justify="center">
              <Loader size="sm" aria-label={t('state.loading')} />
            </Group>
          ) : views.views.isError ? (
            <ProblemAlert error={views.views.error} title={t('savedViews.loadFailed')} />
          ) : (
            <>
              <ViewGroup title={t('savedViews.mine')} empty={t('savedViews.none')}>
                {mine.map(item)}
              </ViewGroup>
              {team.length > 0 && <ViewGroup title={t('savedViews.team')}>{team.map(item)}</ViewGroup>}
            </>
          )}
          <Divider />
          <SaveViewForm
            list={list}
            canShare={canShare}
            currentQuery={views.currentQuery}
            nameInput={nameInput}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

type ViewGroupProps = { title: string; empty?: string; children: ReactNode[] };

function ViewGroup({ title, empty, children }: ViewGroupProps) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {children.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Stack gap={4} component="ul" aria-label={title} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {children}
        </Stack>
      )}
    </Stack>
  );
}

type SaveViewFormProps = {
  list: SavedViewList;
  canShare: boolean;
  currentQuery: () => string;
  nameInput: RefObject<HTMLInputElement | null>;
};

function SaveViewForm({ list, canShare, currentQuery, nameInput }: SaveViewFormProps) {
  const { t } = useI18n();
  const problemMessages = useSavedViewProblemMessages();
  const create = useCreateSavedView(list);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const nameTaken = isApiProblem(create.error) && create.error.code === 'saved_view_name_taken';

  return (
    <form
      aria-label={t('savedViews.saveTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        create.mutate(
          { name: name.trim(), query: currentQuery(), shared: canShare && shared },
          {
            onSuccess: () => {
              setName('');
              setShared(false);
            },
            onSettled: () => nameInput.current?.focus(),
          },
        );
      }}
    >
      <Stack gap="xs">
        {create.isError && !nameTaken && (
          <ProblemAlert error={create.error} title={t('savedViews.saveFailed')} messages={problemMessages} />
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            ref={nameInput}
            label={t('savedViews.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              if (create.isError) create.reset();
            }}
            error={nameTaken ? t('savedViews.error.nameTaken') : undefined}
            maxLength={maxViewName}
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <Button type="submit" mt={25} disabled={!name.trim()} loading={create.isPending}>
            {t('savedViews.save')}
          </Button>
        </Group>
        {canShare && (
          <Switch
            label={t('savedViews.share')}
            checked={shared}
            onChange={(event) => setShared(event.currentTarget.checked)}
          />
        )}
      </Stack>
    </form>
  );
}
