import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { outlineCommand } from './outline';

/** Every subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [outlineCommand, checkCommand, exportCommand, importCommand];
