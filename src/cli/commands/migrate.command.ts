/** `vedich migrate [--data ./data]`: applies the database migrations (DATABASE_URL wins). */
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';

/** Registers `migrate`. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description(
      'Cập nhật cấu trúc cơ sở dữ liệu (mặc định: cơ sở dữ liệu nhúng trong ./data; DATABASE_URL được ưu tiên)',
    )
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng', './data')
    .action(async (options: { data: string }) => {
      const { db, location, applied } = await openDatabaseFromEnv({ data: options.data });
      try {
        console.log(`Cơ sở dữ liệu: ${location.description}`);
        console.log(
          applied.length
            ? `Đã áp dụng ${applied.length} bản cập nhật:\n  ${applied.join('\n  ')}`
            : 'Cấu trúc đã mới nhất.',
        );
      } finally {
        await db.close();
      }
    });
}
