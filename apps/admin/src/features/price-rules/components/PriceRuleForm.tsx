import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem } from '@smartcrm/api-client';
import { problemFieldErrors } from '@smartcrm/ui';
import { type ReactNode, useId } from 'react';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { CategoryTreeSelect } from '../../categories/components/CategoryTreeSelect';
import { ClientPicker } from '../../clients/components/ClientPicker';
import { ProductPicker } from '../../products/components/ProductPicker';
import { clientTiers, type PriceRule, type PriceRuleKind, priceRuleKinds } from '../api/price-rule-types';
import { useCreatePriceRule, useUpdatePriceRule } from '../api/usePriceRuleWrites';
import { usePriceRuleProblemMessages } from '../hooks/usePriceRuleProblemMessages';
import {
  type AdjustmentType,
  adjustmentTypes,
  type PriceRuleFieldProblem,
  type PriceRuleFormValues,
  priceRuleFormProblems,
  priceRuleFormValues,
  priceRuleProblemFields,
  type RuleCondition,
  type RuleTarget,
  requiredCondition,
  ruleConditions,
  toPriceRuleBody,
} from '../utils/price-rule-form';
import { clientTierStyles, priceRuleKindStyles } from '../utils/price-rule-kind';

export type PriceRuleFormProps = {
  /** The rule as loaded, to edit it; none to create one. */
  rule?: PriceRule;
  /** Starting values for a new rule, e.g. aimed at the product whose page it was opened from. */
  defaults?: Partial<PriceRuleFormValues>;
  onSaved: (rule: PriceRule) => void;
  onCancel: () => void;
  /** Someone else changed the rule since it was loaded (412). */
  onConflict?: () => void;
};

const problemWords: Record<PriceRuleFieldProblem, MessageKey> = {
  required: 'priceRules.form.required',
  wholeNumber: 'priceRules.form.wholeNumber',
  money: 'priceRules.form.money',
  positive: 'priceRules.form.positive',
  percent: 'priceRules.form.percent',
  dateTime: 'priceRules.form.dateTime',
  endBeforeStart: 'priceRules.form.endBeforeStart',
};

const kindHints: Record<PriceRuleKind, MessageKey> = {
  volume_tier: 'priceRules.kindHint.volume_tier',
  client_price: 'priceRules.kindHint.client_price',
  segment_price: 'priceRules.kindHint.segment_price',
  promotion: 'priceRules.kindHint.promotion',
};

const adjustmentLabels: Record<AdjustmentType, MessageKey> = {
  percentOff: 'priceRules.adjustment.percentOff',
  amountOff: 'priceRules.adjustment.amountOff',
  fixedPrice: 'priceRules.adjustment.fixedPrice',
};

const amountLabels: Record<AdjustmentType, MessageKey> = {
  percentOff: 'priceRules.form.percentAmount',
  amountOff: 'priceRules.form.amountOffAmount',
  fixedPrice: 'priceRules.form.fixedAmount',
};

/**
 * Creates or changes a price rule. The fields follow the kind: what the kind needs comes first and is
 * required, the other conditions are optional; exactly one way of changing the price is chosen.
 */
