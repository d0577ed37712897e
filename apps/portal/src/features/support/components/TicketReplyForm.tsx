import { Alert, Anchor, Button, FileInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconLock, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/form-focus';
import { SectionCard } from '../../../ui/SectionCard';
import { errorMessage } from '../../auth/utils/error-message';
import type { TicketDetail } from '../api/support-types';
import { useReplyToTicket } from '../api/useReplyToTicket';
import { followUpLink } from '../utils/support-prefill';
import { canReply, isTicketClosedProblem } from '../utils/ticket-actions';

export type TicketReplyFormProps = { ticket: TicketDetail };

type ReplyValues = { body: string; files: File[] };

/**
 * The customer's reply. Answering a ticket that waits on them, or one resolved not long ago, sends it back
 * to the team. A ticket that takes no more replies (closed, or resolved too long ago: the server answers 409
 * `ticket_closed`) leads to a new ticket instead, with what they had written carried over.
 */
export function TicketReplyForm({ ticket }: TicketReplyFormProps) {
  const { t } = useI18n();
  const reply = useReplyToTicket(ticket.id);
  const [sent, setSent] = useState<{ failedUploads: string[] } | null>(null);
  // Kept while the ticket turns out closed (the refused reply refreshes it), so the draft can move along.
  const form = useForm<ReplyValues>({
    initialValues: { body: '', files: [] },
    validate: { body: (value) => (value.trim() ? null : t('support.reply.required')) },
    onValuesChange: () => setSent(null),
  });

  if (!canReply(ticket.status) || isTicketClosedProblem(reply.error)) {
    const draft = isTicketClosedProblem(reply.error) ? form.values.body : '';
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t(draft ? 'support.reply.closedTitle' : 'support.ticket.closedTitle')}
        role={draft ? 'alert' : undefined}
      >
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t(draft ? 'support.reply.closedText' : 'support.ticket.closedText')}</Text>
          <Anchor
            component={Link}
            to={followUpLink({
              title: t('support.reply.followUpTitle', { id: ticket.id, title: ticket.title }),
              orderId: ticket.orderId,
              draft,
            })}
            fw={600}
            size="sm"
          >
            {t('support.reply.openNew')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }

  const submit = form.onSubmit(
    (values) =>
      reply.mutate(
        { body: values.body.trim(), files: values.files },
        {
          onSuccess: ({ failedUploads }) => {
            form.reset();
            setSent({ failedUploads: failedUploads.map((failure) => failure.fileName) });
          },
        },
      ),
    (errors) => focusFirstError(form, errors),
  );

  return (
    <SectionCard title={t('support.reply.title')}>
      <form noValidate onSubmit={submit} aria-label={t('support.reply.title')}>
        <Stack gap="md">
          {reply.error && (
            <FormAlert title={t('support.reply.failed')}>{errorMessage(reply.error, t)}</FormAlert>
          )}
          <Textarea
            label={t('support.reply.label')}
            description={ticket.status === 'resolved' ? t('support.reply.reopenHint') : undefined}
            required
            autosize
            minRows={4}
            {...form.getInputProps('body')}
          />
          <FileInput
            label={t('support.form.attachments')}
            description={t('support.form.attachmentsHint')}
            placeholder={t('support.form.attachmentsNone')}
            multiple
            clearable
            leftSection={<IconPaperclip size={16} aria-hidden />}
            {...form.getInputProps('files')}
          />
          {sent && (
            <Alert color="green" variant="light" role="status" py="xs" icon={<IconCircleCheck aria-hidden />}>
              {t('support.reply.sent')}
              {sent.failedUploads.length > 0 &&
                ` ${t('support.attachments.someFailed', { names: sent.failedUploads.join(', ') })}`}
            </Alert>
          )}
          <Button
            type="submit"
            loading={reply.isPending}
            leftSection={<IconSend size={18} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('support.reply.submit')}
          </Button>
        </Stack>
      </form>
    </SectionCard>
  );
}
