/** Text of a Word draft: the paragraphs of word/document.xml, in order. */
import JSZip from 'jszip';
import { AppError } from '../../services/app-error';

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** The paragraphs of a .docx (runs joined, tabs and breaks as spaces, empty paragraphs dropped). */
export async function extractDocxParagraphs(bytes: Buffer | Uint8Array): Promise<string[]> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (xml === undefined)
    throw new AppError('validation_failed', 'Tệp không phải văn bản Word (.docx) hợp lệ.');
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
      .map((t) =>
        t.startsWith('<w:t') && !t.startsWith('<w:tab') ? decodeXml(t.replace(/<[^>]+>/g, '')) : ' ',
      )
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push(text.normalize('NFC'));
  }
  return out;
}
