// Runs the web suite (test/web) inside the browser's web worker extension host, the host of
// vscode.dev and github.dev: unpacks the packaged .vsix (its `browser` bundle is what runs), puts
// the test bundle inside it, and opens samples/ as a virtual folder (vscode-test-web://mount/;
// writes stay in the browser's memory, the samples are not changed).
//
// VSCODE_WEB_TEST_RUNNER: the runner to use, with @vscode/test-web's options. Unset: the offline
// one beside the project (../shared/vscode-offline/web/run-web-extension-tests.mjs), which needs
// no internet. POLICY_ANNOTATOR_TEST_GREP: run only the tests whose names match.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The suite takes 3-4 minutes on a quiet 2-core machine; a busy one needs more than the runner's default 300 s.
const TIMEOUT_SECONDS = 1500;
/** The runner's exit code when the host did not start (no test ran). */
const SETUP_ERROR = 2;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, 'dist', `${manifest.name}.vsix`);
const testBundle = path.join(root, 'out', 'test', 'web', 'index.js');
for (const file of [vsix, testBundle]) {
  if (!fs.existsSync(file)) fail(`${path.relative(root, file)} is missing: run \`npm run package\` first (npm test does).`);
}
const runner = process.env.VSCODE_WEB_TEST_RUNNER || path.join(root, '..', 'shared', 'vscode-offline', 'web', 'run-web-extension-tests.mjs');
if (!fs.existsSync(runner)) fail(`no web test runner at ${runner}: set VSCODE_WEB_TEST_RUNNER`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-web-'));
let exitCode = 1;
try {
  execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', scratch], { stdio: 'inherit' });
  const extension = path.join(scratch, 'extension');
  // The runner serves the tests from inside the extension's folder; the grep travels beside them.
  const testsDir = path.join(extension, 'web-tests');
  fs.mkdirSync(testsDir);
  fs.copyFileSync(testBundle, path.join(testsDir, 'index.js'));
  fs.writeFileSync(path.join(testsDir, 'options.json'), JSON.stringify({ grep: process.env.POLICY_ANNOTATOR_TEST_GREP ?? '' }));
  console.log(`web: ${path.basename(vsix)} unpacked; running test/web in the browser's web worker extension host`);
  const args = [runner, `--extensionDevelopmentPath=${extension}`, `--extensionTestsPath=${path.join(testsDir, 'index.js')}`,
    `--folderPath=${path.join(root, 'samples')}`, `--timeout=${TIMEOUT_SECONDS}`];
  let { code, output } = await run(process.execPath, args);
  if (code === SETUP_ERROR && !output.includes('passing')) {
    // On a loaded machine the browser can miss the runner's deadline for loading the workbench.
    console.log('web: the browser host did not start; trying once more');
    ({ code, output } = await run(process.execPath, args));
  }
  const passed = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(output)?.[1] ?? 0);
  const skipped = Number(/(\d+) pending/.exec(output)?.[1] ?? 0);
  exitCode = code === 0 && passed > 0 ? 0 : 1;
  if (output.includes('passing')) console.log(`web: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  else console.log(`web: the test run did not report (exit ${code}: the web extension host failed before or during mocha)`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

/** Runs the runner, showing its output as it comes and keeping it for the counts. */
function run(command, args) {
  return new Promise(resolve => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', d => { output += d; process.stdout.write(d); });
    child.stderr.on('data', d => process.stderr.write(d));
    child.on('close', code => resolve({ code, output }));
  });
}

function fail(message) {
  console.error(`test-web: ${message}`);
  process.exit(2);
}
