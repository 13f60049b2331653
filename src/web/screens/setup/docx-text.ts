/**
 * The paragraphs of a .docx read in the browser, with no library: the zip's central directory
 * gives word/document.xml, the browser's own DecompressionStream inflates it and DOMParser reads
 * its paragraphs (runs joined, tabs and breaks as spaces). A file that is not a Word document is
 * an error value, never an exception.
 */
export type DocxText = { ok: true; paragraphs: string[] } | { ok: false; reason: 'not-docx' | 'too-large' };

const MAX_DOCUMENT = 16 * 1024 * 1024;

async function inflate(data: Uint8Array, method: number): Promise<Uint8Array> {
  if (method === 0) return data;
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function findDocument(bytes: Uint8Array): { offset: number; size: number; method: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && p + 46 <= bytes.length; n += 1) {
    if (view.getUint32(p, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (name === 'word/document.xml') {
      const offset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { offset, size, method };
    }
    p += 46 + nameLength + extra + comment;
  }
  return undefined;
}

/** The paragraphs of a Word file. */
export async function docxParagraphs(file: Blob): Promise<DocxText> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const entry = findDocument(bytes);
  if (!entry) return { ok: false, reason: 'not-docx' };
  if (entry.size > MAX_DOCUMENT) return { ok: false, reason: 'too-large' };
  let xml: string;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const compressed = view.getUint32(entry.offset - 30 + 18, true);
    xml = new TextDecoder().decode(
      await inflate(bytes.subarray(entry.offset, entry.offset + compressed), entry.method),
    );
  } catch {
    return { ok: false, reason: 'not-docx' };
  }
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const paragraphs: string[] = [];
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    let text = '';
    for (const node of Array.from(p.getElementsByTagNameNS(W, '*'))) {
      if (node.localName === 't') text += node.textContent ?? '';
      else if (node.localName === 'tab' || node.localName === 'br') text += ' ';
    }
    if (text.trim()) paragraphs.push(text.trim());
  }
  return { ok: true, paragraphs };
}
