// Measurements taken inside the workbench page, on its own clock: from the input event (its
// timeStamp, so queueing on a busy main thread counts) to the animation frame that paints the
// awaited change. Playwright only sends the input; its round trips are not in the figures.

/**
 * Milliseconds from the input `act` sends until the frame after the last change inside
 * `selector` (once it has stayed unchanged for `quietMs`): a list redrawn with its final items.
 */
export async function untilSettled(page, selector, act, { quietMs = 250, timeoutMs = 30_000 } = {}) {
  await install(page);
  return measured(page, page.evaluate(args => window.__bench.settled(args), { selector, quietMs, timeoutMs }), act);
}

/** Milliseconds from the input `act` sends until the frame after the first change inside `selector`: text rendered. */
export async function untilChanged(page, selector, act, { timeoutMs = 30_000 } = {}) {
  await install(page);
  return measured(page, page.evaluate(args => window.__bench.settled(args), { selector, quietMs: 0, timeoutMs }), act);
}

/** Milliseconds from the input `act` sends until the frame in which the status bar shows the cursor on `line`. */
export async function untilCursorOnLine(page, line, act, { timeoutMs = 30_000 } = {}) {
  await install(page);
  return measured(page, page.evaluate(args => window.__bench.cursorLine(args), { line, timeoutMs }), act);
}

/** Defines the watchers below in the page, once per page. */
async function install(page) {
  await page.evaluate(`window.__bench ??= { watchInput: ${watchInput}, settled: ${watchSettled}, cursorLine: ${watchCursorLine} }`);
}

/** Acts once the watcher in the page listens for the input; its figure, or its error. */
async function measured(page, done, act) {
  const armed = page.waitForFunction(() => window.__benchArmed === true, undefined, { polling: 10, timeout: 30_000 });
  await Promise.race([armed, done]);
  await act();
  return done;
}

/** In the page (as the ones below): the first input event's time, then each frame until `done(now)` gives a result. */
function watchInput(timeoutMs, onFrame) {
  return new Promise((resolve, reject) => {
    let input;
    const events = ['keydown', 'beforeinput', 'input', 'pointerdown', 'mousedown'];
    const onInput = e => { input ??= e.timeStamp; };
    for (const type of events) window.addEventListener(type, onInput, true);
    const finish = (ok, value) => {
      for (const type of events) window.removeEventListener(type, onInput, true);
      window.__benchArmed = false;
      ok ? resolve(value) : reject(new Error(value));
    };
    const started = performance.now();
    const frame = () => {
      const now = performance.now();
      if (input !== undefined) {
        const result = onFrame(input, now);
        if (result !== undefined) return finish(true, result);
      }
      if (now - started > timeoutMs) return finish(false, input === undefined ? 'no input arrived' : 'the awaited change never came');
      requestAnimationFrame(frame);
    };
    window.__benchArmed = true;
    requestAnimationFrame(frame);
  });
}

function watchSettled({ selector, quietMs, timeoutMs }) {
  const target = document.querySelector(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  let changedAt;
  let lastPainted;
  const observer = new MutationObserver(() => { changedAt = performance.now(); });
  observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
  return window.__bench.watchInput(timeoutMs, (input, now) => {
    // A change before the input is not its answer.
    if (changedAt !== undefined && changedAt >= input) {
      changedAt = undefined;
      lastPainted = now;
    }
    if (lastPainted !== undefined && now - lastPainted >= quietMs) {
      observer.disconnect();
      return lastPainted - input;
    }
    return undefined;
  });
}

function watchCursorLine({ line, timeoutMs }) {
  const shows = () => (document.querySelector('[id="status.editor.selection"]')?.textContent ?? '').startsWith(`Ln ${line},`);
  return window.__bench.watchInput(timeoutMs, (input, now) => (shows() ? now - input : undefined));
}

export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * From the page's first moment: when the Outline first lists `document` (the extension is active
 * and has listed the workspace), a click on its twistie, and when the expanded document's
 * `children` top-level entries (its chapters among them) are in the tree. Read with outlineTimes().
 */
export async function watchOutlineFromStart(page, { document: name, children }) {
  await page.addInitScript(({ name, children, selector }) => {
    if (window !== window.top) return;
    const state = (window.__benchOutline = { origin: performance.timeOrigin });
    const frame = () => {
      const now = performance.now();
      const rows = [...document.querySelectorAll(selector)];
      if (state.listed === undefined) {
        const row = rows.find(r => r.getAttribute('aria-level') === '1' && (r.getAttribute('aria-label') ?? '').includes(name));
        if (row) {
          state.listed = now;
          row.querySelector('.monaco-tl-twistie')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }
      } else if (rows.some(r => r.getAttribute('aria-level') === '2' && Number(r.getAttribute('aria-setsize')) === children)) {
        state.shown = now;
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { name, children, selector: OUTLINE_ROWS });
}

/** Page-clock times (ms since the page was opened, at `origin` in epoch ms) of watchOutlineFromStart's two moments. */
export async function outlineTimes(page, timeoutMs = 60_000) {
  await page.waitForFunction(() => window.__benchOutline?.shown !== undefined, undefined, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => window.__benchOutline);
}

export const OUTLINE_ROWS = '[id="workbench.view.extension.policyAnnotator"] .pane:has(.pane-header[aria-label^="Outline"]) .monaco-list-row';
