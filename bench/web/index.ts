// The web bench's half in the browser: run by the web test runner as its "tests" in the web
// worker extension host, on the corpus opened as its folder; prints the figures for bench/web-host.ts.
import * as vscode from 'vscode';
import { FIGURES_MARK } from './figures-mark';
import { measureHost } from './host-figures';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the web bench needs the corpus opened as its folder');
  const texts = new Map<string, string>();
  const entries = (await vscode.workspace.fs.readDirectory(folder.uri)).filter(([name]) => name.endsWith('.txt')).sort();
  for (const [name] of entries) texts.set(name, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, name))));
  console.log(`${FIGURES_MARK}${JSON.stringify(measureHost(texts))}`);
}
