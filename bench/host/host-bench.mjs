#!/usr/bin/env node
// `npm run bench -- host`: the packaged extension in a real VS Code (code-server in Chromium, as
// the integration tests run it), measured beside VS Code's own features in the same run:
//  - keystroke -> Search Recommendations list updated, beside keystroke -> Go to Symbol list updated;
//  - click on a recommendation in the Outline -> editor revealed, beside Go to Symbol Enter -> revealed;
//  - typing in the outlook with 1,000 annotations, beside the same workspace without the extension;
//  - activation (VS Code's own figures) and the Outline listing the outlook's chapters.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { outlineTimes, watchOutlineFromStart } from './measure.mjs';
import { load, printReport } from './report.mjs';
import {
  activationFigures, activeTab, closeQuickInput, collapsePane, goToLine, openDocument, openGoToSymbol, openSearchRecommendations, openSideBar,
  revealFromGoToSymbol, revealFromTree, settled, typeInEditor, typeIntoQuickInput,
} from './scenarios.mjs';
import { installExtension, offlineTools, openWorkbench } from './server.mjs';
import { makeWorkspace, OUTLOOK } from './workspace.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const vsix = path.join(root, 'dist', 'policy-annotator.vsix');
const EXTENSION_ID = 'policy-annotator.policy-annotator';
const ANNOTATIONS = 1000;
const QUERY = 'サプライチェーン';
const TYPED = 'abcdefghijklmnopqrstuvwx';
/** Rounds of typing the query, after a first one that finds the workbench's list code not yet compiled. */
const ROUNDS = 2;
const REVEALS = 6;
const TIME_LIMIT_MS = 8 * 60_000;
const FAILURE_PICTURE = path.join(os.tmpdir(), 'policy-annotator-host-bench-failure.png');

const fail = message => {
  console.error(`host bench: ${message}`);
  process.exit(1);
};
/** The page being measured and the step under way, for a failure to say where it stopped; the folder to remove. */
const current = { page: undefined, step: 'starting', scratch: undefined };
const started = Date.now();
const step = name => {
  current.step = name;
  console.log(`  ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s  ${name}…`);
};
setTimeout(async () => {
  const shot = await current.page?.screenshot({ path: FAILURE_PICTURE }).then(() => ` (the window then: ${FAILURE_PICTURE})`, () => '');
  if (current.scratch) fs.rmSync(current.scratch, { recursive: true, force: true });
  fail(`not finished after ${TIME_LIMIT_MS / 60_000} minutes, at: ${current.step}${shot ?? ''}`);
}, TIME_LIMIT_MS).unref();

