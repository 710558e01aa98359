// What the host bench does in the workbench, as a user would: open the side bar and the outlook,
// search, click, type; each step waits for what it needs, each figure comes from measure.mjs.
import { OUTLINE_ROWS, untilChanged, untilCursorOnLine, untilSettled } from './measure.mjs';

const QUICK_INPUT = '.quick-input-widget input';
const QUICK_LIST = '.quick-input-widget .monaco-list-rows';
const EDITOR_LINES = '.editor-instance .monaco-editor .view-lines';
const PAUSE_MS = 120;

/** Shows a view container of the activity bar (a click on the one shown would hide the side bar). */
export async function openSideBar(page, label) {
  const item = `.activitybar .action-item:has(> a[aria-label^="${label}"])`;
  await page.waitForSelector(item, { timeout: 120_000 });
  const shown = await page.evaluate(selector => document.querySelector(selector).classList.contains('checked')
    && document.querySelector('.part.sidebar')?.offsetWidth > 0, item);
  if (!shown) await page.click(`${item} > a`);
}

export async function openDocument(page, name) {
  await openSideBar(page, 'Explorer');
  await page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`);
  await page.waitForSelector(EDITOR_LINES);
}

/** The active editor's tab label. */
export function activeTab(page) {
  return page.evaluate(() => document.querySelector('.tabs-container .tab.active')?.getAttribute('aria-label') ?? '');
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector(QUICK_INPUT);
  await page.keyboard.insertText(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label^="${title}"]`);
  await page.keyboard.press('Enter');
}

/** VS Code's own activation figures for an extension, from Developer: Startup Performance (read through the clipboard):
 * load code, call activate() and finish activating in ms, and when activation ended (epoch ms). */
export async function activationFigures(page, extensionId) {
  let text = '';
  let row;
  for (let attempt = 0; !row && attempt < 5; attempt++) {
    if (attempt) await page.waitForTimeout(2000);
    await runCommand(page, 'Developer: Startup Performance');
    // It fills in once the workbench has settled.
    await page.waitForFunction(() => /System\sInfo/.test(document.querySelector('.editor-instance .view-lines')?.textContent ?? ''),
      undefined, { timeout: 120_000, polling: 250 });
    await focusEditor(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    text = await page.evaluate(() => navigator.clipboard.readText());
    row = text.split('\n').find(line => line.startsWith(`| ${extensionId} `));
    await page.keyboard.press('Control+W');
  }
  if (!row) throw new Error(`${extensionId} is not among the activated extensions of Developer: Startup Performance`);
  // | id | eager | load code | call activate | finish activate | event | by |
  const [loadCode, activate, finish] = row.split('|').slice(3, 6).map(Number);
  // The extension host's performance mark, in milliseconds since the epoch: `name<TAB>time<TAB>…`.
  const mark = text.split('\n').find(line => line.startsWith(`code/extHost/didActivateExtension/${extensionId}\t`));
  return { loadCode, activate, finish, activatedAt: mark ? Number(mark.split('\t')[1]) : NaN };
}

export async function openSearchRecommendations(page) {
  await runCommand(page, 'Policy Annotator: Search Recommendations');
  await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value === '', undefined, { polling: 20 });
  await page.waitForTimeout(500);
}

/** VS Code's own Go to Symbol in Editor on the active document. */
export async function openGoToSymbol(page) {
  await focusEditor(page);
  await page.keyboard.press('Control+Shift+O');
  await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value === '@', undefined, { polling: 20 });
  await page.waitForTimeout(500);
}

