import { ActionIcon, Button, Divider, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconBookmarkFilled, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useSavedViews } from '../hooks/useSavedViews';

export type SavedViewsMenuProps = { list: string };

/** Names the list's current filters and sort, and brings saved ones back. */
export function SavedViewsMenu({ list }: SavedViewsMenuProps) {
  const { t } = useI18n();
  const saved = useSavedViews(list);
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} trapFocus withArrow>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={
            saved.active ? (
              <IconBookmarkFilled size={16} aria-hidden />
            ) : (
              <IconBookmark size={16} aria-hidden />
            )
          }
          onClick={() => setOpened((open) => !open)}
          aria-expanded={opened}
        >
          {saved.active ? t('clients.views.current', { name: saved.active.name }) : t('clients.views.open')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" role="group" aria-label={t('clients.views.title')}>
          <Text size="xs" c="dimmed">
            {t('clients.views.storedLocally')}
          </Text>
          {saved.views.length === 0 ? (
            <Text size="sm">{t('clients.views.none')}</Text>
          ) : (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {saved.views.map((view) => (
                <Group key={view.name} component="li" gap="xs" justify="space-between" wrap="nowrap">
                  <Button
                    variant={saved.active?.name === view.name ? 'light' : 'subtle'}
                    size="compact-sm"
                    onClick={() => {
                      saved.apply(view);
                      setOpened(false);
                    }}
                    style={{ flex: 1 }}
                    justify="flex-start"
                  >
                    {view.name}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('clients.views.delete', { name: view.name })}
                    onClick={() => saved.remove(view.name)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
          <Divider />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!name.trim()) return;
              saved.save(name);
              setName('');
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('clients.views.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                maxLength={80}
                style={{ flex: 1 }}
              />
              <Button type="submit" disabled={!name.trim()}>
                {t('clients.views.save')}
              </Button>
            </Group>
          </form>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
