/**
 * The directory of a .docx (a zip), read from its end before anything is unpacked: the number
 * of entries and their declared sizes are checked against the limits first, so a zip bomb is
 * refused without inflating a byte. Declared sizes can lie; the bytes actually inflated are
 * counted again when the entry is unpacked (docx-worker.mjs).
 */
import { AppError } from '../../services/app-error';

/** Limits of a Word draft. */
export interface DocxLimits {
  /** Entries in the zip. */
  entries: number;
  /** All entries together, unpacked, as declared by the zip's directory (bytes). */
  totalBytes: number;
  /** word/document.xml unpacked (bytes): declared, and counted while inflating. */
  documentBytes: number;
}

/** One entry of the zip's central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MB = 1024 * 1024;

/** The refusal of a file that is not a readable Word document. */
export function notWordError(): AppError {
  return new AppError('validation_failed', 'Tệp không phải văn bản Word (.docx) hợp lệ.', {
    issues: [{ path: 'file', message: 'Tệp không phải văn bản Word (.docx) hợp lệ.' }],
  });
}

/** The refusal of a file that unpacks beyond the limits. */
export function tooLargeError(reason: string): AppError {
  return new AppError('payload_too_large', `Tệp Word giải nén ra quá lớn: ${reason}.`, {
    issues: [{ path: 'file', message: `Tệp Word giải nén ra quá lớn: ${reason}.` }],
  });
}

function findEnd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  return -1;
}

/** The entries of the zip, after checking their number and declared sizes against `limits`. */
export function readZipDirectory(bytes: Buffer, limits: DocxLimits): ZipEntry[] {
  const end = bytes.length >= 22 ? findEnd(bytes) : -1;
  if (end < 0) throw notWordError();
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  // zip64 (more than 65.535 entries or 4 GB) has no place in a draft.
  if (count === 0xffff || offset === 0xffffffff) throw tooLargeError('định dạng zip64');
  if (count > limits.entries) throw tooLargeError(`${count} phần, tối đa ${limits.entries}`);
  if (offset + size > end) throw notWordError();
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw notWordError();
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(at + 20),
      declaredSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    total += entry.declaredSize;
    if (total > limits.totalBytes)
      throw tooLargeError(`hơn ${Math.round(limits.totalBytes / MB)} MB tất cả các phần`);
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry (a view, not a copy), found through its local header. */
export function entryBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) throw notWordError();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw notWordError();
  return bytes.subarray(start, start + entry.compressedSize);
}
