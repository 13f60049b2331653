/**
 * PDF through LibreOffice: the .docx is converted by `soffice --headless --convert-to pdf` with a
 * temporary profile per call (`-env:UserInstallation`), so that concurrent conversions do not
 * fight over one profile's lock.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../services/app-error';

/** The LibreOffice executable; override with VEDICH_SOFFICE. */
export function sofficePath(): string {
  return process.env.VEDICH_SOFFICE ?? 'soffice';
}

/** Message shown when LibreOffice is missing. */
export const SOFFICE_MISSING_VI =
  'Không tìm thấy LibreOffice (lệnh "soffice") để tạo PDF. Hãy cài đặt: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2, hoặc đặt biến VEDICH_SOFFICE trỏ tới soffice.';

function run(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        return reject(
          new AppError('unavailable', SOFFICE_MISSING_VI, { details: { reason: 'soffice-missing' } }),
        );
      reject(
        new AppError(
          'internal',
          `LibreOffice không chuyển được sang PDF: ${String(stderr || error.message).trim()}`,
          { details: { reason: 'pdf-failed' } },
        ),
      );
    });
  });
}

/** Whether LibreOffice can be started. */
export async function isSofficeAvailable(): Promise<boolean> {
  try {
    await run(sofficePath(), ['--version'], 30_000);
    return true;
  } catch {
    return false;
  }
}

/** Converts an office document (docx, xlsx) to PDF bytes with LibreOffice. */
export async function convertToPdf(
  input: Buffer,
  extension: 'docx' | 'xlsx' = 'docx',
  timeoutMs = 120_000,
): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vedich-pdf-'));
  try {
    const source = path.join(dir, `report.${extension}`);
    await writeFile(source, input);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(
      sofficePath(),
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        source,
      ],
      timeoutMs,
    );
    try {
      return await readFile(path.join(dir, 'report.pdf'));
    } catch {
      throw new AppError('internal', 'LibreOffice không tạo ra tệp PDF.', {
        details: { reason: 'pdf-failed' },
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
