/**
 * `vedich units import [--province CODE] [--data ./data]`: loads the official administrative
 * units before and after 1 July 2025 with their lineage (see src/services/units-import/plan.ts)
 * and prints the counts and the flagged source rows by kind.
 * `vedich units share --from OLD --to NEW --share 0.4 --basis population|area|figure [--figure
 * KEY] [--note TEXT]`: the share of a split, entered where the source gives none.
 */
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { AppError, SYSTEM_ACTOR } from '../../services/app-error';
import { setLineageShare } from '../../services/units-import/lineage-share.service';
import { importOfficialUnits, type UnitImportResult } from '../../services/units-import/units-import.service';
import { formatNumberVi } from '../../core';

const FLAG_WORDS: Record<string, string> = {
  'old-code-missing': 'dòng ánh xạ thiếu mã cũ',
  'not-in-old-list': 'mã cũ không có trong danh mục trước 1/7/2025 (đơn vị tạo từ dòng ánh xạ)',
  'no-successor': 'xã cũ không có dòng ánh xạ sang xã mới',
  'no-predecessor': 'xã mới không có dòng ánh xạ từ xã cũ',
  'name-differs': 'tên xã cũ khác nhau giữa hai nguồn',
  'district-differs': 'tên huyện cũ khác nhau giữa hai nguồn',
  'province-unknown': 'không xác định được tỉnh cũ của dòng ánh xạ',
  'new-code-unknown': 'dòng ánh xạ có mã xã mới không có trong danh sách 3.321 xã',
};

/** The import's summary as printed. */
export function describeImport(r: UnitImportResult): string[] {
  const c = r.counts;
  return [
    `Nguồn: ${r.versions.old} (trước 1/7/2025), ${r.versions.current} (từ 1/7/2025)`,
    `Trước 1/7/2025: ${c.oldProvinces} tỉnh (kể cả tỉnh giữ nguyên), ${c.oldDistricts} huyện, ${c.oldCommunes} xã`,
    `Từ 1/7/2025: ${c.newProvinces} tỉnh, ${c.newCommunes} xã; ${c.mappingRows} dòng ánh xạ`,
    `Quan hệ: ${Object.entries(c.links)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `Đã ghi: ${r.unitsCreated} đơn vị mới, ${r.unitsKept} đơn vị đã có, ${r.linksCreated} quan hệ mới, ${r.flagsRecorded} dòng nguồn được đánh dấu`,
    ...Object.entries(c.flags).map(([flag, n]) => `  ${String(n).padStart(5)}  ${FLAG_WORDS[flag] ?? flag}`),
  ];
}

/** Registers `units`. */
export function register(program: Command): void {
  const units = program
    .command('units')
    .description('Danh mục đơn vị hành chính chính thức và quan hệ sắp xếp');
  units
    .command('import')
    .description('Nạp đơn vị hành chính trước và sau 1/7/2025 cùng quan hệ sáp nhập, chia tách, đổi tên')
    .option('--province <code>', 'chỉ một tỉnh (mã từ 1/7/2025, ví dụ 38)')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (khi không có DATABASE_URL)', './data')
    .action(async (options: { province?: string; data: string }) => {
      const { db, location } = await openDatabaseFromEnv({ data: options.data });
      try {
        console.log(`Cơ sở dữ liệu: ${location.description}`);
        const started = performance.now();
        const result = await importOfficialUnits(
          db,
          SYSTEM_ACTOR,
          options.province ? { province: options.province } : {},
        );
        for (const line of describeImport(result)) console.log(line);
        console.log(`Thời gian: ${formatNumberVi((performance.now() - started) / 1000, 1)} s`);
      } finally {
        await db.close();
      }
    });
  units
    .command('share')
    .description('Ghi tỷ lệ chia tách của một đơn vị cũ sang một đơn vị mới')
    .requiredOption('--from <code>', 'mã đơn vị cũ')
    .requiredOption('--to <code>', 'mã đơn vị mới')
    .requiredOption('--share <number>', 'tỷ lệ trong khoảng (0; 1], ví dụ 0.4')
    .requiredOption(
      '--basis <basis>',
      'căn cứ: population (dân số), area (diện tích) hoặc figure (một chỉ số)',
    )
    .option('--figure <key>', 'mã chỉ số khi căn cứ là figure')
    .option('--note <text>', 'ghi chú, văn bản căn cứ')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (khi không có DATABASE_URL)', './data')
    .action(
      async (o: {
        from: string;
        to: string;
        share: string;
        basis: string;
        figure?: string;
        note?: string;
        data: string;
      }) => {
        const { db } = await openDatabaseFromEnv({ data: o.data });
        try {
          if (!['population', 'area', 'figure'].includes(o.basis))
            throw new AppError('validation_failed', 'Căn cứ phải là population, area hoặc figure.');
          await setLineageShare(db, SYSTEM_ACTOR, {
            fromCode: o.from,
            toCode: o.to,
            share: Number(o.share.replace(',', '.')),
            basis: o.basis as 'population' | 'area' | 'figure',
            ...(o.figure ? { figure: o.figure } : {}),
            ...(o.note ? { note: o.note } : {}),
          });
          console.log(`Đã ghi tỷ lệ ${o.share} từ ${o.from} sang ${o.to}.`);
        } catch (error) {
          console.error(error instanceof AppError ? error.message : String(error));
          process.exitCode = 1;
        } finally {
          await db.close();
        }
      },
    );
}
