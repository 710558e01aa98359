// `npm start`: builds the extension and opens samples/ with it.
// Desktop VS Code (`code` on PATH): an Extension Development Host.
// Otherwise: VS Code in the browser through code-server on 127.0.0.1, with the packaged .vsix
// installed (the offline tools in ../shared/vscode-offline, or `code-server` on PATH).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const samples = path.join(root, 'samples');
const port = process.env.PORT ?? '8765';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

if (onPath('code') && !process.env.POLICY_ANNOTATOR_BROWSER) {
  run('node', ['scripts/build.mjs']);
  run('code', ['--extensionDevelopmentPath', root, samples]);
  console.log('Opened samples/ in VS Code with the extension under development.');
} else {
  run('npm', ['run', '--silent', 'package']);
  const server = codeServer();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-start-'));
  const extensionsDir = path.join(home, 'extensions');
  const common = ['--user-data-dir', path.join(home, 'user-data'), '--extensions-dir', extensionsDir];
  execFileSync(server.node, [...server.args, ...common, '--install-extension', path.join(root, 'dist', 'policy-annotator.vsix')], { stdio: 'inherit' });
  console.log(`\nPolicy Annotator on samples/: open http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}\n(Ctrl+C stops the server.)\n`);
  spawn(server.node, [...server.args, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', samples], { stdio: 'inherit' });
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** code-server from the offline tools beside the project, or from PATH. */
function codeServer() {
  const setup = path.join(root, '..', 'shared', 'vscode-offline', 'setup.sh');
  if (fs.existsSync(setup)) {
    const home = execFileSync('bash', [setup], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
    const env = Object.fromEntries(fs.readFileSync(path.join(home, 'env.sh'), 'utf8').split('\n')
      .map(line => line.match(/^export (\w+)="(.*)"$/)).filter(Boolean).map(m => [m[1], m[2]]));
    return { node: env.CODE_SERVER_NODE, args: [env.CODE_SERVER_ENTRY] };
  }
  if (onPath('code-server')) return { node: 'code-server', args: [] };
  console.error('Neither `code` nor `code-server` was found: install VS Code (https://code.visualstudio.com) or code-server.');
  process.exit(2);
}
