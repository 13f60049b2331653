// @ts-check
/**
 * Worker thread: unpacks word/document.xml of a draft and returns its paragraphs (runs joined,
 * tabs and breaks as spaces, empty paragraphs dropped). Runs with a memory limit set by
 * parse-in-worker.ts, and stops inflating as soon as the output passes `maxBytes`.
 *
 * Plain JavaScript with Node's own modules only: a worker thread does not get the TypeScript
 * loader of the main thread on Node 20.
 *
 * In:  { data: Uint8Array (the entry's compressed bytes), method: 0 | 8, maxBytes: number }
 * Out: { ok: true, paragraphs: string[] } or { ok: false, reason: 'too_large' | 'invalid' }
 */
import { parentPort } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';

/** @param {string} s */
function decodeXml(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d) => {
      const code = Number(d);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/&amp;/g, '&');
}

/** @param {string} xml */
function paragraphsOf(xml) {
  /** @type {string[]} */
  const out = [];
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

/** @param {{ data: Uint8Array, method: number, maxBytes: number }} job */
function run(job) {
  let xml;
  if (job.method === 0) {
    if (job.data.length > job.maxBytes) return { ok: false, reason: 'too_large' };
    xml = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.length);
  } else if (job.method === 8) {
    try {
      // maxOutputLength counts the bytes actually inflated: a bomb lying about its size stops here.
      xml = inflateRawSync(job.data, { maxOutputLength: job.maxBytes });
    } catch (error) {
      const code = /** @type {{ code?: string }} */ (error).code;
      return { ok: false, reason: code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'invalid' };
    }
  } else {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, paragraphs: paragraphsOf(xml.toString('utf8')) };
}

parentPort?.once('message', (job) => parentPort?.postMessage(run(job)));
