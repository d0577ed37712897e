import { Anchor, Button, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { errorMessage, formErrors } from '../../auth/utils/error-message';
import { useGuestRequest } from '../../support/api/useGuestRequest';
import type { SupportPrefill } from '../../support/utils/support-prefill';
import {
  type GuestSupportValues,
  guestRequestBody,
  isValidEmail,
  minimumMessageLength,
  minimumTitleLength,
} from '../utils/support-request';

export type GuestSupportFormProps = {
  labelledBy: string;
  prefill: SupportPrefill;
  onSent: (result: { email: string; verificationLink: string | null }) => void;
};

const problemFields = {
  'body.name': 'name',
  'body.email': 'email',
  'body.title': 'title',
  'body.orderReference': 'orderReference',
  'body.description': 'description',
} as const;

/** A support request from a visitor without an account; it becomes a ticket once they confirm the email. */
export function GuestSupportForm({ labelledBy, prefill, onSent }: GuestSupportFormProps) {
  const { t } = useI18n();
  const request = useGuestRequest();
  const form = useForm<GuestSupportValues>({
    initialValues: {
      name: '',
      email: '',
      title: prefill.title,
      orderReference: prefill.orderId ? `#${prefill.orderId}` : '',
      description: prefill.description,
    },
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('contact.nameRequired')),
      email: (value) => (isValidEmail(value) ? null : t('contact.emailInvalid')),
      title: (value) => (value.trim().length >= minimumTitleLength ? null : t('contact.subjectRequired')),
      description: (value) =>
        value.trim().length >= minimumMessageLength ? null : t('contact.messageTooShort'),
    },
  });

  const submit = form.onSubmit(
    (values) => {
      const body = guestRequestBody(values);
      request.mutate(body, {
        onSuccess: (answer) =>
          onSent({ email: body.email, verificationLink: answer.verificationLink ?? null }),
        onError: (error) =>
          showServerErrors(
            form,
            formErrors(error, { fields: problemFields, t, fallbacks: { email: 'contact.emailInvalid' } }),
          ),
      });
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('support.guest.lead')}{' '}
          <Anchor component={Link} to="/sign-in" state={{ from: '/contact' }} size="sm">
            {t('support.guest.signIn')}
          </Anchor>
        </Text>
        {request.error && (
          <FormAlert title={t('support.form.failed')}>{errorMessage(request.error, t)}</FormAlert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('contact.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label={t('contact.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <TextInput label={t('contact.subject')} required {...form.getInputProps('title')} />
        <TextInput
          label={t('support.form.orderReference')}
          description={t('support.form.orderReferenceHint')}
          {...form.getInputProps('orderReference')}
        />
        <Textarea
          label={t('contact.message')}
          required
          autosize
          minRows={5}
          {...form.getInputProps('description')}
        />
        <Button
          type="submit"
          loading={request.isPending}
          leftSection={<IconSend size={18} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('contact.submit')}
        </Button>
      </Stack>
    </form>
  );
}
