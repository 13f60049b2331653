/**
 * `vedich targets parse FILE [--term 2020-2025] [--unit CODE --unit-name NAME --level LEVEL]`:
 * reads a resolution's list of main targets (.txt or .docx) with the core's recogniser and prints
 * the draft targets as a `vedich/1` document, each with its confidence and the text it came
 * from (in `note`), ready to be corrected and imported. The document is checked by the same
 * schema as every import before it is printed.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  draftAsTarget,
  formatNumberVi,
  labelsFor,
  recogniseTargets,
  termContaining,
  termOfList,
  type RecognisedTarget,
} from '../../core';
import { todayInVietnam } from '../../jobs/today';
import { extractDocxParagraphs } from '../../reports/draft-check/extract-text';
import { INTERCHANGE_FORMAT, parseInterchange } from '../../schema';

interface ParseOptions {
  term?: string;
  unit: string;
  unitName: string;
  level: 'province' | 'district' | 'commune';
}

/** Registers `vedich targets parse`. */
export function register(program: Command): void {
  const targets = program.command('targets').description('Chỉ tiêu của nghị quyết');
  targets
    .command('parse')
    .description('Nhận dạng các chỉ tiêu chủ yếu từ văn bản nghị quyết (.txt, .docx) và in tệp vedich/1')
    .argument('<file>', 'tệp .txt (UTF-8) hoặc .docx chứa danh sách chỉ tiêu')
    .option(
      '--term <term>',
      'nhiệm kỳ, ví dụ 2025-2030 (mặc định: theo năm các chỉ tiêu hướng tới, nếu không thì nhiệm kỳ hiện tại)',
    )
    .option('--unit <code>', 'mã thống kê của đơn vị (2, 3 hoặc 5 chữ số)', '00000')
    .option('--unit-name <name>', 'tên đơn vị như viết trong câu', 'đơn vị (điền tên)')
    .option('--level <level>', 'province, district hoặc commune', 'commune')
    .action(async (file: string, options: ParseOptions) => {
      process.exitCode = await runTargetsParse(file, options);
    });
}

/** The text of a .txt or .docx file (a .docx's paragraphs, one a line). */
async function readList(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (file.toLowerCase().endsWith('.docx')) return (await extractDocxParagraphs(bytes)).join('\n');
  return bytes.toString('utf8');
}

function noteOf(draft: RecognisedTarget): string {
  const confidence = formatNumberVi(draft.confidence, 2);
  const parts = labelsFor('vi').recognisedPart;
  const doubts =
    draft.doubts.length > 0 ? `; cần kiểm tra: ${draft.doubts.map((d) => parts[d]).join(', ')}` : '';
  return `Nhận dạng tự động, độ tin cậy ${confidence}${doubts}. Nguồn: «${draft.source}»`;
}

/** Runs the command; returns the exit code. */
export async function runTargetsParse(file: string, options: ParseOptions): Promise<number> {
  if (options.term !== undefined && !/^\d{4}-\d{4}$/.test(options.term)) {
    console.error(`--term "${options.term}" phải có dạng 2020-2025.`);
    return 1;
  }
  let text: string;
  try {
    text = await readList(file);
  } catch (error) {
    console.error(`Không đọc được tệp "${file}": ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const term = options.term ?? termOfList(text) ?? termContaining(todayInVietnam(new Date()));
  const { drafts } = recogniseTargets(text, { term });
  if (drafts.length === 0) {
    console.error(
      `Không tìm thấy chỉ tiêu nào trong "${file}" (mỗi chỉ tiêu một dòng hoặc cách nhau bằng dấu ;).`,
    );
    return 1;
  }
  const document = {
    format: INTERCHANGE_FORMAT,
    notes: [
      `Bản nháp ${drafts.length} chỉ tiêu nhận dạng từ "${file}": kiểm tra loại, chiều, mức, đơn vị tính và lĩnh vực của từng chỉ tiêu trước khi nhập.`,
    ],
    unit: { code: options.unit, name: options.unitName, level: options.level },
    issuer: { kind: 'party', name: 'CẤP ỦY (điền tên)', place: 'điền địa danh' },
    congress: { number: 1, term, committee: `Đảng bộ ${options.unitName}` },
    title: `Nghị quyết Đại hội nhiệm kỳ ${term}`,
    targets: drafts.map((draft, i) => ({
      ...draftAsTarget(draft, `chi-tieu-${i + 1}`),
      note: noteOf(draft),
    })),
    observations: [],
    plans: [],
  };
  const checked = parseInterchange(document);
  if (!checked.ok) {
    console.error('Bản nháp không hợp lệ:');
    for (const issue of checked.issues) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  console.log(JSON.stringify(document, null, 2));
  return 0;
}
