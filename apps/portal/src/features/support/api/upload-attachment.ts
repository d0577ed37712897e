import { unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { TicketAttachment } from './support-types';

/** Uploads one file to a ticket (optionally to one of its comments): the body is the file itself. */
export function uploadAttachment(
  ticketId: number,
  file: File,
  commentId?: number,
): Promise<TicketAttachment> {
  return unwrap(
    api.POST('/api/tickets/{id}/attachments', {
      params: {
        path: { id: ticketId },
        query: commentId ? { commentId } : {},
        // Percent-encoded, so names in any script survive the trip through an HTTP header.
        header: { 'x-file-name': encodeURIComponent(file.name) },
      },
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      // The route reads the raw body; the generated types know no body for it, hence the cast.
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
    }),
  );
}

/** Uploads the files one after another; the names of those the server refused, with why, come back. */
export async function uploadAttachments(
  ticketId: number,
  files: readonly File[],
  commentId?: number,
): Promise<FailedUpload[]> {
  const failed: FailedUpload[] = [];
  for (const file of files) {
    try {
      await uploadAttachment(ticketId, file, commentId);
    } catch (error) {
      failed.push({ fileName: file.name, error });
    }
  }
  return failed;
}

export type FailedUpload = { fileName: string; error: unknown };
