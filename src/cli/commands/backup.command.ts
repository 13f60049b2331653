/** `vedich backup --out FILE [--data ./data]`: writes the whole database (revisions and audit
 * included) to one JSON file. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { backupDatabase } from '../../services/backup.service';

/** Registers `backup`. */
export function register(program: Command): void {
  program
    .command('backup')
    .description(
      'Sao lưu toàn bộ cơ sở dữ liệu (kể cả các lần sửa số liệu và nhật ký thay đổi) ra một tệp JSON',
    )
    .requiredOption('--out <file>', 'tệp sao lưu sẽ ghi')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (options: { out: string; data: string }) => {
      const { db, location } = await openDatabaseFromEnv({ data: options.data });
      try {
        const backup = await backupDatabase(db);
        const file = path.resolve(options.out);
        await writeFile(file, JSON.stringify(backup), { flag: 'wx' }).catch(
          (error: NodeJS.ErrnoException) => {
            if (error.code === 'EEXIST') throw new Error(`Tệp ${file} đã có; hãy chọn tên khác.`);
            throw error;
          },
        );
        const rows = Object.values(backup.tables).reduce((n, t) => n + t.rows.length, 0);
        console.log(
          `Đã sao lưu ${location.description}: ${Object.keys(backup.tables).length} bảng, ${rows} dòng → ${file}`,
        );
      } finally {
        await db.close();
      }
    });
}
