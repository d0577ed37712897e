import type { Readable } from 'node:stream';
import type { AuthenticatedUser } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db/database';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError, notFound } from '../../platform/http/errors';
import { recordAudit } from '../identity';
import {
  findAttachment,
  findAttachmentPage,
  findTicketComment,
  insertAttachment,
  toAttachmentDto,
} from './attachment.repository';
import { type AttachmentStorage, FileTooLargeError } from './attachment-storage';
import type { AttachmentListQuery, AttachmentUploadQuery, TicketAttachmentDto } from './extras.dto';
import { requireVisibleTicket } from './ticket-access';
import { appendTicketHistory } from './ticket-history.repository';

const MAX_FILE_NAME_LENGTH = 255;

export type AttachmentUpload = {
  /** The X-File-Name header as received: percent-encoded or raw UTF-8. */
  fileName: string | undefined;
  contentType: string | undefined;
  /** Content-Length, when the client sent one. */
  declaredBytes: number | undefined;
  query: AttachmentUploadQuery;
  body: Readable;
};

const tooLarge = (maxBytes: number) =>
  new AppError('attachment_too_large', 413, `Attachments may be at most ${maxBytes} bytes`, { maxBytes });

const isCustomer = (user: AuthenticatedUser) => user.role === 'customer';

/**
 * The name to keep for an uploaded file: its last path segment, without control or direction-changing
 * characters, at most 255 characters (keeping the extension). Undefined when nothing usable is left. The
 * name is only ever stored and shown; files are stored under random keys.
 */
export function cleanFileName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // Node reads header bytes as Latin-1; a client that sent raw UTF-8 meant UTF-8.
  const asUtf8 = Buffer.from(raw, 'latin1').toString('utf8');
  let name = asUtf8.includes('\uFFFD') ? raw : asUtf8;
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: taken as sent.
  }
  name = (name.normalize('NFC').split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (name === '' || /^\.+$/.test(name)) return undefined;
  const characters = [...name];
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = /\.[^.]{1,20}$/.exec(name)?.[0] ?? '';
  const extensionLength = [...extension].length;
  return characters.slice(0, MAX_FILE_NAME_LENGTH - extensionLength).join('') + extension;
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266, RFC 8187). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Files on tickets: uploaded by staff and by the customer whose ticket it is, never shown across clients. */
export function createTicketAttachmentService(deps: {
  db: Database;
  storage: AttachmentStorage;
  limits: { maxBytes: number; allowedTypes: readonly string[] };
}) {
  const { db, storage, limits } = deps;
  const allowedTypes = new Set(limits.allowedTypes);

  function checkUpload(user: AuthenticatedUser, upload: AttachmentUpload) {
    if (isCustomer(user) && upload.query.visibility === 'internal') {
      throw new AppError('internal_note_forbidden', 403, 'Customers cannot add internal attachments');
    }
    const fileName = cleanFileName(upload.fileName);
    if (!fileName) {
      throw new AppError('invalid_file_name', 400, 'Send the file’s name in the X-File-Name header', {
        errors: [{ parameter: 'headers.x-file-name', message: 'must be a file name' }],
      });
    }
    const contentType = upload.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!allowedTypes.has(contentType)) {
      throw new AppError(
        'unsupported_attachment_type',
        415,
        `Files of type ${contentType || '(none)'} cannot be attached; send the file with one of the accepted Content-Types`,
        { allowedTypes: [...allowedTypes] },
      );
    }
    if (upload.declaredBytes !== undefined && upload.declaredBytes > limits.maxBytes) {
      throw tooLarge(limits.maxBytes);
    }
    return { fileName, contentType };
  }

  /** The ticket, and the comment the file goes on, if they may attach to it. */
  async function requireAttachTarget(user: AuthenticatedUser, ticketId: number, commentId?: number) {
    const ticket = await requireVisibleTicket(db, user, ticketId);
    if (isCustomer(user) && ticket.status === 'closed') {
      throw new AppError(
        'ticket_closed',
        409,
        `Ticket ${ticketId} is closed; open a new ticket to send more files`,
      );
    }
    if (commentId === undefined) return { ticket, comment: undefined };
    const comment = await findTicketComment(db, ticketId, commentId);
    // A customer does not learn that an internal note exists.
    if (!comment || (isCustomer(user) && comment.visibility === 'internal')) {
      throw notFound('comment', commentId);
    }
    return { ticket, comment };
  }

  return {
    async upload(
      actor: AuditActor,
      ticketId: number,
      upload: AttachmentUpload,
    ): Promise<TicketAttachmentDto> {
      if (!actor.user) throw new AppError('authentication_required', 401, 'Sign in to use this endpoint');
      const user = actor.user;
      const { fileName, contentType } = checkUpload(user, upload);
      const { comment } = await requireAttachTarget(user, ticketId, upload.query.commentId);
      // A file on an internal note is internal whatever was asked.
      const visibility =
        comment?.visibility === 'internal' ? 'internal' : (upload.query.visibility ?? 'public');

      let stored: Awaited<ReturnType<AttachmentStorage['save']>>;
      try {
        stored = await storage.save(upload.body, { maxBytes: limits.maxBytes });
      } catch (error) {
        if (error instanceof FileTooLargeError) throw tooLarge(limits.maxBytes);
        throw error;
      }
      if (stored.sizeBytes === 0) {
        await storage.remove(stored.storageKey);
        throw new AppError('empty_file', 400, 'The file is empty');
      }

      try {
        const row = await db.transaction(async (tx) => {
          // Checked again in the transaction: the ticket may have changed while the bytes arrived.
          await requireVisibleTicket(tx, user, ticketId);
          const inserted = await insertAttachment(tx, {
            ticketId,
            commentId: comment?.id ?? null,
            fileName,
            contentType,
            sizeBytes: stored.sizeBytes,
            sha256: stored.sha256,
            storageKey: stored.storageKey,
            visibility,
            uploadedByUserId: user.id,
          });
          await appendTicketHistory(tx, [
            {
              ticketId,
              kind: 'attachment_added',
              actor,
              data: {
                attachmentId: inserted.id,
                fileName,
                sizeBytes: inserted.sizeBytes,
                visibility,
                commentId: inserted.commentId,
              },
            },
          ]);
          await recordAudit(tx, actor, {
            action: 'create',
            resource: 'ticket_attachment',
            resourceId: inserted.id,
            after: { ...toAttachmentDto(inserted), ticketId, sha256: inserted.sha256 },
          });
          return inserted;
        });
        return toAttachmentDto(row);
      } catch (error) {
        // No row points at the file, so it must not stay.
        await storage.remove(stored.storageKey);
        throw error;
      }
    },

    async list(user: AuthenticatedUser, ticketId: number, query: AttachmentListQuery) {
      await requireVisibleTicket(db, user, ticketId);
      return findAttachmentPage(db, ticketId, { includeInternal: !isCustomer(user) }, query);
    },

    /** The attachment and its bytes; an internal one is missing for a customer. */
    async download(user: AuthenticatedUser, ticketId: number, attachmentId: number) {
      await requireVisibleTicket(db, user, ticketId);
      const attachment = await findAttachment(db, ticketId, attachmentId, {
        includeInternal: !isCustomer(user),
      });
      if (!attachment) throw notFound('attachment', attachmentId);
      const file = await storage.open(attachment.storageKey);
      if (!file) {
        throw new AppError(
          'attachment_file_missing',
          410,
          `The file of attachment ${attachmentId} is no longer stored`,
        );
      }
      return { attachment, ...file };
    },
  };
}
