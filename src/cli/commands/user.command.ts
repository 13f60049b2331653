/**
 * `vedich user add USERNAME --role editor --unit 381 [--password …] [--name "…"] [--data ./data]`:
 * creates a local account with a role on a unit; without --password one is generated and printed
 * once. DATABASE_URL wins over --data.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { generatePassword } from '../../server/accounts/password';
import { ROLES, type Role } from '../../server/accounts/roles';
import { createUser } from '../../server/accounts/users.service';

interface AddOptions {
  role: string;
  unit: string;
  password?: string;
  name?: string;
  data: string;
}

/** Registers `user add`. */
export function register(program: Command): void {
  const user = program.command('user').description('Quản lý tài khoản');
  user
    .command('add <username>')
    .description('Tạo tài khoản với một vai trò trên một đơn vị (và mọi đơn vị cấp dưới)')
    .requiredOption('--role <role>', `vai trò: ${ROLES.join(', ')}`)
    .requiredOption('--unit <code>', 'mã đơn vị (ví dụ 381)')
    .option('--password <password>', 'mật khẩu (bỏ trống để tạo ngẫu nhiên và in ra)')
    .option('--name <displayName>', 'tên hiển thị')
    .option('--data <dir>', 'thư mục dữ liệu của cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (username: string, options: AddOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new Error(`Vai trò không hợp lệ: ${options.role}. Chọn một trong: ${ROLES.join(', ')}.`);
      }
      const url = process.env.DATABASE_URL || undefined;
      const db = await openDatabase(url ? { url } : { dataDir: path.resolve(options.data) });
      try {
        await migrate(db);
        const password = options.password ?? generatePassword();
        const created = await createUser(
          db,
          { userId: null, username: 'cli', origin: 'cli' },
          {
            username,
            displayName: options.name,
            password,
            roles: [{ unitCode: options.unit, role: options.role as Role }],
          },
        );
        console.log(`Đã tạo tài khoản ${created.username} (${options.role} @ ${options.unit}).`);
        if (!options.password) console.log(`Mật khẩu: ${password}`);
      } catch (error) {
        const issues = (error as { issues?: { message: string }[] }).issues ?? [];
        for (const issue of issues) console.error(`- ${issue.message}`);
        throw error;
      } finally {
        await db.close();
      }
    });
}
