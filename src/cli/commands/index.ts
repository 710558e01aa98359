import type { CliCommand } from '../command';
import { agreementCommand } from './agreement';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { mergeDriverCommand } from './merge-driver';
import { outlineCommand } from './outline';
import { resolveCommand } from './resolve';
import { searchCommand } from './search';
import { tagsCommand } from './tags';

/** Every subcommand, in the order `--help` lists them. */
export const commands: CliCommand[] = [outlineCommand, searchCommand, checkCommand, exportCommand, importCommand, agreementCommand, tagsCommand, mergeDriverCommand, resolveCommand];
