/** Resolves in a later task of the extension host: background work yields so that a keystroke or a click is served between its steps. */
export function nextTask(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0));
}
