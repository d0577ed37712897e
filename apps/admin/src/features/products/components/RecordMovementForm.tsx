import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { problemFieldErrors } from '@smartcrm/ui';
import { IconCircleCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { type ManualMovementKind, manualMovementKinds, type StockLevel } from '../api/product-types';
import { useRecordMovement } from '../api/useProductStock';
import { useProductProblemMessages } from '../hooks/useProductProblemMessages';
import {
  type MovementFieldProblem,
  type MovementFormValues,
  movementFormProblems,
  toNewMovement,
} from '../utils/movement-form';
import { movementKindStyles } from '../utils/movement-kind';

export type RecordMovementFormProps = { productId: number };

const problemWords: Record<MovementFieldProblem, MessageKey> = {
  required: 'stock.form.required',
  wholeNumber: 'stock.form.wholeNumber',
  positive: 'stock.form.positive',
  nonZero: 'stock.form.nonZero',
  reasonRequired: 'stock.form.reasonRequired',
};

const submitLabels: Record<ManualMovementKind, MessageKey> = {
  receipt: 'stock.form.submitReceipt',
  adjustment: 'stock.form.submitAdjustment',
  return: 'stock.form.submitReturn',
};

const hints: Record<ManualMovementKind, MessageKey> = {
  receipt: 'stock.form.receiptHint',
  adjustment: 'stock.form.adjustmentHint',
  return: 'stock.form.returnHint',
};

/** Records goods received, a stock-count correction (signed, with a reason) or a return without an order. */
export function RecordMovementForm({ productId }: RecordMovementFormProps) {
  const { t } = useI18n();
  const kindLabelId = useId();
  const record = useRecordMovement(productId);
  const problemMessages = useProductProblemMessages();
  const [recorded, setRecorded] = useState<{ kind: ManualMovementKind; stock: StockLevel } | null>(null);
  const form = useForm<MovementFormValues>({
    initialValues: { kind: 'receipt', quantity: '', reason: '' },
    validate: (values) =>
      Object.fromEntries(
        Object.entries(movementFormProblems(values)).map(([field, problem]) => [
          field,
          t(problemWords[problem]),
        ]),
      ),
  });
  const { kind } = form.values;

  const submit = form.onSubmit((values) => {
    setRecorded(null);
    record.mutate(toNewMovement(values), {
      onSuccess: ({ stock }) => {
        setRecorded({ kind: values.kind, stock });
        form.setValues({ quantity: '', reason: '' });
        form.resetDirty();
      },
      onError: (error) => {
        const fields = problemFieldErrors(error, { 'body.quantity': 'quantity', 'body.reason': 'reason' });
        for (const [field, messages] of Object.entries(fields)) {
          if (messages) form.setFieldError(field, messages.join(t('list.separator')));
        }
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('stock.form.title')}>
      <Stack gap="sm">
        {recorded && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('stock.form.recorded', {
              kind: t(movementKindStyles[recorded.kind].label),
              onHand: recorded.stock.onHand,
              available: recorded.stock.available,
            })}
          </Alert>
        )}
        {record.isError && (
          <ProblemAlert error={record.error} title={t('stock.form.failed')} messages={problemMessages} />
        )}
        <div>
          <Text size="sm" fw={500} id={kindLabelId} mb={4}>
            {t('stock.form.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby={kindLabelId}
            data={manualMovementKinds.map((value) => ({ value, label: t(movementKindStyles[value].label) }))}
            value={kind}
            onChange={(value) => {
              form.setFieldValue('kind', value as ManualMovementKind);
              form.clearErrors();
            }}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t(hints[kind])}
          </Text>
        </div>
        <Group align="flex-start" gap="sm" grow>
          <NumberInput
            label={t('stock.form.quantity')}
            description={kind === 'adjustment' ? t('stock.form.signedHint') : t('stock.form.unitsHint')}
            required
            allowDecimal={false}
            allowNegative={kind === 'adjustment'}
            min={kind === 'adjustment' ? undefined : 1}
            {...form.getInputProps('quantity')}
          />
          <Textarea
            label={t('stock.reason')}
            description={
              kind === 'adjustment' ? t('stock.form.reasonRequiredHint') : t('stock.form.reasonOptional')
            }
            required={kind === 'adjustment'}
            maxLength={500}
            autosize
            minRows={1}
            {...form.getInputProps('reason')}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t(submitLabels[kind])}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
