import { Alert, Button, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { contact } from '../../../config';
import { useI18n } from '../../../i18n/useI18n';
import { isValidEmail, minimumMessageLength, type SupportRequest } from '../utils/support-request';

/**
 * The support request form. Submitting a valid request only explains that online requests are not
 * accepted yet and where to write instead; sending it to the tickets API comes later.
 */
export function SupportForm() {
  const { t } = useI18n();
  const [submitted, setSubmitted] = useState(false);
  const form = useForm<SupportRequest>({
    initialValues: { name: '', email: '', subject: '', message: '' },
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('contact.nameRequired')),
      email: (value) => (isValidEmail(value) ? null : t('contact.emailInvalid')),
      subject: (value) => (value.trim() ? null : t('contact.subjectRequired')),
      message: (value) => (value.trim().length >= minimumMessageLength ? null : t('contact.messageTooShort')),
    },
  });

  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }} shadow="xs">
      <form
        noValidate
        onSubmit={form.onSubmit(() => setSubmitted(true))}
        aria-labelledby="support-form-title"
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="support-form-title">
            {t('contact.formTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('contact.name')}
              autoComplete="name"
              required
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('contact.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
          </SimpleGrid>
          <TextInput label={t('contact.subject')} required {...form.getInputProps('subject')} />
          <Textarea
            label={t('contact.message')}
            required
            autosize
            minRows={5}
            {...form.getInputProps('message')}
          />
          {submitted && (
            <Alert
              color="blue"
              variant="light"
              icon={<IconInfoCircle aria-hidden />}
              title={t('contact.comingSoonTitle')}
              role="status"
            >
              {t('contact.comingSoonText', { email: contact.supportEmail })}
            </Alert>
          )}
          <Button
            type="submit"
            leftSection={<IconSend size={18} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('contact.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
