import { Fieldset, NativeSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { type CustomFieldDefinition, clientTiers } from '../api/client-types';
import type { ClientFormValues } from '../utils/client-form';
import { clientStatusStyles } from '../utils/client-status';
import { clientTierStyles } from '../utils/client-styles';
import { CustomFieldInputs } from './CustomFieldInputs';
import { OwnerSelect } from './OwnerSelect';

export type ClientProfileFieldsProps = {
  form: UseFormReturnType<ClientFormValues>;
  definitions: readonly CustomFieldDefinition[];
  /** The account status is only changed on an existing client. */
  withStatus: boolean;
  /** Sales users may name only themselves as owner. */
  ownerLocked: boolean;
  disabled?: boolean;
};

const statuses = ['lead', 'active', 'inactive', 'churned'] as const;

/** Every profile field of a client, grouped; shared by the new-client form and the edit form. */
export function ClientProfileFields({
  form,
  definitions,
  withStatus,
  ownerLocked,
  disabled,
}: ClientProfileFieldsProps) {
  const { t } = useI18n();
  const text = (field: keyof ClientFormValues) => ({ disabled, ...form.getInputProps(field) });
  return (
    <Stack gap="md">
      <Fieldset legend={t('clients.form.company')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('clients.companyName')}
            required
            maxLength={255}
            {...text('companyName')}
            data-autofocus
          />
          <TextInput label={t('clients.industry')} maxLength={100} {...text('industry')} />
          <NativeSelect
            label={t('clients.tier')}
            data={clientTiers.map((tier) => ({ value: tier, label: t(clientTierStyles[tier].label) }))}
            {...text('tier')}
          />
          {withStatus && (
            <NativeSelect
              label={t('clients.accountStatus')}
              data={statuses.map((status) => ({ value: status, label: t(clientStatusStyles[status].label) }))}
              {...text('status')}
            />
          )}
          <OwnerSelect
            label={t('clients.owner')}
            description={ownerLocked ? t('clients.form.ownerLocked') : undefined}
            disabled={disabled || ownerLocked}
            value={form.values.ownerUserId}
            onChange={(value) => form.setFieldValue('ownerUserId', value)}
            error={form.errors.ownerUserId as string | undefined}
          />
          <TextInput
            label={t('clients.website')}
            type="url"
            placeholder="https://"
            maxLength={255}
            {...text('website')}
          />
          <TextInput
            label={t('clients.annualRevenue')}
            inputMode="decimal"
            placeholder="125000.00"
            {...text('annualRevenue')}
          />
          <TextInput label={t('clients.renewalDate')} type="date" {...text('renewalDate')} />
        </SimpleGrid>
        <TagsInput
          mt="md"
          label={t('clients.tags')}
          description={t('clients.form.tagsHint')}
          maxTags={30}
          clearable
          disabled={disabled}
          {...form.getInputProps('tags')}
        />
      </Fieldset>
      <Fieldset legend={t('clients.form.contact')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label={t('clients.contactPerson')} maxLength={255} {...text('contactPerson')} />
          <TextInput label={t('field.email')} type="email" maxLength={255} {...text('email')} />
          <TextInput label={t('clients.phone')} type="tel" maxLength={50} {...text('phone')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('clients.form.address')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('clients.address.line1')} maxLength={255} {...text('addressLine1')} />
          <TextInput label={t('clients.address.line2')} maxLength={255} {...text('addressLine2')} />
          <TextInput label={t('clients.address.city')} maxLength={100} {...text('city')} />
          <TextInput label={t('clients.address.region')} maxLength={100} {...text('region')} />
          <TextInput label={t('clients.address.postalCode')} maxLength={20} {...text('postalCode')} />
          <TextInput
            label={t('clients.address.country')}
            description={t('clients.address.countryHint')}
            maxLength={2}
            {...text('country')}
          />
        </SimpleGrid>
      </Fieldset>
      {definitions.length > 0 && (
        <Fieldset legend={t('customFields.title')} disabled={disabled}>
          <CustomFieldInputs definitions={definitions} form={form} disabled={disabled} />
        </Fieldset>
      )}
      <Textarea label={t('clients.notes')} autosize minRows={3} maxLength={10_000} {...text('notes')} />
    </Stack>
  );
}
