import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketSettings } from '../api/support-settings-types';
import { useSaveTicketSettings, useTicketSettings } from '../api/useTicketSettings';
import {
  newKeywordRule,
  newOrderValueRule,
  noRule,
  type PriorityRulesFormValues,
  priorityRuleProblems,
  priorityRulesFormValues,
  priorityRulesOfForm,
} from '../utils/priority-rules-form';
import { clientTiers, ticketChannels, ticketPriorities } from '../utils/support-options';
import { AddRowButton, RemoveRowButton } from './RowButtons';
import { SettingsProblem } from './SettingsProblem';
import { TabIntro } from './TabIntro';

const maxReopenWindowHours = 8760;

/** How new tickets get their priority (keywords, client tier, order value, channel) and the reopen window. */
export function PriorityRulesTab() {
  const { t } = useI18n();
  const settings = useTicketSettings();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  return (
    <Stack gap="md">
      <TabIntro description={t('supportSettings.rules.description')} />
      {settings.isPending ? (
        <LoadingState />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <PriorityRulesForm
          key={settings.data.version}
          settings={settings.data}
          saved={savedVersion === settings.data.version}
          onSaved={setSavedVersion}
        />
      )}
    </Stack>
  );
}

function PriorityRulesForm({
  settings,
  saved,
  onSaved,
}: {
  settings: TicketSettings;
  saved: boolean;
  onSaved: (version: number) => void;
}) {
  const { t } = useI18n();
  const save = useSaveTicketSettings();
  const form = useForm<PriorityRulesFormValues>({
    initialValues: priorityRulesFormValues(settings.priorityRules, settings.reopenWindowHours),
    validate: (values) => {
      const errors: FormErrors = {};
      const problems = priorityRuleProblems(values);
      values.keywords.forEach((rule, index) => {
        const problem = problems.get(rule.key);
        if (problem) errors[`keywords.${index}.words`] = t(`supportSettings.rules.problem.${problem}`);
      });
      values.orderValues.forEach((rule, index) => {
        const problem = problems.get(rule.key);
        if (problem) errors[`orderValues.${index}.atLeast`] = t(`supportSettings.rules.problem.${problem}`);
      });
      const hours = values.reopenWindowHours;
      if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > maxReopenWindowHours)
        errors.reopenWindowHours = t('supportSettings.rules.reopenInvalid', { max: maxReopenWindowHours });
      return errors;
    },
  });
  const priorityOptions = ticketPriorities.map((priority) => ({
    value: priority,
    label: t(`supportSettings.priority.${priority}`),
  }));
  const optionalPriority = [{ value: noRule, label: t('supportSettings.rules.noRule') }, ...priorityOptions];

  const submit = form.onSubmit((values) => {
    save.mutate(
      {
        settings,
        values: {
          priorityRules: priorityRulesOfForm(values),
          reopenWindowHours: Number(values.reopenWindowHours),
        },
      },
      { onSuccess: (result) => onSaved(result.version) },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('supportSettings.tab.priority')}>
      <Stack gap="lg">
        {save.isError && <SettingsProblem error={save.error} title={t('supportSettings.saveFailed')} />}

        <Fieldset legend={t('supportSettings.rules.keywords')} radius="md">
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('supportSettings.rules.keywordsHint')}
            </Text>
            {form.values.keywords.map((rule, index) => {
              const name = t('supportSettings.rules.keywordRule', { number: index + 1 });
              return (
                <Group
                  key={rule.key}
                  gap="sm"
                  align="flex-start"
                  wrap="nowrap"
                  role="group"
                  aria-label={name}
                >
                  <TagsInput
                    label={t('supportSettings.rules.words')}
                    maxTags={100}
                    splitChars={[',']}
                    clearable
                    style={{ flexGrow: 1, minWidth: 0 }}
                    {...form.getInputProps(`keywords.${index}.words`)}
                  />
                  <NativeSelect
                    label={t('supportSettings.rules.becomes')}
                    data={priorityOptions}
                    w={140}
                    style={{ flexShrink: 0 }}
                    {...form.getInputProps(`keywords.${index}.priority`)}
                  />
                  <RemoveRowButton
                    label={t('supportSettings.rules.removeRule', { rule: name })}
                    onClick={() => form.removeListItem('keywords', index)}
                  />
                </Group>
              );
            })}
            <AddRowButton onClick={() => form.insertListItem('keywords', newKeywordRule())}>
              {t('supportSettings.rules.addKeywordRule')}
            </AddRowButton>
          </Stack>
        </Fieldset>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Fieldset legend={t('supportSettings.rules.tiers')} radius="md">
            <Stack gap="xs">
              {clientTiers.map((tier) => (
                <NativeSelect
                  key={tier}
                  label={t('supportSettings.rules.tierClients', { tier: t(`clients.tier.${tier}`) })}
                  data={optionalPriority}
                  {...form.getInputProps(`tiers.${tier}`)}
                />
              ))}
            </Stack>
          </Fieldset>
          <Fieldset legend={t('supportSettings.rules.channels')} radius="md">
            <Stack gap="xs">
              {ticketChannels.map((channel) => (
                <NativeSelect
                  key={channel}
                  label={t(`supportSettings.channel.${channel}`)}
                  data={optionalPriority}
                  {...form.getInputProps(`channels.${channel}`)}
                />
              ))}
            </Stack>
          </Fieldset>
        </SimpleGrid>

        <Fieldset legend={t('supportSettings.rules.orderValues')} radius="md">
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('supportSettings.rules.orderValuesHint')}
            </Text>
            {form.values.orderValues.map((rule, index) => {
              const name = t('supportSettings.rules.orderValueRule', { number: index + 1 });
              return (
                <Group
                  key={rule.key}
                  gap="sm"
                  align="flex-start"
                  wrap="nowrap"
                  role="group"
                  aria-label={name}
                >
                  <TextInput
                    label={t('supportSettings.rules.atLeast')}
                    inputMode="decimal"
                    w={200}
                    {...form.getInputProps(`orderValues.${index}.atLeast`)}
                  />
                  <NativeSelect
                    label={t('supportSettings.rules.becomes')}
                    data={priorityOptions}
                    w={140}
                    {...form.getInputProps(`orderValues.${index}.priority`)}
                  />
                  <RemoveRowButton
                    label={t('supportSettings.rules.removeRule', { rule: name })}
                    onClick={() => form.removeListItem('orderValues', index)}
                  />
                </Group>
              );
            })}
            <AddRowButton onClick={() => form.insertListItem('orderValues', newOrderValueRule())}>
              {t('supportSettings.rules.addOrderValueRule')}
            </AddRowButton>
          </Stack>
        </Fieldset>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NativeSelect
            label={t('supportSettings.rules.fallback')}
            description={t('supportSettings.rules.fallbackHint')}
            data={priorityOptions}
            {...form.getInputProps('fallback')}
          />
          <NumberInput
            label={t('supportSettings.rules.reopenWindow')}
            description={t('supportSettings.rules.reopenWindowHint')}
            min={0}
            max={maxReopenWindowHours}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('reopenWindowHours')}
          />
        </SimpleGrid>

        {saved && !form.isDirty() && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('supportSettings.saved')}
          </Alert>
        )}
        {settings.version === 0 && (
          <Text size="xs" c="dimmed">
            {t('supportSettings.rules.defaults')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            {t('action.discard')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('supportSettings.rules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
