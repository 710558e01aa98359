import * as fs from 'node:fs';
import * as path from 'node:path';
import { outlineDocument } from '../../core/outline';
import { documentByline } from '../../core/outline/document-byline';
import type { OutlineNode } from '../../core/outline/model';
import { parseArgs, type CliCommand } from '../command';
import { outlineInputs } from '../outline-inputs';
import { decodeDocument, type DocumentText } from '../../core/text/document-text';

/** The JSON contract: `{ document, format, byline?: { author?, date? }, outline: [Node] }`, lines 1-based. */
interface JsonNode {
  kind: string;
  title: string;
  line: number;
  endLine: number;
  author?: string;
  date?: string;
  /** What made a recommendation one: its block's label, its number or marker, a requirement keyword, or the reader's correction. */
  label?: string;
  children: JsonNode[];
}

export const outlineCommand: CliCommand = {
  name: 'outline',
  summary: 'print the chapters, sections and recommendations of a policy text',
  usage: 'policy-annotator outline FILE [--json]',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, []);
    const file = positional[0];
    if (!file) {
      io.err(`usage: ${this.usage}\n`);
      return 2;
    }
    const absolute = path.resolve(io.cwd, file);
    const read = readDocument(absolute, file);
    if (read === undefined) {
      io.err(`policy-annotator outline: ${file} is a directory; give one document (policy-annotator search and check take folders)\n`);
      return 2;
    }
    const { text, problem } = read;
    const { options, problems } = outlineInputs(absolute, text, io.cwd);
    if (problem) problems.unshift(`policy-annotator outline: ${file}:${problem.line}:${problem.column}: ${problem.message}`);
    for (const problem of problems) io.err(`${problem}\n`);
    const outline = outlineDocument(text, options);
    const byline = documentByline(text);
    if (flags.has('json')) {
      io.out(JSON.stringify({ document: file, format: outline.format, ...(byline ? { byline } : {}), outline: outline.nodes.map(toJson) }, null, 2) + '\n');
    } else {
      io.out(`${file} (${outline.format})${byline ? ` — ${[byline.author, byline.date].filter(Boolean).join(', ')}` : ''}\n`);
      for (const node of outline.nodes) printTree(node, 1, io.out);
    }
    return problems.length > 0 ? 1 : 0;
  },
};

/** The document's text as the editor opens it (see decodeDocument); undefined for a folder. */
function readDocument(absolute: string, shown: string): DocumentText | undefined {
  try {
    return decodeDocument(fs.readFileSync(absolute));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return undefined;
    if (code === 'ENOENT') throw new Error(`${shown}: no such file`);
    throw new Error(`${shown}: ${(error as Error).message}`);
  }
}

function toJson(node: OutlineNode): JsonNode {
  return {
    kind: node.kind,
    title: node.title,
    line: node.line,
    endLine: node.endLine,
    ...(node.author ? { author: node.author } : {}),
    ...(node.date ? { date: node.date } : {}),
    ...(node.label ? { label: node.label } : {}),
    children: node.children.map(toJson),
  };
}

function printTree(node: OutlineNode, depth: number, out: (text: string) => void): void {
  const byline = [node.author, node.date].filter(Boolean).join(', ');
  const title = node.title.length > 70 ? node.title.slice(0, 69) + '…' : node.title;
  const label = node.label ? ` [${node.label}]` : '';
  out(`${'  '.repeat(depth)}${node.kind} ${node.line}: ${title}${label}${byline ? `  (${byline})` : ''}\n`);
  for (const child of node.children) printTree(child, depth + 1, out);
}
