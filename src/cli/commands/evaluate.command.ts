/**
 * `vedich evaluate FILE [--as-of PERIOD] [--format json|text]`: validates an interchange file,
 * evaluates every target with the core and prints the results (JSON for programs, a table and
 * the Vietnamese narrative for people). Invalid input: Vietnamese messages, exit code 1.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { defaultAsOf, evaluateDossier, parsePeriod, type DossierEvaluation } from '../../core';
import { parseInterchangeText } from '../../schema';
import { presentEvaluation } from '../present-evaluation';

interface EvaluateOptions {
  asOf?: string;
  format: string;
}

/** Registers the command on the program. */
export function register(program: Command): void {
  program
    .command('evaluate')
    .description('Đánh giá mọi chỉ tiêu trong một tệp vedich/1 và in kết quả, tổng hợp, nhận định')
    .argument('<file>', 'tệp JSON theo định dạng vedich/1 (xem docs/INTERCHANGE.md)')
    .option(
      '--as-of <period>',
      'kỳ đánh giá: 2023, 2022-Q1, 2023-H1, 2023-9M, 2023-07 (mặc định: kỳ mới nhất có số liệu)',
    )
    .option('--format <format>', 'json (cho chương trình) hoặc text (cho người đọc)', 'text')
    .action(async (file: string, options: EvaluateOptions) => {
      process.exitCode = await runEvaluate(file, options);
    });
}

/** Runs the command; returns the exit code. Writes results to stdout and problems to stderr. */
export async function runEvaluate(file: string, options: EvaluateOptions): Promise<number> {
  if (options.format !== 'json' && options.format !== 'text') {
    console.error(`--format phải là "json" hoặc "text", nhận được "${options.format}".`);
    return 1;
  }
  if (options.asOf !== undefined && !parsePeriod(options.asOf).ok) {
    console.error(
      `--as-of "${options.asOf}" không phải mã kỳ hợp lệ (ví dụ 2023, 2022-Q1, 2023-H1, 2023-9M, 2023-07).`,
    );
    return 1;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(`Không đọc được tệp "${file}".`);
    return 1;
  }
  const parsed = parseInterchangeText(text);
  if (!parsed.ok) {
    console.error(`Tệp "${file}" không hợp lệ (${parsed.issues.length} lỗi):`);
    for (const issue of parsed.issues) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  const evaluations: DossierEvaluation[] = [];
  for (const dossier of parsed.dossiers) {
    const asOf = options.asOf ?? defaultAsOf(dossier);
    evaluations.push(evaluateDossier(dossier, { asOf }));
  }
  if (options.format === 'json') {
    console.log(JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2));
    return 0;
  }
  const blocks = parsed.dossiers.map((dossier, index) => {
    const evaluation = evaluations[index];
    const facts = parsed.facts[index] ?? { illustrative: false, notes: [] };
    return evaluation ? presentEvaluation(dossier, evaluation, facts) : '';
  });
  console.log(blocks.join('\n\n'));
  return 0;
}
