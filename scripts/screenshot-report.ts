// Draws the annotation report of samples/ with the page VS Code shows (media/report) in headless
// Chromium, with Dark Modern's colours, and saves a picture: `npx tsx scripts/screenshot-report.ts
// [docs/report.png]`. The data is computed by the same core as in the editor.
// Needs Chromium (CHROMIUM, default /usr/bin/chromium), playwright-core (PLAYWRIGHT_CORE, default
// the one the offline VS Code runner installed) and a Japanese font (Debian: fonts-ipafont-gothic).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { readAnnotationSources } from '../src/cli/annotation-sources';
import { prepareDocuments } from '../src/core/export/rows';
import { buildReport } from '../src/core/report/report-data';
import { REPORT_STRINGS } from '../src/vscode/report/report-strings';

const root = path.resolve(__dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'report.png'));

/** A subset of the variables VS Code gives a webview, with Dark Modern's values. */
const DARK_MODERN = {
  '--vscode-foreground': '#cccccc',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-font-family': 'system-ui, "Segoe UI", "IPAPGothic", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-charts-blue': '#3794ff',
  '--vscode-panel-border': '#2b2b2b',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-badge-background': '#616161',
  '--vscode-badge-foreground': '#f8f8f8',
  '--vscode-button-foreground': '#ffffff',
  '--vscode-textBlockQuote-background': '#2b2b2b',
  '--vscode-checkbox-background': '#313131',
};

async function main(): Promise<void> {
  const samples = path.join(root, 'samples');
  const { sources, problems } = await readAnnotationSources(samples);
  if (problems.length) throw new Error(`samples/ has invalid annotation files:\n${problems.join('\n')}`);
  // As in the editor, documents without annotations count in the coverage table too.
  for (const name of fs.readdirSync(samples).filter(f => /\.(txt|md)$/.test(f)).sort()) {
    if (!sources.some(s => s.path === name)) sources.push({ path: name, text: fs.readFileSync(path.join(samples, name), 'utf8'), file: { document: name, annotations: [] } });
  }
  const data = buildReport(prepareDocuments(sources));

  const page = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-report-'));
  for (const file of ['report.js', 'report.css']) fs.copyFileSync(path.join(root, 'media', 'report', file), path.join(page, file));
  const theme = Object.entries(DARK_MODERN).map(([k, v]) => `${k}: ${v};`).join(' ');
  const message = JSON.stringify({ type: 'data', data, labels: REPORT_STRINGS }).replace(/</g, '\\u003c');
  fs.writeFileSync(path.join(page, 'index.html'), `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<style>:root { ${theme} }</style>
<link rel="stylesheet" href="report.css">
<script>
  // Stands in for the webview host: answers 'ready' with the data, as the extension does.
  window.acquireVsCodeApi = () => ({
    getState: () => undefined,
    setState: () => undefined,
    postMessage: m => { if (m.type === 'ready') setTimeout(() => window.postMessage(${message}, '*')); },
  });
</script>
</head><body><main id="report"></main><script src="report.js"></script></body></html>`);

  // playwright-core lives outside the project (a test tool's cache), so it is loaded by path.
  const { chromium } = createRequire(__filename)(playwrightCore());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1 });
    await tab.goto(`file://${path.join(page, 'index.html')}`);
    await tab.waitForSelector('.coverage');
    // Show what a click on the busiest cell lists.
    const busiest = await tab.$$eval('button.count', (buttons: { textContent: string | null }[]) => {
      let best = -1;
      buttons.forEach((b, i) => { if (best === -1 || Number(b.textContent) > Number(buttons[best].textContent)) best = i; });
      return best;
    });
    if (busiest >= 0) await (await tab.$$('button.count'))[busiest].click();
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await tab.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
    fs.rmSync(page, { recursive: true, force: true });
  }
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

function playwrightCore(): string {
  if (process.env.PLAYWRIGHT_CORE) return process.env.PLAYWRIGHT_CORE;
  const cache = path.join(os.homedir(), '.cache', 'vscode-offline');
  const dir = fs.existsSync(cache) ? fs.readdirSync(cache).find(d => d.startsWith('playwright-')) : undefined;
  if (!dir) throw new Error('playwright-core not found: set PLAYWRIGHT_CORE, or run the integration tests once (they install it)');
  return path.join(cache, dir, 'node_modules', 'playwright-core');
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
