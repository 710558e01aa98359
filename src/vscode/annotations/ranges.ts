import * as vscode from 'vscode';
import type { OffsetRange } from '../../core/text/shift-ranges';

/** The one place where the core's UTF-16 offsets become editor ranges. */
export function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

export function toOffsets(document: vscode.TextDocument, range: vscode.Range): OffsetRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
