/** One subcommand of the `policy-annotator` CLI. */
export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Usage line(s) shown by `policy-annotator NAME --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Splits `--flag value` / `--flag=value` / `--switch` options from positional arguments. */
export function parseArgs(args: string[], valueFlags: readonly string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (valueFlags.includes(name) && i + 1 < args.length) flags.set(name, args[++i]);
    else flags.set(name, true);
  }
  return { positional, flags };
}
