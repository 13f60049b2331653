/**
 * The `vedich` command line. Each command lives in `commands/<name>.command.ts` and registers
 * itself on the program; this file only assembles them.
 */
import { Command } from 'commander';
import { registerCommands } from './commands';

const program = new Command('vedich')
  .description('Về Đích: theo dõi thực hiện Nghị quyết Đại hội qua cả nhiệm kỳ')
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
