import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useWorkforceProblemMessages } from '../../employees/hooks/useWorkforceProblemMessages';

export type SkillNameModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  initialName: string;
  /** Creates or renames; the dialog closes when it succeeds. */
  save: UseMutationResult<unknown, Error, string>;
};

const maxSkillName = 100;

/** Asks for a skill's name, to create a skill or rename one. */
export function SkillNameModal({
  opened,
  onClose,
  title,
  submitLabel,
  initialName,
  save,
}: SkillNameModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      <SkillNameForm
        title={title}
        submitLabel={submitLabel}
        initialName={initialName}
        save={save}
        onDone={onClose}
      />
    </Modal>
  );
}

type SkillNameFormProps = Omit<SkillNameModalProps, 'opened' | 'onClose'> & { onDone: () => void };

function SkillNameForm({ title, submitLabel, initialName, save, onDone }: SkillNameFormProps) {
  const { t } = useI18n();
  const problemMessages = useWorkforceProblemMessages();
  const form = useForm({
    initialValues: { name: initialName },
    validate: {
      name: (value: string) =>
        value.trim() === ''
          ? t('skills.form.nameRequired')
          : value.trim().length > maxSkillName
            ? t('skills.form.nameTooLong', { max: maxSkillName })
            : null,
    },
  });
  const submit = form.onSubmit(({ name }) => {
    if (name.trim() === initialName) {
      onDone();
      return;
    }
    save.mutate(name.trim(), {
      onSuccess: onDone,
      onError: (error) => {
        const messages = problemFieldMessages(error).name;
        if (messages) form.setFieldError('name', messages.join(t('list.separator')));
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {save.isError && (
          <ProblemAlert error={save.error} title={t('skills.form.failed')} messages={problemMessages} />
        )}
        <TextInput
          label={t('skills.name')}
          required
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
