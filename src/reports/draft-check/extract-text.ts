/**
 * Text of a Word draft: the paragraphs of word/document.xml, in order. The zip's directory is
 * checked against {@link DOCX_LIMITS} before anything is unpacked; the document is then unpacked
 * (counting the bytes actually inflated) and parsed in a worker thread with a memory limit.
 */
import { entryBytes, notWordError, readZipDirectory, tooLargeError, type DocxLimits } from './docx-zip';
import { paragraphsInWorker } from './parse-in-worker';

const MB = 1024 * 1024;

/** Limits of a Word draft: a real report is a few hundred kB unpacked. */
export const DOCX_LIMITS: DocxLimits = {
  entries: 1000,
  totalBytes: 64 * MB,
  documentBytes: 16 * MB,
};

/** The paragraphs of a .docx (runs joined, tabs and breaks as spaces, empty paragraphs dropped).
 * Throws `validation_failed` when it is not a Word file, `payload_too_large` beyond the limits. */
export async function extractDocxParagraphs(bytes: Buffer | Uint8Array): Promise<string[]> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const entries = readZipDirectory(buffer, DOCX_LIMITS);
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document || document.encrypted) throw notWordError();
  if (document.declaredSize > DOCX_LIMITS.documentBytes)
    throw tooLargeError(`hơn ${DOCX_LIMITS.documentBytes / MB} MB nội dung`);
  return paragraphsInWorker(entryBytes(buffer, document), document.method, DOCX_LIMITS.documentBytes);
}
