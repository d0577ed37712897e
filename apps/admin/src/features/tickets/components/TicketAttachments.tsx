import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { TicketAttachment } from '../api/ticket-types';
import { useTicketAttachments } from '../api/useTicket';
import { useDownloadAttachment } from '../api/useTicketWrites';
import { fileSize } from '../utils/file-size';

type AttachmentLink = Pick<TicketAttachment, 'id' | 'fileName' | 'sizeBytes'> &
  Partial<Pick<TicketAttachment, 'visibility'>>;

export type AttachmentLinksProps = { ticketId: number; attachments: readonly AttachmentLink[] };

/** Download buttons for files; the download carries the session's token, which a plain link could not. */
export function AttachmentLinks({ ticketId, attachments }: AttachmentLinksProps) {
  const { t, language } = useI18n();
  const download = useDownloadAttachment(ticketId);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {attachments.map((attachment) => (
          <Button
            key={attachment.id}
            size="compact-xs"
            variant="default"
            leftSection={
              attachment.visibility === 'internal' ? (
                <IconLock size={12} aria-hidden />
              ) : (
                <IconDownload size={12} aria-hidden />
              )
            }
            aria-label={t('tickets.attachments.download', { name: attachment.fileName })}
            loading={download.isPending && download.variables?.id === attachment.id}
            onClick={() => download.mutate(attachment)}
          >
            {attachment.fileName} ({fileSize(attachment.sizeBytes, language)})
          </Button>
        ))}
      </Group>
      {download.isError && (
        <ProblemAlert error={download.error} title={t('tickets.attachments.downloadFailed')} />
      )}
    </Stack>
  );
}

export type TicketAttachmentsProps = { ticketId: number };

/** Every file on the ticket, replies' and notes' alike. */
export function TicketAttachments({ ticketId }: TicketAttachmentsProps) {
  const { t } = useI18n();
  const attachments = useTicketAttachments(ticketId);
  if (attachments.isPending) return null;
  if (attachments.isError || attachments.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.attachments.none')}
      </Text>
    );
  }
  return <AttachmentLinks ticketId={ticketId} attachments={attachments.data} />;
}
