/** `vedich restore FILE [--data ./data]`: restores a backup into an empty database (migrated
 * first); refuses a database that already holds data. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { restoreDatabase } from '../../services/backup.service';

/** Registers `restore`. */
export function register(program: Command): void {
  program
    .command('restore')
    .description('Khôi phục một tệp sao lưu vào cơ sở dữ liệu trống')
    .argument('<file>', 'tệp sao lưu (JSON) do lệnh backup tạo ra')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (fileArg: string, options: { data: string }) => {
      const file = path.resolve(fileArg);
      let backup: unknown;
      try {
        backup = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new Error(`Không đọc được tệp sao lưu ${file}: ${(error as Error).message}`);
      }
      const { db, location } = await openDatabaseFromEnv({ data: options.data });
      try {
        const result = await restoreDatabase(db, backup);
        console.log(
          `Đã khôi phục ${result.rows} dòng của ${result.tables} bảng vào ${location.description}.`,
        );
      } finally {
        await db.close();
      }
    });
}
