/**
 * `vedich plans parse FILE --resolution FILE|ID [--year 2024] [--data DIR]`: reads a year's plan
 * list (.txt or .docx: "Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; …") with the core's
 * plan recogniser against the targets of a resolution (an interchange file, or a resolution id in
 * the database) and prints that resolution as a `vedich/1` document with the recognised plans put
 * in place (by target, year, kind and source), ready for `vedich import`. Each reading is listed
 * on stderr with the target it was matched to, its confidence and its source text; a statement
 * without a target, a value or a year is listed there and left out of the document.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  formatNumberVi,
  formatQuantityVi,
  recognisedAsPlan,
  recognisePlans,
  type Plan,
  type RecognisedPlan,
  type ResolutionDossier,
} from '../../core';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { extractDocxParagraphs } from '../../reports/draft-check/extract-text';
import { parseInterchange, parseInterchangeText, toInterchange } from '../../schema';
import { AppError } from '../../services/app-error';
import { loadDossier } from '../../services/dossier.service';

interface PlansParseOptions {
  resolution: string;
  year?: string;
  data: string;
}

/** Registers `vedich plans parse`. */
export function register(program: Command): void {
  const plans = program.command('plans').description('Kế hoạch năm, dự toán của các chỉ tiêu');
  plans
    .command('parse')
    .description(
      'Nhận dạng kế hoạch năm từ văn bản (.txt, .docx), gắn với chỉ tiêu của nghị quyết và in tệp vedich/1',
    )
    .argument('<file>', 'tệp .txt (UTF-8) hoặc .docx chứa danh sách chỉ tiêu kế hoạch năm')
    .requiredOption(
      '--resolution <file|id>',
      'tệp vedich/1 của nghị quyết, hoặc mã nghị quyết trong cơ sở dữ liệu',
    )
    .option('--year <year>', 'năm kế hoạch khi văn bản không ghi (ví dụ 2024)')
    .option('--data <dir>', 'thư mục cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (file: string, options: PlansParseOptions) => {
      process.exitCode = await runPlansParse(file, options);
    });
}

async function readList(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (file.toLowerCase().endsWith('.docx')) return (await extractDocxParagraphs(bytes)).join('\n');
  return bytes.toString('utf8');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The resolution: an interchange file with one resolution, or a resolution id in the database. */
async function loadResolution(ref: string, dataDir: string): Promise<ResolutionDossier> {
  if (await isFile(ref)) {
    const parsed = parseInterchangeText(await readFile(ref, 'utf8'));
    if (!parsed.ok)
      throw new AppError(
        'validation_failed',
        `Tệp "${ref}" không hợp lệ:\n${parsed.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
      );
    if (parsed.dossiers.length !== 1)
      throw new AppError(
        'validation_failed',
        `Tệp "${ref}" có ${parsed.dossiers.length} nghị quyết: cần đúng một.`,
      );
    return parsed.dossiers[0] as ResolutionDossier;
  }
  if (/[/\\]|\.json$/i.test(ref)) throw new AppError('not_found', `Không có tệp "${ref}".`);
  const { db } = await openDatabaseFromEnv({ data: dataDir });
  try {
    return await loadDossier(db, ref, { revisions: 'current' });
  } finally {
    await db.close();
  }
}

function describe(plan: RecognisedPlan, dossier: ResolutionDossier): string {
  const target = dossier.targets.find((t) => t.id === plan.targetId);
  const confidence = formatNumberVi(plan.confidence, 2);
  const what = target ? `chỉ tiêu ${target.code} ${target.name}` : 'chưa gắn được chỉ tiêu';
  const value =
    plan.value !== undefined
      ? formatQuantityVi(plan.value, plan.unit, 3, { trimZeros: true })
      : plan.change
        ? `ghi mức thay đổi ${formatQuantityVi(plan.change.by, plan.change.unit, 3, { trimZeros: true })}, cần nhập giá trị kế hoạch`
        : 'không có giá trị';
  const year = plan.year !== undefined ? `${plan.label} ${plan.year}` : 'chưa rõ năm';
  return `«${plan.source}» → ${what}: ${value} (${year}), độ tin cậy ${confidence}`;
}

/** Runs the command; returns the exit code. */
export async function runPlansParse(file: string, options: PlansParseOptions): Promise<number> {
  const year = options.year !== undefined ? Number(options.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) {
    console.error(`--year "${options.year}" phải là một năm, ví dụ 2024.`);
    return 1;
  }
  let text: string;
  try {
    text = await readList(file);
  } catch (error) {
    console.error(`Không đọc được tệp "${file}": ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let dossier: ResolutionDossier;
  try {
    dossier = await loadResolution(options.resolution, options.data);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const { plans } = recognisePlans(text, dossier.targets, year !== undefined ? { year } : {});
  if (plans.length === 0) {
    console.error(
      `Không tìm thấy chỉ tiêu kế hoạch nào trong "${file}" (mỗi chỉ tiêu một dòng hoặc cách nhau bằng dấu ;).`,
    );
    return 1;
  }
  const found: Plan[] = [];
  const left: string[] = [];
  plans.forEach((plan, i) => {
    const line = `${i + 1}. ${describe(plan, dossier)}`;
    console.error(line);
    const asPlan = recognisedAsPlan(plan);
    if (asPlan) found.push(asPlan);
    else left.push(line);
  });
  const keyOf = (p: Plan) => `${p.targetId}|${p.period}|${p.kind}|${p.source}`;
  const merged = new Map(dossier.plans.map((p) => [keyOf(p), p]));
  for (const p of found) merged.set(keyOf(p), p);
  const document = toInterchange([{ ...dossier, plans: [...merged.values()] }], {
    notes: [
      `${found.length}/${plans.length} chỉ tiêu kế hoạch nhận dạng từ "${file}" đã đưa vào "plans": kiểm tra chỉ tiêu, giá trị và năm trước khi nhập.`,
      ...(left.length > 0 ? [`Chưa đưa vào (cần nhập tay): ${left.join(' | ')}`] : []),
    ],
  });
  const checked = parseInterchange(JSON.parse(JSON.stringify(document)));
  if (!checked.ok) {
    console.error('Tệp kết quả không hợp lệ:');
    for (const issue of checked.issues) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  console.error(`Đã nhận dạng ${found.length}/${plans.length} chỉ tiêu kế hoạch.`);
  console.log(JSON.stringify(document, null, 2));
  return 0;
}
