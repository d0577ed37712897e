import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { SpecificationRow } from '../utils/product-form';

export type SpecificationsEditorProps = {
  value: SpecificationRow[];
  onChange: (rows: SpecificationRow[]) => void;
  /** Errors of single rows' names, by index. */
  rowErrors: Record<number, string | undefined>;
  error?: string;
  disabled?: boolean;
};

/** Key/value pairs (shown on the portal): one row each; rows left empty are dropped on saving. */
export function SpecificationsEditor({
  value,
  onChange,
  rowErrors,
  error,
  disabled,
}: SpecificationsEditorProps) {
  const { t } = useI18n();
  const setRow = (index: number, change: Partial<SpecificationRow>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <Input.Wrapper
      label={t('products.specifications')}
      description={t('products.specificationsHint')}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {value.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('products.specNameNumber', { number: index + 1 })}
              placeholder={t('products.specName')}
              value={row.key}
              onChange={(event) => setRow(index, { key: event.currentTarget.value })}
              error={rowErrors[index]}
              disabled={disabled}
              style={{ flex: 2 }}
            />
            <TextInput
              aria-label={t('products.specValueNumber', { number: index + 1 })}
              placeholder={t('products.specValue')}
              value={row.value}
              onChange={(event) => setRow(index, { value: event.currentTarget.value })}
              disabled={disabled}
              style={{ flex: 3 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('products.removeSpecification', { number: index + 1 })}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              disabled={disabled}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...value, { key: '', value: '' }])}
            disabled={disabled || value.length >= 100}
          >
            {t('products.addSpecification')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
