// The README's pictures, taken in VS Code in the browser with the packaged extension (the host
// bench's driver, bench/host/): `node scripts/screenshots.mjs [OUT_DIR]` (default media/screenshots).
// The workspace is samples/ plus, for the Outline of a real outlook, the corpus outlook, copied at
// run time into a temporary folder and removed after that first picture.
// Needs the offline tools of ../shared/vscode-offline (their Chromium has a Japanese font).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OUTLINE_ROWS } from '../bench/host/measure.mjs';
import { closeQuickInput, collapsePane, goToLine, openDocument, openSearchRecommendations, openSideBar, runCommand } from '../bench/host/scenarios.mjs';
import { installExtension, offlineTools, openWorkbench } from '../bench/host/server.mjs';
import { corpusOutlook } from '../bench/host/workspace.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'media', 'screenshots'));
const OUTLOOK = 'strategic-outlook.policy.txt';

const tools = offlineTools(root);
execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-screenshots-'));
try {
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, OUTLOOK), corpusOutlook(root));
  const extensions = path.join(scratch, 'extensions');
  installExtension(tools, path.join(root, 'dist', 'policy-annotator.vsix'), extensions, scratch);
  fs.mkdirSync(out, { recursive: true });
  const wb = await openWorkbench(tools, {
    scratch, extensionsDir: extensions, folder: workspace, viewport: { width: 1280, height: 800 },
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'comments.openView': 'never', 'editor.stickyScroll.enabled': false },
  });
  try {
    await takeAll(wb.page, workspace);
  } catch (error) {
    await wb.page.screenshot({ path: path.join(scratch, '..', 'policy-annotator-screenshots-failure.png') });
    throw error;
  } finally {
    await wb.close();
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

async function takeAll(page, workspacePath) {
  const save = async name => {
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, name) });
    console.log(`saved ${path.relative(root, path.join(out, name))}`);
  };

  // The Outline of the outlook, following the cursor into its second chapter's recommendations.
  await openDocument(page, OUTLOOK);
  await openSideBar(page, 'Policy Annotator');
  await collapsePane(page, 'Annotations');
  // The tree follows the cursor once it lists the documents.
  await page.waitForSelector(`${OUTLINE_ROWS}[aria-level="1"]`, { timeout: 60_000 });
  await goToLine(page, lineOf(OUTLOOK, '提言', 2) + 2);
  await page.keyboard.press('End');
  await page.waitForSelector(`${OUTLINE_ROWS}[aria-selected="true"][aria-level="4"]`, { timeout: 60_000 });
  await save('outline.png');

  // The other pictures show the project's own samples only: the outlook leaves the workspace.
  await page.keyboard.press('Control+W');
  fs.rmSync(path.join(workspacePath, OUTLOOK));
  await page.waitForFunction(([selector, name]) => ![...document.querySelectorAll(selector)].some(r => (r.getAttribute('aria-label') ?? '').includes(name)),
    [OUTLINE_ROWS, OUTLOOK], { timeout: 60_000 });

  await openSearchRecommendations(page);
  await page.keyboard.insertText('重要');
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  // The editor previews the highlighted match (in outlook-2026) once the search has answered.
  await page.waitForFunction(() => document.querySelector('.tabs-container .tab.active')?.getAttribute('aria-label')?.startsWith('outlook-2026'),
    undefined, { timeout: 15_000 }).catch(() => console.log('note: the editor did not preview the highlighted match'));
  await save('search.png');
  await closeQuickInput(page);

  // An annotation of the sample outlook, with its hover.
  await openDocument(page, 'outlook-2026.policy.txt');
  await openSideBar(page, 'Policy Annotator');
  // The cursor inside the passage, and the hover shown from the keyboard (as Ctrl+K Ctrl+I does).
  await goToLine(page, 31);
  await page.keyboard.press('Home');
  for (let i = 0; i < 22; i++) await page.keyboard.press('ArrowRight');
  await runCommand(page, 'Show or Focus Hover');
  await page.waitForFunction(note => [...document.querySelectorAll('.monaco-hover')].some(h => h.offsetWidth > 0 && h.textContent.includes(note)),
    'Five years', { timeout: 15_000 });
  await save('annotation.png');
  await page.keyboard.press('Escape');

  await runCommand(page, 'Policy Annotator: Show Annotation Report');
  await page.waitForSelector('iframe.webview.ready', { timeout: 60_000 });
  await page.waitForTimeout(4000);
  await save('report.png');
}

/** The 1-based line of the `nth` line (1-based) of a workspace document that contains `text`. */
function lineOf(name, text, nth) {
  const lines = corpusOutlook(root).split('\n');
  const hits = lines.flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
  if (name !== OUTLOOK || hits.length < nth) throw new Error(`no ${nth}th line with ${text} in ${name}`);
  return hits[nth - 1];
}
