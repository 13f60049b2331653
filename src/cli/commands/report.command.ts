/**
 * `vedich report (--unit CODE | --from FILE) --type TYPE --as-of PERIOD --format docx|xlsx|pdf
 * [--out PATH] [--date YYYY-MM-DD] [--number N] [--data DIR]`: writes a review report.
 * With --from the dossier comes from an interchange file (no database); with --unit the unit's
 * newest resolution is loaded from the database (DATABASE_URL, else the embedded one in --data).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ResolutionDossier } from '../../core';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { generateReport } from '../../reports/generate-report';
import { parseInterchangeText } from '../../schema';
import { AppError } from '../../services/app-error';
import { loadDossier } from '../../services/dossier.service';
import { listResolutions } from '../../services/resolution.service';

interface ReportCliOptions {
  unit?: string;
  from?: string;
  type: string;
  asOf: string;
  format: string;
  out?: string;
  date?: string;
  number?: string;
  data: string;
}

/** Registers `report`. */
export function register(program: Command): void {
  program
    .command('report')
    .description('Tạo báo cáo sơ kết, tổng kết hoặc báo cáo định kỳ (Word, Excel, PDF)')
    .option('--unit <code>', 'mã đơn vị (đọc nghị quyết mới nhất của đơn vị trong cơ sở dữ liệu)')
    .option('--from <file>', 'tệp vedich/1 (không cần máy chủ, cơ sở dữ liệu)')
    .requiredOption('--type <type>', 'midterm | final | quarter | half | nine-months | year')
    .requiredOption('--as-of <period>', 'kỳ số liệu: 2023, 2022-Q1, 2023-H1, 2023-9M')
    .option('--format <format>', 'docx | xlsx | pdf', 'docx')
    .option('--out <path>', 'tệp kết quả (mặc định: tên báo cáo trong thư mục hiện tại)')
    .option('--date <date>', 'ngày ban hành YYYY-MM-DD (mặc định: để trống cho điền tay)')
    .option('--number <n>', 'số văn bản (mặc định: để trống cho điền tay)')
    .option('--data <dir>', 'thư mục cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (options: ReportCliOptions) => {
      process.exitCode = await runReport(options);
    });
}

async function dossierFromFile(file: string, unit: string | undefined): Promise<ResolutionDossier> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AppError('not_found', `Không đọc được tệp "${file}".`);
  }
  const parsed = parseInterchangeText(text);
  if (!parsed.ok) {
    throw new AppError('validation_failed', `Tệp "${file}" không hợp lệ (${parsed.issues.length} lỗi).`, {
      issues: parsed.issues,
    });
  }
  const pool = unit ? parsed.dossiers.filter((d) => d.unit.code === unit) : parsed.dossiers;
  if (pool.length === 0) throw new AppError('not_found', `Tệp không có nghị quyết của đơn vị ${unit}.`);
  if (pool.length > 1)
    throw new AppError('validation_failed', 'Tệp có nhiều nghị quyết: chọn đơn vị bằng --unit.');
  return pool[0] as ResolutionDossier;
}

async function dossierFromDatabase(unit: string, dataDir: string): Promise<ResolutionDossier> {
  const { db, location } = await openDatabaseFromEnv({ data: dataDir });
  try {
    const resolutions = await listResolutions(db, unit);
    const newest = resolutions[0];
    if (!newest)
      throw new AppError(
        'not_found',
        `Đơn vị ${unit} chưa có nghị quyết nào trong cơ sở dữ liệu (${location.description}).`,
      );
    return await loadDossier(db, newest.id, { revisions: 'current' });
  } finally {
    await db.close();
  }
}

/** Runs the command; returns the exit code. */
export async function runReport(options: ReportCliOptions): Promise<number> {
  try {
    if (!options.unit && !options.from)
      throw new AppError('validation_failed', 'Cần --unit MÃ hoặc --from TỆP.');
    const dossier = options.from
      ? await dossierFromFile(options.from, options.unit)
      : await dossierFromDatabase(options.unit as string, options.data);
    const report = await generateReport(dossier, {
      type: options.type,
      asOf: options.asOf,
      format: options.format,
      date: options.date,
      number: options.number,
    });
    const out = options.out ?? report.fileName;
    await writeFile(out, report.bytes);
    console.log(`Đã ghi ${out} (${Math.round(report.bytes.length / 1024)} KB).`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      for (const issue of error.issues) console.error(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
    throw error;
  }
}
