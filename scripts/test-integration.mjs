// Runs test/integration inside a real VS Code: installs the packaged .vsix with VS Code's own
// CLI into a fresh extensions folder, then runs the suite against that installed copy on a
// scratch copy of samples/.
//
// VSCODE_EXECUTABLE_PATH: the VS Code to use. It may be the offline stand-in
// (../shared/vscode-offline/bin/code), which installs with code-server. Unset: that stand-in when
// it is there beside the project (machines without internet), else @vscode/test-electron downloads VS Code.
// POLICY_ANNOTATOR_TEST_GREP: run only the tests whose names match.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, 'dist', `${manifest.name}.vsix`);
if (!fs.existsSync(vsix)) fail(`${path.relative(root, vsix)} is missing: run \`npm run package\` first (npm test does).`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-it-'));
const extensionsDir = path.join(scratch, 'extensions');
const workspace = path.join(scratch, 'workspace');
const resultsFile = path.join(scratch, 'results.json');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });

const offlineCode = path.join(root, '..', 'shared', 'vscode-offline', 'bin', 'code');
const executable = process.env.VSCODE_EXECUTABLE_PATH || (fs.existsSync(offlineCode) ? offlineCode : await downloadAndUnzipVSCode());
console.log(`VS Code: ${executable}`);
installVsix(executable);
const installed = fs.readdirSync(extensionsDir).find(d => d.startsWith(`${manifest.publisher}.${manifest.name}-`));
if (!installed) fail(`the .vsix did not install into ${extensionsDir}`);
console.log(`installed ${path.basename(vsix)} -> ${installed}`);

let exitCode = 0;
try {
  exitCode = await runSuite();
  if (!fs.existsSync(resultsFile)) {
    // On a loaded machine the browser can miss the host's deadline for loading the workbench: one
    // more try, on a fresh copy of the samples.
    console.log('integration: the test run did not report; trying once more');
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
    exitCode = await runSuite();
  }
} finally {
  report();
  if (process.env.POLICY_ANNOTATOR_KEEP_SCRATCH !== '1') fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);

function runSuite() {
  return runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: path.join(extensionsDir, installed),
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--extensions-dir', extensionsDir, '--locale', 'en'],
    extensionTestsEnv: { POLICY_ANNOTATOR_TEST_RESULTS: resultsFile, POLICY_ANNOTATOR_TEST_GREP: process.env.POLICY_ANNOTATOR_TEST_GREP ?? '' },
  }).then(() => 0, () => 1);
}

/** VS Code's own installer validates and unpacks the .vsix, as for a user. */
function installVsix(exe) {
  const offlineSetup = path.join(path.dirname(exe), '..', 'setup.sh');
  if (fs.existsSync(offlineSetup)) {
    // The offline stand-in runs code-server; its CLI installs extensions the same way.
    const home = execFileSync('bash', [offlineSetup], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
    const env = Object.fromEntries(fs.readFileSync(path.join(home, 'env.sh'), 'utf8').split('\n')
      .map(line => line.match(/^export (\w+)="(.*)"$/)).filter(Boolean).map(m => [m[1], m[2]]));
    execFileSync(env.CODE_SERVER_NODE, [env.CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--install-extension', vsix],
      { stdio: 'inherit', env: { ...process.env, XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CONFIG_HOME: path.join(scratch, 'xdg-config') } });
  } else {
    const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(exe);
    execFileSync(cli, [...args, '--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: 'inherit' });
  }
}

function report() {
  if (!fs.existsSync(resultsFile)) {
    console.log('integration: the test run did not report (the extension host failed before or during mocha)');
    exitCode ||= 1;
    return;
  }
  const { passes, failures, pending } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (passes + failures === 0) exitCode ||= 1;
  console.log(`integration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
}

function fail(message) {
  console.error(`test-integration: ${message}`);
  process.exit(2);
}
