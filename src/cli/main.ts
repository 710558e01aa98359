import { commands } from './commands';
import type { CliIO } from './command';

const VERSION = '0.1.0';

function help(): string {
  const width = Math.max(...commands.map(c => c.name.length), 4);
  return [
    'policy-annotator: outline, search and annotate policy texts from the command line.',
    '',
    'Usage: policy-annotator <command> [options]',
    '',
    'Commands:',
    ...commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help      show help (also after a command: policy-annotator outline --help)',
    '  --version   print the version',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 1 : 0;
  }
  if (name === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find(c => c.name === name);
  if (!command) {
    io.err(`policy-annotator: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`policy-annotator ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `policy-annotator outline FILE | head`: a reader that stops early is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIO = { out: t => process.stdout.write(t), err: t => process.stderr.write(t), cwd: process.cwd() };
  main(process.argv.slice(2), io).then(code => { process.exitCode = code; });
}
