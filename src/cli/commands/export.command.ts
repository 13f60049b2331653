/**
 * `vedich export --unit CODE [--subtree] [--as-of PERIOD] --format xlsx|csv|json --out PATH
 * [--table chi-tieu|so-lieu|ke-hoach|danh-gia] [--locale vi|en]`: writes a unit's (or a subtree's)
 * resolution data and its evaluation as of a period.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { CSV_TABLES, type CsvTable } from '../../excel/export-csv';
import { exportUnit, type ExportFormat } from '../../excel/export.service';
import { AppError } from '../../services/app-error';

interface ExportOptions {
  unit: string;
  subtree?: boolean;
  asOf?: string;
  format: string;
  out: string;
  table?: string;
  locale?: string;
  resolution?: string;
  data?: string;
}

/** Registers the command on the program. */
export function register(program: Command): void {
  program
    .command('export')
    .description(
      'Xuất chỉ tiêu, số liệu, kế hoạch và bảng đánh giá của một đơn vị (hoặc cả cấp dưới) ra Excel, CSV hoặc JSON',
    )
    .requiredOption('--unit <code>', 'mã đơn vị (ví dụ 38)')
    .option('--subtree', 'gồm cả các đơn vị cấp dưới')
    .option(
      '--as-of <period>',
      'kỳ đánh giá: 2023, 2023-Q2, "quý II/2023"… (mặc định: kỳ mới nhất có số liệu)',
    )
    .option('--format <format>', 'xlsx, csv hoặc json', 'xlsx')
    .requiredOption('--out <path>', 'tệp kết quả')
    .option('--table <table>', `CSV: bảng cần xuất (${CSV_TABLES.join(', ')})`, 'danh-gia')
    .option('--locale <locale>', "CSV: 'vi' (dấu ';', dấu phẩy thập phân, mặc định) hoặc 'en'", 'vi')
    .option('--resolution <id>', 'một nghị quyết cụ thể của đơn vị (mặc định: mới nhất)')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (khi không có DATABASE_URL)', './data')
    .action(async (options: ExportOptions) => {
      process.exitCode = await runExport(options);
    });
}

/** Runs the command; returns the exit code. */
export async function runExport(options: ExportOptions): Promise<number> {
  if (!['xlsx', 'csv', 'json'].includes(options.format)) {
    console.error(`--format phải là xlsx, csv hoặc json, nhận được "${options.format}".`);
    return 1;
  }
  if (options.table !== undefined && !CSV_TABLES.includes(options.table as CsvTable)) {
    console.error(`--table phải là một trong ${CSV_TABLES.join(', ')}.`);
    return 1;
  }
  if (options.locale !== undefined && options.locale !== 'vi' && options.locale !== 'en') {
    console.error(`--locale phải là "vi" hoặc "en".`);
    return 1;
  }
  const { db } = await openDatabaseFromEnv({ ...(options.data ? { data: options.data } : {}) });
  try {
    const file = await exportUnit(
      db,
      {
        unitCode: options.unit,
        subtree: options.subtree ?? false,
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(options.resolution ? { resolutionId: options.resolution } : {}),
      },
      options.format as ExportFormat,
      { table: (options.table ?? 'danh-gia') as CsvTable, locale: (options.locale ?? 'vi') as 'vi' | 'en' },
    );
    await writeFile(options.out, file.bytes);
    console.log(`Đã ghi ${options.out} (${file.bytes.byteLength.toLocaleString('vi-VN')} byte).`);
    return 0;
  } catch (error) {
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
