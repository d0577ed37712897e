import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { skillLevels } from '../../employees/utils/skill-levels';
import { SkillPicker } from '../../skills/components/SkillPicker';
import type { TicketCategory } from '../api/support-settings-types';
import { useCreateCategory, useUpdateCategory } from '../api/useCategories';
import { useQueues } from '../api/useQueues';
import { SettingsModal } from './SettingsModal';
import { SettingsProblem } from './SettingsProblem';

export type CategoryModalProps = {
  opened: boolean;
  /** The category being changed; a new one is made when absent. */
  category: TicketCategory | null;
  onClose: () => void;
};

export function CategoryModal({ opened, category, onClose }: CategoryModalProps) {
  const { t } = useI18n();
  const title = category
    ? t('supportSettings.categories.editTitle', { name: category.name })
    : t('supportSettings.categories.addTitle');
  return (
    <SettingsModal opened={opened} title={title} onClose={onClose}>
      <CategoryForm category={category} title={title} onDone={onClose} />
    </SettingsModal>
  );
}

type Values = { name: string; queueId: number | null; skillId: number | null; minSkillLevel: string };

function CategoryForm({
  category,
  title,
  onDone,
}: {
  category: TicketCategory | null;
  title: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const queues = useQueues();
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const write = category ? update : create;
  const form = useForm<Values>({
    initialValues: {
      name: category?.name ?? '',
      queueId: category?.queueId ?? null,
      skillId: category?.skillId ?? null,
      minSkillLevel: String(category?.minSkillLevel ?? 1),
    },
    validate: {
      name: (value) => (value.trim() ? null : t('supportSettings.nameRequired')),
    },
  });

  const submit = form.onSubmit((values) => {
    const changes = {
      name: values.name.trim(),
      queueId: values.queueId,
      skillId: values.skillId,
      minSkillLevel: values.skillId === null ? 1 : Number(values.minSkillLevel),
    };
    if (category) update.mutate({ category, changes }, { onSuccess: onDone });
    else create.mutate(changes, { onSuccess: onDone });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {write.isError && <SettingsProblem error={write.error} title={t('supportSettings.saveFailed')} />}
        <TextInput
          label={t('supportSettings.name')}
          required
          maxLength={100}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('supportSettings.categories.queue')}
          description={t('supportSettings.categories.queueHint')}
          placeholder={t('supportSettings.categories.defaultQueue')}
          clearable
          clearButtonProps={{ 'aria-label': t('supportSettings.categories.clearQueue') }}
          data={(queues.data ?? []).map((queue) => ({ value: String(queue.id), label: queue.name }))}
          value={form.values.queueId === null ? null : String(form.values.queueId)}
          onChange={(value) => form.setFieldValue('queueId', value ? Number(value) : null)}
          nothingFoundMessage={t('supportSettings.categories.noQueues')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <SkillPicker
            label={t('supportSettings.categories.skill')}
            value={form.values.skillId}
            selectedName={category?.skillId === form.values.skillId ? category?.skillName : undefined}
            onChange={(skillId) => form.setFieldValue('skillId', skillId)}
          />
          <NativeSelect
            label={t('supportSettings.categories.minLevel')}
            disabled={form.values.skillId === null}
            data={skillLevels.map((level) => String(level))}
            {...form.getInputProps('minSkillLevel')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={write.isPending}>
            {category ? t('action.save') : t('supportSettings.categories.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
