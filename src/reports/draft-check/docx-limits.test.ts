/**
 * A Word draft is read within limits: the zip's directory is checked before anything is
 * unpacked (number of entries, declared sizes), the bytes actually inflated are counted (a bomb
 * lying about its sizes is stopped), and the document is parsed in a worker thread with a memory
 * limit, so the server's own thread never holds the unpacked text.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../services/app-error';
import { DOCX_LIMITS, extractDocxParagraphs } from './extract-text';
import { buildZip, documentXml } from './zip-fixture';

const MB = 1024 * 1024;

async function refusal(bytes: Buffer): Promise<AppError> {
  try {
    await extractDocxParagraphs(bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('reading a Word draft within limits', () => {
  it('reads the paragraphs of a small document', async () => {
    const zip = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      {
        name: 'word/document.xml',
        data: documentXml(['Giá trị sản xuất tăng 10,5%.', 'Thu ngân sách &amp; chi']),
      },
    ]);
    expect(await extractDocxParagraphs(zip)).toEqual(['Giá trị sản xuất tăng 10,5%.', 'Thu ngân sách & chi']);
  });

  it('refuses a bomb that declares its size, before unpacking anything', async () => {
    const big = Buffer.alloc(100 * MB, 0x61);
    const zip = buildZip([{ name: 'word/document.xml', data: big }]);
    expect(zip.length).toBeLessThan(MB);
    const started = performance.now();
    const error = await refusal(zip);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/giải nén/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses a bomb that lies about its size, counting the bytes while inflating', async () => {
    const xml = Buffer.concat([documentXml(['Mở đầu']), Buffer.alloc(100 * MB, 0x20)]);
    const zip = buildZip([{ name: 'word/document.xml', data: xml, declaredSize: 4000 }]);
    const error = await refusal(zip);
    expect(error.code).toBe('payload_too_large');
    expect(DOCX_LIMITS.documentBytes).toBeLessThan(100 * MB);
  });

  it('refuses a zip of too many entries, or whose entries together unpack too large', async () => {
    const many = buildZip(
      Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, i) => ({
        name: `x/${i}.xml`,
        data: Buffer.from('x'),
      })),
    );
    expect((await refusal(many)).code).toBe('payload_too_large');
    const parts = Array.from({ length: 8 }, (_, i) => ({
      name: `word/media/image${i}.bin`,
      data: Buffer.alloc(10, 0),
      declaredSize: Math.ceil(DOCX_LIMITS.totalBytes / 7),
    }));
    const total = buildZip([{ name: 'word/document.xml', data: documentXml(['a']) }, ...parts]);
    expect((await refusal(total)).code).toBe('payload_too_large');
  });

  it('refuses what is not a Word file with a Vietnamese message', async () => {
    for (const bytes of [
      Buffer.from('not a zip'),
      buildZip([{ name: 'other.xml', data: Buffer.from('<a/>') }]),
      Buffer.alloc(0),
    ]) {
      const error = await refusal(bytes);
      expect(error.code).toBe('validation_failed');
      expect(error.message).toMatch(/Word/);
    }
  });

  it('keeps the main thread free while a large document is parsed', async () => {
    const xml = documentXml(Array.from({ length: 150_000 }, (_, i) => `Đoạn thứ ${i} có số liệu ${i},5%.`));
    const zip = buildZip([{ name: 'word/document.xml', data: xml }]);
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const paragraphs = await extractDocxParagraphs(zip);
    clearInterval(timer);
    expect(paragraphs).toHaveLength(150_000);
    // The unpacking and the parsing run elsewhere: the event loop is never held for long.
    expect(longest).toBeLessThan(150);
  });
});
