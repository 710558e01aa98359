import { computeAgreement, type AgreementResult, type TagAgreement } from '../../core/agreement/agreement';
import { agreementJson, rounded } from '../../core/agreement/agreement-json';
import { TEXT_UNIT_KINDS, type TextUnitKind } from '../../core/agreement/text-units';
import { prepareDocuments } from '../../core/export/rows';
import { readAnnotationSources } from '../annotation-sources';
import { parseArgs, type CliCommand } from '../command';
import { folderArgument } from '../walk';

/** Exit codes: 0 the figures were computed; 1 some annotation files could not be read (left out); 2 bad usage or too few coders. */
export const agreementCommand: CliCommand = {
  name: 'agreement',
  summary: 'inter-coder agreement of a folder\'s annotations: Krippendorff\'s alpha, Cohen\'s kappa, percentage',
  usage: `policy-annotator agreement DIR [--coders A,B] [--documents PATH,PATH] [--unit ${TEXT_UNIT_KINDS.join('|')}] [--json]\n\n`
    + 'Coders are annotation authors (name, email or both). Without --documents, the documents every\n'
    + 'chosen coder annotated. Alpha is the unitizing alpha over code points; kappa and percentage\n'
    + 'compare each pair of coders over the units (default: sentence).',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['coders', 'documents', 'unit']);
    const unit = flags.get('unit') ?? 'sentence';
    const known = ['coders', 'documents', 'unit', 'json'];
    if (positional.length !== 1 || !TEXT_UNIT_KINDS.includes(unit as TextUnitKind) || [...flags.keys()].some(f => !known.includes(f))) {
      io.err(`Usage: ${agreementCommand.usage.split('\n')[0]}\n`);
      return 2;
    }
    const dir = folderArgument(positional[0], 'agreement', io);
    if (!dir) return 2;
    const { sources, problems } = readAnnotationSources(dir);
    for (const problem of problems) io.err(`${problem}\n`);
    const documents = prepareDocuments(sources);
    const list = (name: string) => {
      const value = flags.get(name);
      return typeof value === 'string' ? value.split(',').map(s => s.trim()).filter(s => s.length > 0) : undefined;
    };
    const result = computeAgreement(documents, { unit: unit as TextUnitKind, coders: list('coders'), documents: list('documents') });
    io.out(flags.has('json') ? JSON.stringify(agreementJson(result, documents), null, 2) + '\n' : agreementTable(result));
    return problems.length ? 1 : 0;
  },
};

/** The figures as a table: a row for all tags, then one per tag; a kappa and percentage column per pair. */
function agreementTable(result: AgreementResult): string {
  const pairs = result.overall.pairs.map(p => `${p.coders[0] + 1}-${p.coders[1] + 1}`);
  const header = ['tag', 'alpha', 'passages', ...pairs.flatMap(p => [`kappa ${p}`, `% ${p}`])];
  const row = (label: string, t: TagAgreement) => [
    label,
    figure(t.alpha.alpha),
    t.passages.join('/'),
    ...t.pairs.flatMap(p => [figure(p.kappa), p.units === 0 ? '-' : (p.percent * 100).toFixed(1)]),
  ];
  const rows = [header, row('(all tags)', result.overall), ...result.tags.map(t => row(t.tag || '(no tag)', t))];
  const widths = header.map((_, c) => Math.max(...rows.map(r => r[c].length)));
  const units = result.overall.pairs[0]?.units ?? 0;
  return [
    `${result.coders.length} coders, ${result.documents.length} documents, ${result.codePoints} code points; unit: ${result.unit} (${units} for coders 1-2)`,
    ...result.coders.map((c, i) => `  ${i + 1}  ${c.label}`),
    '',
    ...rows.map(r => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()),
    '',
    `${result.disagreements.length} passages where coders differ (--json lists them)`,
    '',
  ].join('\n');
}

function figure(value: number | undefined): string {
  const r = rounded(value);
  return r === null ? '-' : r.toFixed(3);
}