export async function closeQuickInput(page) {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
  // Escape takes Search Recommendations' editor back where it was, focus included, a moment later.
  // (With no editor to go back to, the focus stays where it is.)
  await page.waitForFunction(() => document.activeElement?.closest('.editor-instance .monaco-editor'), undefined, { polling: 50, timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(1000);
}

/**
 * Per round, per character of `query` typed into the open quick input: ms until its list is redrawn for good.
 * Each round after the first types over the previous one (selected), as a reader retrying would:
 * the input never empties, and keeps its prefix (Go to Symbol's @).
 */
export async function typeIntoQuickInput(page, query, rounds) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    times.push([]);
    if (round > 0) {
      await page.keyboard.press('End');
      for (let i = 0; i < [...query].length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await page.waitForTimeout(500);
    }
    for (const [i, char] of [...query].entries()) {
      const before = await quickInputState(page);
      if (!before.focused) throw new Error(`the quick input lost the focus before character ${i + 1} of round ${round + 1}: ${JSON.stringify(before)}`);
      const ms = await untilSettled(page, QUICK_LIST, () => page.keyboard.insertText(char)).catch(async error => {
        throw new Error(`character ${i + 1} of round ${round + 1}: ${error.message}; quick input before ${JSON.stringify(before)}, after ${JSON.stringify(await quickInputState(page))}`);
      });
      times[round].push(ms);
    }
  }
  return times;
}

/** What a reader types to find a node in Go to Symbol: a chapter's number (第3章), else the title's start. */
function symbolQuery(node) {
  return node.kind === 'chapter' ? node.title.split(/\s/)[0] : node.title.slice(0, 12);
}

/** The keyboard's way (a click may land on the sticky scroll or a hover). */
function quickInputState(page) {
  return page.evaluate(() => ({
    focused: !!document.activeElement?.matches('.quick-input-widget input'),
    value: document.querySelector('.quick-input-widget input')?.value,
    active: document.activeElement?.className?.toString().slice(0, 40),
  }));
}

async function focusEditor(page) {
  await page.keyboard.press('Control+1');
  await page.waitForFunction(() => document.activeElement?.closest('.editor-instance .monaco-editor'), undefined, { polling: 20 });
}

/** Puts the cursor on a line (the Outline follows the cursor there). */
export async function goToLine(page, line) {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.waitForSelector(QUICK_INPUT);
  await page.keyboard.insertText(String(line));
  await page.keyboard.press('Enter');
  await page.waitForFunction(n => document.querySelector('[id="status.editor.selection"]')?.textContent.startsWith(`Ln ${n},`), line, { polling: 20 });
}

/** Collapses a pane of the side bar, so that the others get its room. */
export async function collapsePane(page, title) {
  const header = await page.waitForSelector(`.pane-header[aria-label^="${title}"]`);
  // On its twistie: the rest of the header holds the view's buttons.
  if (await header.getAttribute('aria-expanded') === 'true') await header.click({ position: { x: 8, y: 10 } });
  await page.waitForSelector(`.pane-header[aria-label^="${title}"][aria-expanded="false"]`);
}

/**
 * Ms from a click on a recommendation's row in the Outline until the editor shows it selected,
 * `count` clicks in turn on those of `recommendations` whose rows are in view.
 */
export async function revealFromTree(page, recommendations, count) {
  const inView = (await rowsInView(page)).map(row => row.label);
  const targets = recommendations.filter(node => inView.some(label => label.startsWith(rowPrefix(node))));
  if (targets.length < 2) throw new Error(`too few recommendations in the Outline's view: ${JSON.stringify(inView)}`);
  const times = [];
  for (let i = 0; i < count; i++) {
    const node = targets[i % targets.length];
    const row = await steadyRow(page, rowPrefix(node));
    times.push(await untilCursorOnLine(page, node.line, () => page.mouse.click(row.x, row.y)));
    await page.waitForTimeout(PAUSE_MS * 3);
  }
  return times;
}

const rowPrefix = node => node.title.slice(0, 20);

/** The row once it stays in place (the Outline scrolls a moment after the cursor moved, following it). */
async function steadyRow(page, prefix) {
  let last;
  for (let i = 0; i < 40; i++) {
    const row = (await rowsInView(page)).find(r => r.label.startsWith(prefix));
    if (row && last && row.x === last.x && row.y === last.y) return row;
    last = row;
    await page.waitForTimeout(250);
  }
  throw new Error(`the Outline's row ${prefix}… is not in view`);
}

/** The Outline's rows wholly in view, below its sticky headers (the list renders a few more, hidden): label and centre. */
function rowsInView(page) {
  return page.evaluate(selector => [...document.querySelectorAll(selector)].filter(row => !row.closest('.monaco-tree-sticky-container')).map(row => {
    const body = row.closest('.pane-body');
    const top = Math.max(body.getBoundingClientRect().top, body.querySelector('.monaco-tree-sticky-container')?.getBoundingClientRect().bottom ?? 0);
    const box = row.getBoundingClientRect();
    const shown = box.top >= top && box.bottom <= body.getBoundingClientRect().bottom;
    return shown && { label: row.getAttribute('aria-label') ?? '', x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }).filter(Boolean), OUTLINE_ROWS);
}

/** Ms from Enter in Go to Symbol on each chapter until the editor shows it, `count` times in turn. */
export async function revealFromGoToSymbol(page, chapters, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const node = chapters[i % chapters.length];
    await openGoToSymbol(page);
    await page.keyboard.insertText(symbolQuery(node));
    await page.waitForTimeout(500);
    times.push(await untilCursorOnLine(page, node.line, () => page.keyboard.press('Enter')));
    await page.waitForTimeout(PAUSE_MS * 3);
  }
  return times;
}

/** Waits until the workbench has finished starting (no extension still activating), so both windows type alike. */
export async function settled(page) {
  await page.waitForFunction(() => !/Activating Extensions/.test(document.querySelector('.part.statusbar')?.textContent ?? ''), undefined, { polling: 250, timeout: 60_000 });
  await page.waitForTimeout(2000);
}

/** Per character typed at the end of line `line`: ms until the editor rendered it; a typist's pace between keys. */
export async function typeInEditor(page, line, text) {
  await goToLine(page, line);
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  const times = [];
  for (const char of text) {
    times.push(await untilChanged(page, EDITOR_LINES, () => page.keyboard.press(char)));
    await page.waitForTimeout(PAUSE_MS);
  }
  return times;
}