export function PriceRuleForm({ rule, defaults, onSaved, onCancel, onConflict }: PriceRuleFormProps) {
  const { t } = useI18n();
  const targetLabelId = useId();
  const adjustmentLabelId = useId();
  const create = useCreatePriceRule();
  const update = useUpdatePriceRule(rule ?? { id: 0, version: 0 });
  const save = rule ? update : create;
  const problemMessages = usePriceRuleProblemMessages();
  const form = useForm<PriceRuleFormValues>({
    initialValues: { ...priceRuleFormValues(rule), ...defaults },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(priceRuleFormProblems(values)).map(([field, problem]) => [
          field,
          t(problemWords[problem]),
        ]),
      ),
  });
  const { values } = form;
  const required = requiredCondition[values.kind];
  const error = (field: keyof PriceRuleFormValues) => form.errors[field] as string | undefined;

  const submit = form.onSubmit((submitted) => {
    const body = toPriceRuleBody(submitted);
    const callbacks = {
      onSuccess: onSaved,
      onError: (failure: unknown) => {
        if (isApiProblem(failure) && failure.code === 'version_conflict') {
          onConflict?.();
          return;
        }
        // The server's 400 names each field it refused; show each message on its field.
        const fields = problemFieldErrors(failure, priceRuleProblemFields);
        for (const [field, messages] of Object.entries(fields)) {
          if (messages) form.setFieldError(field, messages.join(t('list.separator')));
        }
      },
    };
    if (rule) update.mutate(body, callbacks);
    else create.mutate(body, callbacks);
  });

  const conditionField = (condition: RuleCondition, isRequired: boolean): ReactNode => {
    switch (condition) {
      case 'minQuantity':
        return (
          <NumberInput
            key={condition}
            label={t('priceRules.form.minQuantity')}
            description={t('priceRules.form.minQuantityHint')}
            required={isRequired}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('minQuantity')}
          />
        );
      case 'clientId':
        return (
          <ClientPicker
            key={condition}
            label={t('priceRules.form.client')}
            description={t('priceRules.form.clientHint')}
            required={isRequired}
            value={values.clientId}
            onChange={(clientId) => form.setFieldValue('clientId', clientId)}
            error={error('clientId')}
          />
        );
      case 'clientTier':
        return (
          <NativeSelect
            key={condition}
            label={t('priceRules.form.tier')}
            description={t('priceRules.form.tierHint')}
            required={isRequired}
            data={[
              { value: '', label: isRequired ? t('priceRules.form.pickTier') : t('priceRules.form.anyTier') },
              ...clientTiers.map((tier) => ({ value: tier, label: t(clientTierStyles[tier].label) })),
            ]}
            {...form.getInputProps('clientTier')}
          />
        );
      case 'window':
        return (
          <SimpleGrid key={condition} cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('priceRules.form.startsAt')}
              description={t('priceRules.form.startsAtHint')}
              required={isRequired}
              {...form.getInputProps('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('priceRules.form.endsAt')}
              description={t('priceRules.form.endsAtHint')}
              required={isRequired}
              {...form.getInputProps('endsAt')}
            />
          </SimpleGrid>
        );
    }
  };

  const title = rule ? t('priceRules.edit.title') : t('priceRules.new.title');

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {save.isError && (
          <ProblemAlert
            error={save.error}
            title={rule ? t('priceRules.edit.failed') : t('priceRules.new.failed')}
            messages={problemMessages}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('field.name')}
            required
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name')}
          />
          <NativeSelect
            label={t('priceRules.kindLabel')}
            description={t(kindHints[values.kind])}
            required
            data={priceRuleKinds.map((kind) => ({ value: kind, label: t(priceRuleKindStyles[kind].label) }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} id={targetLabelId} mb={4}>
            {t('priceRules.target.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={targetLabelId}
            value={values.target}
            onChange={(target) => form.setFieldValue('target', target as RuleTarget)}
            data={[
              { value: 'all', label: t('priceRules.target.all') },
              { value: 'product', label: t('priceRules.target.oneProduct') },
              { value: 'category', label: t('priceRules.target.oneCategory') },
            ]}
          />
        </div>
        {values.target === 'product' && (
          <ProductPicker
            label={t('priceRules.form.product')}
            required
            value={values.productId}
            onChange={(productId) => form.setFieldValue('productId', productId)}
            error={error('productId')}
          />
        )}
        {values.target === 'category' && (
          <CategoryTreeSelect
            label={t('priceRules.form.category')}
            description={t('priceRules.form.categoryHint')}
            value={values.categoryId}
            onChange={(categoryId) => form.setFieldValue('categoryId', categoryId)}
            error={error('categoryId')}
          />
        )}
        {conditionField(required, true)}
        <div>
          <Text size="sm" fw={500} id={adjustmentLabelId} mb={4}>
            {t('priceRules.adjustment.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={adjustmentLabelId}
            value={values.adjustment}
            onChange={(adjustment) => form.setFieldValue('adjustment', adjustment as AdjustmentType)}
            data={adjustmentTypes.map((type) => ({ value: type, label: t(adjustmentLabels[type]) }))}
          />
        </div>
        <TextInput
          label={t(amountLabels[values.adjustment])}
          required
          inputMode="decimal"
          autoComplete="off"
          rightSection={values.adjustment === 'percentOff' ? '%' : undefined}
          {...form.getInputProps('amount')}
        />
        <Fieldset legend={t('priceRules.form.moreConditions')} variant="filled" radius="md">
          <Stack gap="sm">
            {ruleConditions
              .filter((condition) => condition !== required)
              .map((condition) => conditionField(condition, false))}
          </Stack>
        </Fieldset>
        <Switch
          label={t('priceRules.form.active')}
          description={t('priceRules.form.activeHint')}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {rule ? t('action.save') : t('priceRules.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
