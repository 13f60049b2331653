/**
 * `vedich demo [--data ./data]`: loads the demo data (units of the seed reports with the 2025
 * lineage as illustration, every example dataset) and the demo accounts, and prints what it did.
 * Running it again adds nothing twice.
 */
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../../server/accounts/demo-accounts';
import { SYSTEM_ACTOR } from '../../services/app-error';
import { todayInVietnam } from '../../jobs/today';
import { loadDemo } from '../../services/demo/demo.service';
import { loadDemoTasks } from '../../services/demo/demo-tasks';

/** Registers `demo`. */
export function register(program: Command): void {
  program
    .command('demo')
    .description('Nạp dữ liệu minh họa (đơn vị, nghị quyết ví dụ) và tài khoản thử nghiệm')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (options: { data: string }) => {
      const { db, location } = await openDatabaseFromEnv({ data: options.data });
      try {
        console.log(`Cơ sở dữ liệu: ${location.description}`);
        const report = await loadDemo(db, SYSTEM_ACTOR);
        console.log(
          `Đơn vị mới: ${report.unitsCreated}; quan hệ sắp xếp đơn vị (minh họa) mới: ${report.lineageCreated}`,
        );
        for (const r of report.resolutions)
          console.log(
            `  ${r.created ? 'đã nạp ' : 'đã có  '} [${r.unitCode}] ${r.title} — ${r.targets} chỉ tiêu (${r.file})`,
          );
        const accounts = await ensureDemoAccounts(db);
        const tasks = await loadDemoTasks(db, SYSTEM_ACTOR, todayInVietnam(new Date()));
        console.log(
          `Nhiệm vụ minh họa: ${tasks.directives} văn bản, ${tasks.tasks} nhiệm vụ, ${tasks.programmes} chương trình, dự án mới nạp.`,
        );
        console.log(
          `Tài khoản thử nghiệm (mật khẩu chung: ${DEMO_PASSWORD}; chỉ dùng cho dữ liệu minh họa):`,
        );
        for (const { account, created } of accounts)
          console.log(
            `  ${account.username.padEnd(16)} ${account.roles.map((x) => `${x.role} @ ${x.unitCode}`).join(', ')}${created ? '' : ' — đã có'}`,
          );
      } finally {
        await db.close();
      }
    });
}
