import * as vscode from 'vscode';

/**
 * The report's page: a strict Content-Security-Policy (no remote anything, scripts only with
 * this page's nonce, styles only from the extension), the shared DOM helper and one script (the
 * report's or the agreement page's) and one stylesheet from media/report. The data arrives by postMessage.
 */
export function reportHtml(webview: vscode.Webview, mediaRoot: vscode.Uri, title: string, scriptName = 'report.js'): string {
  const nonce = createNonce();
  const shared = webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'page-dom.js'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, scriptName));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'report.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escapeAttribute(title)}</title>
</head>
<body>
<main id="report"></main>
<script nonce="${nonce}" src="${shared}"></script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

function createNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
}