const loadBefore = load();
let tools;
try {
  tools = offlineTools(root);
} catch (error) {
  fail(`${error.message}. The host bench drives VS Code in the browser with the offline tools of ../shared/vscode-offline (or VSCODE_OFFLINE_TOOLS; see their README).`);
}
step('packaging the extension');
if (spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) fail('npm run package failed');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-host-bench-'));
current.scratch = scratch;
let failure;
try {
  const outline = makeWorkspace(root, path.join(scratch, 'workspace'), ANNOTATIONS);
  const results = await measure(outline);
  printReport({ ...results, loadBefore }, { annotations: ANNOTATIONS, chapters: outline.filter(n => n.kind === 'chapter').length });
} catch (error) {
  failure = error;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
if (failure) fail(failure.stack ?? String(failure));
process.exit(0);

async function measure(outline) {
  const workspace = path.join(scratch, 'workspace');
  const chapters = outline.filter(n => n.kind === 'chapter');
  const withExtension = path.join(scratch, 'extensions');
  installExtension(tools, vsix, withExtension, scratch);
  const r = { version: codeVersion() };
  step('starting VS Code in the browser with the extension');
  const typingLine = lineToTypeIn(fs.readFileSync(path.join(workspace, OUTLOOK), 'utf8'));

  const withOptions = {
    scratch, extensionsDir: withExtension, folder: workspace,
    beforeOpen: page => watchOutlineFromStart(page, { document: OUTLOOK, children: outline.filter(n => n.kind !== 'toc').length }),
  };
  await withWorkbench(withOptions, async page => {
    step('opening the Policy Annotator side bar on a fresh window');
    await openSideBar(page, 'Policy Annotator');
    r.sideBarOpened = await page.evaluate(() => performance.now());
    r.outline = await outlineTimes(page);
    step("reading VS Code's startup performance figures");
    r.activation = await activationFigures(page, EXTENSION_ID);
    await openDocument(page, OUTLOOK);
    await openSideBar(page, 'Policy Annotator');

    step(`typing ${QUERY} into Search Recommendations, then into Go to Symbol`);
    await openSearchRecommendations(page);
    [r.ourFirstKeys, ...r.ourKeys] = await typeIntoQuickInput(page, QUERY, 1 + ROUNDS);
    r.ourKeys = r.ourKeys.flat();
    await closeQuickInput(page);
    const left = await activeTab(page);
    if (!left.startsWith(OUTLOOK)) {
      console.log(`  note: Escape left ${left} open instead of the outlook; opening the outlook again`);
      await openDocument(page, OUTLOOK);
      await openSideBar(page, 'Policy Annotator');
    }
    await openGoToSymbol(page);
    [r.symbolFirstKeys, ...r.symbolKeys] = await typeIntoQuickInput(page, QUERY, 1 + ROUNDS);
    r.symbolKeys = r.symbolKeys.flat();
    await closeQuickInput(page);

    step('revealing recommendations from the Outline, then chapters from Go to Symbol');
    // The Outline follows the cursor: a chapter's recommendations are in view once it is in one.
    await collapsePane(page, 'Annotations');
    await goToLine(page, descendants(chapters[2]).find(n => n.kind === 'recommendation').line);
    await page.waitForTimeout(1000);
    r.treeReveal = await revealFromTree(page, outline.flatMap(descendants).filter(n => n.kind === 'recommendation'), REVEALS);
    r.symbolReveal = await revealFromGoToSymbol(page, chapters.slice(2, 7), REVEALS);
    step(`typing in the outlook with ${ANNOTATIONS} annotations`);
    await settled(page);
    r.typingWith = await typeInEditor(page, typingLine, TYPED);
  });

  step('typing in the outlook without the extension (a second window)');
  const noExtensions = path.join(scratch, 'no-extensions');
  fs.mkdirSync(noExtensions);
  await withWorkbench({ scratch, extensionsDir: noExtensions, folder: workspace }, async page => {
    await openDocument(page, OUTLOOK);
    await settled(page);
    r.typingWithout = await typeInEditor(page, typingLine, TYPED);
  });
  return r;
}

/** Runs `body` on a workbench; when it fails, a picture of the window tells where. */
async function withWorkbench(options, body) {
  const wb = await openWorkbench(tools, options);
  current.page = wb.page;
  try {
    await body(wb.page);
  } catch (error) {
    if (await wb.page.screenshot({ path: FAILURE_PICTURE }).then(() => true, () => false)) error.message += ` (the window then: ${FAILURE_PICTURE})`;
    error.message = `${current.step}: ${error.message}`;
    throw error;
  } finally {
    current.page = undefined;
    await wb.close();
  }
}

function descendants(node) {
  return node.children.flatMap(child => [child, ...descendants(child)]);
}

/** A long line of running text in the middle of the document (1-based). */
function lineToTypeIn(text) {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i > lines.length / 2 && [...line].length >= 60);
  return index + 1;
}

function codeVersion() {
  const pkg = path.join(path.dirname(tools.CODE_SERVER_ENTRY), '..', '..', 'lib', 'vscode', 'package.json');
  return fs.existsSync(pkg) ? JSON.parse(fs.readFileSync(pkg, 'utf8')).version : '?';
}
