/**
 * `vedich import FILE --unit CODE [--resolution ID] [--locale vi|en] [--data ./data]`: imports an
 * Excel workbook (.xlsx, the server's template), a CSV table or an interchange file (.json) into
 * a unit's resolution, all or nothing. Every error is printed in Vietnamese with its sheet, row
 * and column; then the exit code is 1 and nothing is written.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { importFile, type ImportResult } from '../../excel/import.service';
import { LIMITS } from '../../excel/layout';
import { AppError, SYSTEM_ACTOR } from '../../services/app-error';

interface ImportOptions {
  unit: string;
  resolution?: string;
  locale?: string;
  data?: string;
}

/** Registers the command on the program. */
export function register(program: Command): void {
  program
    .command('import')
    .description(
      'Nhập chỉ tiêu, số liệu, kế hoạch từ tệp Excel (.xlsx), CSV hoặc JSON trao đổi; có lỗi thì không ghi gì',
    )
    .argument('<file>', 'tệp .xlsx (theo mẫu), .csv hoặc .json (vedich/1)')
    .requiredOption('--unit <code>', 'mã đơn vị nhận dữ liệu (ví dụ 381)')
    .option(
      '--resolution <id>',
      'mã nghị quyết nhận dữ liệu (mặc định: nghị quyết tệp ghi tên, hoặc nghị quyết mới nhất)',
    )
    .option(
      '--locale <locale>',
      "CSV: 'vi' (dấu ';', dấu phẩy thập phân) hoặc 'en' (dấu ',', dấu chấm); mặc định đoán",
    )
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (khi không có DATABASE_URL)', './data')
    .action(async (file: string, options: ImportOptions) => {
      process.exitCode = await runImport(file, options);
    });
}

/** Runs the command; returns the exit code. */
export async function runImport(file: string, options: ImportOptions): Promise<number> {
  if (options.locale !== undefined && options.locale !== 'vi' && options.locale !== 'en') {
    console.error(`--locale phải là "vi" hoặc "en", nhận được "${options.locale}".`);
    return 1;
  }
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > LIMITS.fileBytes) {
      console.error(`Tệp "${file}" lớn hơn giới hạn ${LIMITS.fileBytes / 1048576} MB.`);
      return 1;
    }
    bytes = await readFile(file);
  } catch {
    console.error(`Không đọc được tệp "${file}".`);
    return 1;
  }
  const { db, location } = await openDatabaseFromEnv({ ...(options.data ? { data: options.data } : {}) });
  try {
    let shown = -1;
    const result = await importFile(
      db,
      SYSTEM_ACTOR,
      {
        unitCode: options.unit,
        bytes,
        filename: file,
        ...(options.resolution ? { resolutionId: options.resolution } : {}),
        ...(options.locale ? { csv: { locale: options.locale as 'vi' | 'en' } } : {}),
      },
      (_stage, percent) => {
        // Progress goes to stderr in steps of 20%, so large imports show they are moving.
        const step = Math.floor(percent / 20) * 20;
        if (step > shown && process.stderr.isTTY) {
          shown = step;
          process.stderr.write(`\rĐang nhập… ${step}%`);
        }
      },
    );
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(summary(result, location.description));
    return 0;
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof AppError) {
      console.error(error.message);
      for (const issue of error.issues) console.error(`  - ${issue.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/** One Vietnamese line saying what was written. */
export function summary(r: ImportResult, where: string): string {
  const parts = [
    r.createdResolution ? 'tạo nghị quyết mới' : undefined,
    `${r.targetsAdded} chỉ tiêu thêm mới`,
    `${r.targetsUpdated} chỉ tiêu cập nhật`,
    `${r.plansSet} kế hoạch`,
    `${r.figuresRecorded} số liệu`,
    `${r.unchanged} dòng không đổi (bỏ qua)`,
  ].filter(Boolean);
  return `Đã nhập vào ${where} (nghị quyết ${r.resolutionId}): ${parts.join(', ')}.`;
}
