import * as os from 'node:os';
import { anchoringMemoryChild } from './anchoring-memory';
import { suites } from './suites';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter(name => !suites.some(s => s.name === name));
  if (unknown.length) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${suites.map(s => s.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  console.log(`Node ${process.version}, ${os.cpus().length} cores`);
  for (const suite of suites) {
    if (wanted.length && !wanted.includes(suite.name)) continue;
    console.log(`\n== ${suite.name} ==`);
    await suite.run();
  }
}

// A suite measuring one process's peak memory runs its case in a fresh copy of this script.
if (process.argv[2] === '--child') anchoringMemoryChild(process.argv[3], Number(process.argv[4]));
else void main();
