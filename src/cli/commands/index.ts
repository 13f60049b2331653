/** The list of `vedich` commands. Add a command by adding its module here. */
import type { Command } from 'commander';
import { register as report } from './report.command';
import { register as serve } from './serve.command';
import { register as user } from './user.command';
import { register as evaluate } from './evaluate.command';
import { register as migrate } from './migrate.command';
import { register as demo } from './demo.command';
import { register as backup } from './backup.command';
import { register as restore } from './restore.command';
import { register as importCommand } from './import.command';
import { register as exportCommand } from './export.command';
import { register as units } from './units.command';
import { register as targets } from './targets.command';
import { register as tasks } from './tasks.command';
import { register as plans } from './plans.command';

type Register = (program: Command) => void;

const modules: Register[] = [
  serve,
  user,
  report,
  evaluate,
  migrate,
  demo,
  backup,
  restore,
  importCommand,
  exportCommand,
  units,
  targets,
  plans,
  tasks,
];

/** Registers every command on the program. */
export function registerCommands(program: Command): void {
  for (const register of modules) register(program);
}
