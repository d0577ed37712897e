import { Button, Group, List, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { downloadAttachment } from '../api/download-attachment';
import { formatFileSize } from '../utils/file-size';

export type AttachmentListProps = {
  ticketId: number;
  attachments: readonly { id: number; fileName: string; sizeBytes: number }[];
  label: string;
};

/** Files of a ticket or reply, each a download button that fetches the file with the customer's token. */
export function AttachmentList({ ticketId, attachments, label }: AttachmentListProps) {
  const { t } = useI18n();
  const [failed, setFailed] = useState<number | null>(null);
  if (attachments.length === 0) return null;
  return (
    <List listStyleType="none" spacing={4} aria-label={label} p={0}>
      {attachments.map((attachment) => (
        <List.Item key={attachment.id}>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconDownload size={14} aria-hidden />}
              aria-label={t('support.attachments.download', { name: attachment.fileName })}
              onClick={() => {
                setFailed(null);
                downloadAttachment(ticketId, attachment).catch(() => setFailed(attachment.id));
              }}
              styles={{ label: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
            >
              {attachment.fileName}
            </Button>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatFileSize(attachment.sizeBytes)}
            </Text>
            {failed === attachment.id && (
              <Text size="xs" c="red.8" role="alert">
                {t('support.attachments.downloadFailed')}
              </Text>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
