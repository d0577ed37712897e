import {
  Chip,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { type ClientStage, type ClientTier, clientStages, clientTiers } from '../../clients/api/client-types';
import { clientStageStyles, clientTierStyles } from '../../clients/utils/client-styles';
import type { SegmentFormValues } from '../utils/segment-rules';

export type SegmentRulesFieldsProps = { form: UseFormReturnType<SegmentFormValues> };

type RangeKey = 'recency' | 'frequency' | 'monetary' | 'rfmScore' | 'csat' | 'nps';

/** Every rule a segment can have; an empty input is no rule. */
export function SegmentRulesFields({ form }: SegmentRulesFieldsProps) {
  const { t } = useI18n();
  const field = (path: string) => form.getInputProps(`rules.${path}`);
  const { rules } = form.values;

  const rangeFields = (key: RangeKey, label: string, min: number, max: number) => (
    <Group gap="xs" align="flex-end" wrap="nowrap" role="group" aria-label={label}>
      <NumberInput
        label={t('segments.rules.min', { label })}
        min={min}
        max={max}
        allowDecimal={false}
        w={120}
        {...field(`${key}.min`)}
      />
      <NumberInput
        label={t('segments.rules.max', { label })}
        min={min}
        max={max}
        allowDecimal={false}
        w={120}
        {...field(`${key}.max`)}
      />
    </Group>
  );

  return (
    <Stack gap="md">
      <Fieldset legend={t('segments.rules.profile')}>
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={500} mb={4} id="segment-stages">
              {t('segments.rules.stages')}
            </Text>
            <Chip.Group
              multiple
              value={rules.stages}
              onChange={(value) => form.setFieldValue('rules.stages', value as ClientStage[])}
            >
              <Group gap="xs" role="group" aria-labelledby="segment-stages">
                {clientStages.map((stage) => (
                  <Chip key={stage} value={stage} size="sm">
                    {t(clientStageStyles[stage].label)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <div>
            <Text size="sm" fw={500} mb={4} id="segment-tiers">
              {t('segments.rules.tiers')}
            </Text>
            <Chip.Group
              multiple
              value={rules.tiers}
              onChange={(value) => form.setFieldValue('rules.tiers', value as ClientTier[])}
            >
              <Group gap="xs" role="group" aria-labelledby="segment-tiers">
                {clientTiers.map((tier) => (
                  <Chip key={tier} value={tier} size="sm">
                    {t(clientTierStyles[tier].label)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TagsInput
              label={t('segments.rules.industries')}
              description={t('segments.rules.anyOf')}
              clearable
              {...field('industries')}
            />
            <TagsInput
              label={t('segments.rules.tags')}
              description={t('segments.rules.allOf')}
              clearable
              {...field('tags')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('segments.rules.business')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Group
            gap="xs"
            align="flex-end"
            wrap="nowrap"
            role="group"
            aria-label={t('segments.rules.revenue')}
          >
            <TextInput
              label={t('segments.rules.revenueMin')}
              inputMode="decimal"
              placeholder="0.00"
              w={160}
              {...field('revenueMin')}
            />
            <TextInput
              label={t('segments.rules.revenueMax')}
              inputMode="decimal"
              placeholder="0.00"
              w={160}
              {...field('revenueMax')}
            />
          </Group>
          <Group
            gap="xs"
            align="flex-end"
            wrap="nowrap"
            role="group"
            aria-label={t('segments.rules.lastOrder')}
          >
            <TextInput
              type="date"
              label={t('segments.rules.lastOrderAfter')}
              w={170}
              {...field('lastOrderAfter')}
            />
            <TextInput
              type="date"
              label={t('segments.rules.lastOrderBefore')}
              w={170}
              {...field('lastOrderBefore')}
            />
          </Group>
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('segments.rules.rfm')}>
        <Text size="xs" c="dimmed" mb="xs">
          {t('segments.rules.rfmHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {rangeFields('recency', t('clients.rfm.recency'), 1, 5)}
          {rangeFields('frequency', t('clients.rfm.frequency'), 1, 5)}
          {rangeFields('monetary', t('clients.rfm.monetary'), 1, 5)}
          {rangeFields('rfmScore', t('segments.rules.rfmScore'), 3, 15)}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('segments.rules.satisfaction')}>
        <Text size="xs" c="dimmed" mb="xs">
          {t('segments.rules.satisfactionHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {rangeFields('csat', t('clients.satisfaction.csat'), 1, 5)}
          {rangeFields('nps', t('clients.satisfaction.nps'), -100, 100)}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
