import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import type { CustomFieldDefinition } from '../api/client-types';
import type { ClientFormValues } from '../utils/client-form';

export type CustomFieldInputsProps = {
  definitions: readonly CustomFieldDefinition[];
  form: UseFormReturnType<ClientFormValues>;
  disabled?: boolean;
};

/** One input per admin-defined field, of the field's type; the server checks the values and names problems. */
export function CustomFieldInputs({ definitions, form, disabled }: CustomFieldInputsProps) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {definitions.map((definition) => {
        const props = {
          label: definition.label,
          required: definition.required,
          disabled,
          ...form.getInputProps(`customFields.${definition.key}`),
        };
        switch (definition.type) {
          case 'boolean':
            return (
              <NativeSelect
                key={definition.key}
                {...props}
                data={[
                  { value: '', label: t('field.none') },
                  { value: 'true', label: t('customFields.yes') },
                  { value: 'false', label: t('customFields.no') },
                ]}
              />
            );
          case 'select':
            return (
              <NativeSelect
                key={definition.key}
                {...props}
                data={[{ value: '', label: t('field.none') }, ...definition.options]}
              />
            );
          case 'date':
            return <TextInput key={definition.key} type="date" {...props} />;
          case 'number':
            return <TextInput key={definition.key} inputMode="decimal" {...props} />;
          default:
            return <TextInput key={definition.key} maxLength={1000} {...props} />;
        }
      })}
    </SimpleGrid>
  );
}
