// VS Code in the browser for the host bench and the screenshots: code-server from the offline
// tools beside the project (as the integration tests use it), on a free loopback port, driven by
// Debian's Chromium through playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

/** The offline tools' environment (code-server, its Node, Chromium, playwright-core); throws saying what is missing. */
export function offlineTools(root) {
  const setup = path.join(process.env.VSCODE_OFFLINE_TOOLS ?? path.join(root, '..', 'shared', 'vscode-offline'), 'setup.sh');
  if (!fs.existsSync(setup)) throw new Error(`the offline VS Code runner is not there: ${setup}`);
  const setupRun = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 10 * 60_000 };
  const home = execFileSync('bash', [setup], setupRun).trim().split('\n').pop();
  const tools = Object.fromEntries(fs.readFileSync(path.join(home, 'env.sh'), 'utf8').split('\n')
    .map(line => line.match(/^export (\w+)="?([^"]*)"?$/)).filter(Boolean).map(m => [m[1], m[2]]));
  for (const key of ['CODE_SERVER_NODE', 'CODE_SERVER_ENTRY', 'PLAYWRIGHT_CORE_DIR', 'CHROMIUM_PATH']) {
    if (!tools[key] || !fs.existsSync(tools[key])) throw new Error(`the offline VS Code runner is incomplete: ${key} (${tools[key] ?? 'unset'}) is missing; run ${setup}`);
  }
  return tools;
}

/** The tools' own folders under `scratch`, so nothing of the user's set-up is read or written. */
function isolated(scratch) {
  return { ...process.env, XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'), XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CACHE_HOME: path.join(scratch, 'xdg-cache') };
}

export function installExtension(tools, vsix, extensionsDir, scratch) {
  execFileSync(tools.CODE_SERVER_NODE, [tools.CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { stdio: 'ignore', env: isolated(scratch), timeout: 120_000 });
}

const servers = new Set();
// A server outlives its browser otherwise (it runs in a process group of its own).
process.on('exit', () => { for (const pid of servers) stopServer(pid); });

function stopServer(pid) {
  try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
  servers.delete(pid);
}

const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
  'update.mode': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.tips.enabled': false, 'editor.minimap.enabled': false,
  'git.enabled': false, 'editor.cursorBlinking': 'solid',
};

/**
 * A code-server with the given extensions folder and a browser page on `folder`. `beforeOpen(page)`
 * runs before the workbench loads (to watch it from its first moment).
 */
export async function openWorkbench(tools, { scratch, extensionsDir, folder, settings = {}, viewport = { width: 1400, height: 900 }, beforeOpen }) {
  const port = await freePort();
  const userData = path.join(scratch, `user-data-${port}`);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }));
  const config = path.join(scratch, `config-${port}.yaml`);
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const server = spawn(tools.CODE_SERVER_NODE, [tools.CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', config,
    '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'], { detached: true, stdio: 'ignore', env: isolated(scratch) });
  servers.add(server.pid);
  let browser;
  try {
    const base = `http://127.0.0.1:${port}`;
    await untilUp(`${base}/healthz`, 60_000);
    const require = createRequire(path.join(tools.PLAYWRIGHT_CORE_DIR, 'package.json'));
    const { chromium } = require(tools.PLAYWRIGHT_CORE_DIR);
    browser = await chromium.launch({
      executablePath: tools.CHROMIUM_PATH, headless: true, timeout: 60_000,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: isolated(scratch),
    });
    const context = await browser.newContext({ viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await beforeOpen?.(page);
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { timeout: 120_000 });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120_000 });
    return {
      page,
      async close() {
        await browser.close().catch(() => {});
        stopServer(server.pid);
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    stopServer(server.pid);
    throw error;
  }
}

async function untilUp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
    await new Promise(r => setTimeout(r, 100));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
