import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { outlineCommand } from './outline';
import { searchCommand } from './search';

/** Every subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [outlineCommand, searchCommand, checkCommand, exportCommand, importCommand];
