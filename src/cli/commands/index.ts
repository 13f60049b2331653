/** The list of `vedich` commands. Add a command by adding its module here. */
import type { Command } from 'commander';

type Register = (program: Command) => void;

const modules: Register[] = [];

/** Registers every command on the program. */
export function registerCommands(program: Command): void {
  for (const register of modules) register(program);
}
