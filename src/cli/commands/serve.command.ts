/**
 * `vedich serve [--port 3000] [--host 127.0.0.1] [--data ./data] [--demo]`: the HTTP server.
 * DATABASE_URL (a PostgreSQL server) wins over --data (the embedded database's folder);
 * DATABASE_READ_URL (streaming replicas of it, comma-separated) serves the reading screens while
 * a replica is at most VEDICH_REPLICA_MAX_LAG_MS (default 500) behind (docs/DEPLOY.md).
 * Migrations run at start; --demo loads the demo data and demo accounts and prints them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Database } from '../../db/database';
import { readUrlsFrom } from '../../db/replicas';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../../server/accounts/demo-accounts';
import { startServer } from '../../server/start';
import { SYSTEM_ACTOR } from '../../services/app-error';
import { todayInVietnam } from '../../jobs/today';
import { loadDemo } from '../../services/demo/demo.service';
import { loadDemoTasks } from '../../services/demo/demo-tasks';

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

interface ServeOptions {
  port: string;
  host: string;
  data: string;
  demo?: boolean;
  log?: boolean;
}

async function prepareDemo(db: Database): Promise<void> {
  const report = await loadDemo(db, SYSTEM_ACTOR);
  const created = report.resolutions.filter((r) => r.created).length;
  console.log(
    `Dữ liệu minh họa: ${report.resolutions.length} nghị quyết (${created} mới nạp), ${report.unitsCreated} đơn vị mới.`,
  );
  const accounts = await ensureDemoAccounts(db);
  const tasks = await loadDemoTasks(db, SYSTEM_ACTOR, todayInVietnam(new Date()));
  console.log(
    `Nhiệm vụ minh họa: ${tasks.directives} văn bản, ${tasks.tasks} nhiệm vụ, ${tasks.programmes} chương trình, dự án mới nạp.`,
  );
  console.log('Tài khoản thử nghiệm (chỉ dùng cho dữ liệu minh họa):');
  for (const { account, created } of accounts) {
    const roles = account.roles.map((r) => `${r.role} @ ${r.unitCode}`).join(', ');
    console.log(
      `  ${account.username.padEnd(16)} mật khẩu: ${DEMO_PASSWORD}  (${roles})${created ? '' : ' — đã có'}`,
    );
  }
}

/** Registers `serve`. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ web và API (mặc định: cơ sở dữ liệu nhúng trong thư mục ./data)')
    .option('--port <port>', 'cổng', '3000')
    .option('--host <host>', 'địa chỉ lắng nghe', '127.0.0.1')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .option('--demo', 'nạp dữ liệu minh họa và tài khoản thử nghiệm')
    .option('--log', 'ghi nhật ký từng yêu cầu')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`Cổng không hợp lệ: ${options.port}`);
      const databaseUrl = process.env.DATABASE_URL || undefined;
      const readUrls = readUrlsFrom(process.env.DATABASE_READ_URL);
      if (readUrls.length > 0 && !databaseUrl)
        throw new Error(
          'DATABASE_READ_URL (bản sao chỉ đọc) cần DATABASE_URL (máy chủ PostgreSQL chính mà các bản sao sao chép).',
        );
      const maxLag = process.env.VEDICH_REPLICA_MAX_LAG_MS?.trim();
      const replicaMaxLagMs = maxLag ? Number(maxLag) : undefined;
      if (replicaMaxLagMs !== undefined && !(Number.isInteger(replicaMaxLagMs) && replicaMaxLagMs >= 0))
        throw new Error(
          `VEDICH_REPLICA_MAX_LAG_MS phải là số mili giây nguyên không âm, không phải "${maxLag}".`,
        );
      const server = await startServer({
        port,
        host: options.host,
        databaseUrl,
        readUrls,
        ...(replicaMaxLagMs === undefined ? {} : { replicaMaxLagMs }),
        dataDir: path.resolve(options.data),
        config: {
          webRoot: WEB_ROOT,
          logger: options.log ?? false,
          secureCookies: process.env.VEDICH_SECURE_COOKIES === '1',
          trustProxy: process.env.VEDICH_TRUST_PROXY === '1',
        },
        prepare: options.demo ? prepareDemo : undefined,
      });
      console.log(
        databaseUrl
          ? 'Cơ sở dữ liệu: máy chủ PostgreSQL (DATABASE_URL)'
          : `Cơ sở dữ liệu nhúng: ${path.resolve(options.data)}`,
      );
      if (readUrls.length > 0)
        console.log(
          `Màn hình đọc dùng ${readUrls.length} bản sao chỉ đọc khi bản sao theo kịp (DATABASE_READ_URL)`,
        );
      console.log(`Về Đích đang chạy: ${server.url}  (tài liệu API: ${server.url}api/docs)`);
      const stop = () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
