// Mocha entry point inside the browser's web worker extension host (vscode.dev, github.dev),
// run by scripts/test-web.mjs. The integration tests that need no Node run here as they are,
// beside the web-only ones (a new integration test file that needs no Node belongs in the list
// below too); mocha is its browser build, bundled in.
import * as vscode from 'vscode';
import './mocha-setup';
import '../integration/extension.test';
import '../integration/outline.test';
import '../integration/outline-view.test';
import '../integration/search.test';
import '../integration/annotations.test';
import '../integration/annotations-edges.test';
import '../integration/report.test';
import './web-host.test';

import { EXTENSION_ID } from '../integration/support/host';

export async function run(): Promise<void> {
  const { grep } = await options();
  if (grep) mocha.grep(grep);
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}

/** What scripts/test-web.mjs wrote beside this bundle (the browser has no environment to pass it in). */
async function options(): Promise<{ grep?: string }> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const response = await fetch(vscode.Uri.joinPath(extension.extensionUri, 'web-tests', 'options.json').toString(true));
  return response.ok ? await response.json() as { grep?: string } : {};
}
