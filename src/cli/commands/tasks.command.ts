/**
 * `vedich tasks report --unit CODE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format docx|xlsx|pdf]
 * [--directive ID] [--out PATH] [--date …] [--number N]`: the report on task implementation.
 * `vedich tasks remind [--today YYYY-MM-DD] [--unit CODE]`: runs the day's reminders and
 * escalation now (the server's worker does it every day at 07:00; this is for a machine without
 * the server, or to catch up). DATABASE_URL, else the embedded database in --data.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { openDatabaseFromEnv } from '../../db/open-from-env';
import { runReminders } from '../../jobs/reminders';
import { todayInVietnam } from '../../jobs/today';
import { generateTaskReport } from '../../reports/tasks/task-report.service';
import { AppError } from '../../services/app-error';
import { getUnit } from '../../services/unit.service';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string | undefined, option: string): void {
  if (value !== undefined && !ISO.test(value))
    throw new AppError(
      'validation_failed',
      `${option}: ngày phải có dạng YYYY-MM-DD (nhận được "${value}").`,
    );
}

/** Registers `tasks`. */
export function register(program: Command): void {
  const tasks = program.command('tasks').description('Nhiệm vụ từ văn bản chỉ đạo: báo cáo, nhắc việc');
  tasks
    .command('report')
    .description('Báo cáo kết quả thực hiện nhiệm vụ trong một kỳ (Word, Excel)')
    .requiredOption('--unit <code>', 'mã đơn vị (gồm cả các đơn vị cấp dưới)')
    .option('--from <date>', 'ngày đầu kỳ (mặc định: 01/01 của năm)')
    .option('--to <date>', 'ngày cuối kỳ (mặc định: hôm nay)')
    .option('--format <format>', 'docx | xlsx | pdf', 'docx')
    .option('--directive <id>', 'chỉ một văn bản')
    .option('--out <path>', 'tệp kết quả (mặc định: tên báo cáo trong thư mục hiện tại)')
    .option('--date <date>', 'ngày ban hành YYYY-MM-DD')
    .option('--number <n>', 'số văn bản')
    .option('--data <dir>', 'thư mục cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(
      async (o: {
        unit: string;
        from?: string;
        to?: string;
        format: string;
        directive?: string;
        out?: string;
        date?: string;
        number?: string;
        data: string;
      }) => {
        for (const [value, name] of [
          [o.from, '--from'],
          [o.to, '--to'],
          [o.date, '--date'],
        ] as const)
          checkDate(value, name);
        if (o.format !== 'docx' && o.format !== 'xlsx' && o.format !== 'pdf')
          throw new AppError('validation_failed', '--format: docx, xlsx hoặc pdf.');
        const { db } = await openDatabaseFromEnv({ data: o.data });
        try {
          const unit = await getUnit(db, o.unit);
          if (!unit) throw new AppError('not_found', `Không có đơn vị mã ${o.unit}.`);
          const today = todayInVietnam(new Date());
          const to = o.to ?? today;
          const report = await generateTaskReport(db, {
            unit,
            from: o.from ?? `${to.slice(0, 4)}-01-01`,
            to,
            format: o.format,
            today,
            ...(o.directive ? { directiveId: o.directive } : {}),
            ...(o.date ? { date: o.date } : {}),
            ...(o.number ? { number: o.number } : {}),
          });
          const out = o.out ?? report.fileName;
          await writeFile(out, report.bytes);
          console.log(`Đã ghi ${out} (${report.bytes.length} byte).`);
        } finally {
          await db.close();
        }
      },
    );
  tasks
    .command('remind')
    .description(
      'Gửi nhắc việc và báo cấp trên của một ngày ngay bây giờ (mỗi người một tin gộp; không gửi lại)',
    )
    .option('--today <date>', 'ngày nhắc (mặc định: hôm nay theo giờ Việt Nam)')
    .option('--unit <code>', 'chỉ nhiệm vụ của đơn vị này và cấp dưới')
    .option('--data <dir>', 'thư mục cơ sở dữ liệu nhúng (bỏ qua khi có DATABASE_URL)', './data')
    .action(async (o: { today?: string; unit?: string; data: string }) => {
      checkDate(o.today, '--today');
      const { db } = await openDatabaseFromEnv({ data: o.data });
      try {
        const run = await runReminders(db, {
          today: o.today ?? todayInVietnam(new Date()),
          ...(o.unit ? { unitCode: o.unit } : {}),
        });
        console.log(
          `Ngày ${run.today}: ${run.digests} tin nhắc (${run.tasks} nhiệm vụ), ${run.escalations} nhiệm vụ báo cấp trên, ${run.explanationReminders} người được nhắc trả lời giải trình. E-mail được gửi khi máy chủ chạy (hàng đợi).`,
        );
      } finally {
        await db.close();
      }
    });
}
