import { api } from '../../../api/client';

/**
 * Downloads an attachment as the signed-in customer. The API wants the bearer token, which a plain link
 * cannot carry, so the file is fetched and handed to the browser as a download.
 */
export async function downloadAttachment(ticketId: number, attachment: { id: number; fileName: string }) {
  const { data } = await api.GET('/api/tickets/{id}/attachments/{attachmentId}', {
    params: { path: { id: ticketId, attachmentId: attachment.id } },
    parseAs: 'blob',
  });
  if (!(data instanceof Blob)) return;
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
