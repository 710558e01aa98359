// `npm test`: type-check, lint, unit tests in plain Node, package the .vsix, then the integration
// tests in a real VS Code with that .vsix installed (desktop: the Node extension host; web: the
// browser's web worker extension host). Prints the three suites' counts and a total.
import { spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const counts = {};

await step('build', 'node', ['scripts/build.mjs']);
await step('typecheck', npx, ['tsc', '-p', '.', '--noEmit']);
await step('lint', npx, ['eslint', '.']);
const unit = await step('unit', npx, ['mocha'], { allowFailure: true, capture: true });
counts.unit = mochaCounts(unit.output);
await step('package', npm, ['run', '--silent', 'package']);
const integration = await step('integration', 'node', ['scripts/test-integration.mjs'], { allowFailure: true, capture: true });
counts.integration = suiteCounts('integration', integration.output);
const web = await step('web', 'node', ['scripts/test-web.mjs'], { allowFailure: true, capture: true });
counts.web = suiteCounts('web', web.output);

const total = { passed: 0, failed: 0 };
for (const [suite, c] of Object.entries(counts)) {
  console.log(`${suite}: ${c.passed} passed, ${c.failed} failed`);
  total.passed += c.passed;
  total.failed += c.failed;
}
const ok = [unit, integration, web].every(run => run.code === 0) && Object.values(counts).every(c => c.passed > 0);
if (!ok && total.failed === 0) total.failed = 1; // a suite that crashed or ran nothing is a failure
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(ok ? 0 : 1);

function step(name, command, args, { allowFailure = false, capture = false } = {}) {
  console.log(`\n> ${name}: ${command} ${args.join(' ')}`);
  return new Promise(resolve => {
    const child = spawn(command, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'] });
    let output = '';
    if (capture) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', d => { output += d; process.stdout.write(d); });
      }
    }
    child.on('close', code => {
      if (code !== 0 && !allowFailure) {
        console.error(`${name} failed (exit ${code})`);
        process.exit(1);
      }
      resolve({ code, output });
    });
  });
}

function mochaCounts(output) {
  const passed = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(output)?.[1] ?? 0);
  return { passed, failed };
}

function suiteCounts(suite, output) {
  const m = new RegExp(`${suite}: (\\d+) passed, (\\d+) failed`).exec(output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 0 };
}
