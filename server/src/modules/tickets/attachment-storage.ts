import { createHash, randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type StoredFile = { storageKey: string; sizeBytes: number; sha256: string };

/** The upload went past the size limit; nothing of it is kept. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

// Two hex characters of fan-out, then 128 random bits: no name an uploader chose ever reaches the file system.
const storageKeyPattern = /^([0-9a-f]{2})\/([0-9a-f]{32})$/;

export type AttachmentStorage = {
  /** Streams the bytes to a new file, hashing and counting them; over `maxBytes` it stops and keeps nothing. */
  save(source: Readable, options: { maxBytes: number }): Promise<StoredFile>;
  /** The stored bytes, or undefined when the file is gone. */
  open(storageKey: string): Promise<{ stream: Readable; sizeBytes: number } | undefined>;
  remove(storageKey: string): Promise<void>;
};

/** Attachment files under one directory, each named by a random key. */
export function createAttachmentStorage(directory: string): AttachmentStorage {
  function pathOf(storageKey: string) {
    // Keys come from the database; anything else would be a path an attacker might steer.
    if (!storageKeyPattern.test(storageKey)) throw new Error(`not an attachment storage key: ${storageKey}`);
    return join(directory, storageKey);
  }

  return {
    async save(source, { maxBytes }) {
      const random = randomBytes(16).toString('hex');
      const storageKey = `${random.slice(0, 2)}/${random}`;
      const finalPath = pathOf(storageKey);
      const partialPath = `${finalPath}.part`;
      await mkdir(join(directory, random.slice(0, 2)), { recursive: true, mode: 0o700 });
      const hash = createHash('sha256');
      let sizeBytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          sizeBytes += chunk.length;
          if (sizeBytes > maxBytes) return callback(new FileTooLargeError(maxBytes));
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      const file = await open(partialPath, 'wx', 0o600);
      const written = pipeline(meter, file.createWriteStream());
      // Piped by hand rather than in the pipeline: on failure the source (a request) is drained, not
      // destroyed, so its connection survives to carry the answer.
      source.on('error', (error) => meter.destroy(error));
      source.once('close', () => {
        if (!source.readableEnded) meter.destroy(new Error('the upload was cut off'));
      });
      source.pipe(meter);
      try {
        await written;
        // Only a complete file gets its final name, so a crash never leaves a half file behind a key.
        await rename(partialPath, finalPath);
      } catch (error) {
        source.unpipe(meter);
        source.resume();
        await rm(partialPath, { force: true });
        throw error;
      } finally {
        await file.close().catch(() => undefined);
      }
      return { storageKey, sizeBytes, sha256: hash.digest('hex') };
    },

    async open(storageKey) {
      let file: FileHandle;
      try {
        file = await open(pathOf(storageKey), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        const { size } = await file.stat();
        // The stream closes the file when it ends or the caller goes away.
        return { stream: file.createReadStream(), sizeBytes: size };
      } catch (error) {
        await file.close();
        throw error;
      }
    },

    async remove(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },
  };
}
