import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { Skill } from '../../employees/api/workforce-types';
import { useWorkforceProblemMessages } from '../../employees/hooks/useWorkforceProblemMessages';
import { useDeleteSkill, useRenameSkill } from '../api/useSkillWrites';
import { SkillNameModal } from './SkillNameModal';

export type SkillActionsProps = { skill: Skill };

/** Rename and delete for one skill in the list. */
export function SkillActions({ skill }: SkillActionsProps) {
  const { t } = useI18n();
  const rename = useRenameSkill(skill.id);
  const remove = useDeleteSkill(skill.id);
  const problemMessages = useWorkforceProblemMessages();
  const [renaming, renameDialog] = useDisclosure(false);
  const [deleting, deleteDialog] = useDisclosure(false);

  const openRename = () => {
    rename.reset();
    renameDialog.open();
  };
  const closeDelete = () => {
    deleteDialog.close();
    remove.reset();
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={openRename}
        aria-label={t('skills.rename.label', { name: skill.name })}
      >
        {t('skills.rename.action')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={deleteDialog.open}
        aria-label={t('skills.delete.label', { name: skill.name })}
      >
        {t('skills.delete.action')}
      </Button>
      <SkillNameModal
        opened={renaming}
        onClose={renameDialog.close}
        title={t('skills.rename.title', { name: skill.name })}
        submitLabel={t('skills.rename.submit')}
        initialName={skill.name}
        save={rename}
      />
      <Modal
        opened={deleting}
        onClose={closeDelete}
        title={t('skills.delete.confirmTitle')}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('skills.delete.confirmText', { name: skill.name })}</Text>
          {remove.isError && (
            <ProblemAlert error={remove.error} title={t('skills.delete.failed')} messages={problemMessages} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeDelete} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: closeDelete })}
            >
              {t('skills.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
