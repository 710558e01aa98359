import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';

// The grammar's expressions are simple enough to mean the same in JavaScript as in Oniguruma;
// this walks a text line by line as TextMate would for line-anchored rules.
const root = path.join(__dirname, '..', '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'policy-text.tmLanguage.json'), 'utf8'));
const fixture = fs.readFileSync(path.join(root, 'test', 'fixtures', 'outline', 'variants.policy.txt'), 'utf8');

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  patterns?: { include: string }[];
}

const rule = (include: string): Rule => grammar.repository[include.slice(1)];

/** The scopes a rule gives a line: its name and those of the groups that took part. */
function scopesOf(r: Rule, m: RegExpExecArray, captures = r.captures): string[] {
  const scopes = r.name ? [r.name] : [];
  for (const [group, capture] of Object.entries(captures ?? {})) if (m[Number(group)] !== undefined) scopes.push(capture.name);
  return scopes;
}

/** Each line's scopes, with begin/end blocks one level deep (all this grammar has). */
function tokenize(text: string): string[][] {
  let block: Rule | undefined;
  return text.split('\n').map(line => {
    if (block && new RegExp(block.end!).test(line)) block = undefined;
    const outer = block ? [block.name!] : [];
    for (const { include } of (block ?? grammar).patterns) {
      const r = rule(include);
      const m = new RegExp(r.match ?? r.begin!).exec(line);
      if (!m) continue;
      if (r.begin) {
        block = r;
        return scopesOf(r, m, r.beginCaptures);
      }
      return [...outer, ...scopesOf(r, m)];
    }
    return outer;
  });
}

/** The line that is `start`, or else the first that starts with it. */
function lineOf(text: string, start: string): number {
  const lines = text.split('\n');
  const exact = lines.indexOf(start);
  return exact >= 0 ? exact : lines.findIndex(l => l.startsWith(start));
}

describe('the policy-text grammar', () => {
  const scopes = tokenize(fixture);
  const at = (start: string) => scopes[lineOf(fixture, start)].join(' ');

  it('compiles every expression and anchors it at a line start', () => {
    for (const r of Object.values(grammar.repository) as Rule[]) {
      for (const source of [r.match, r.begin, r.end].filter((s): s is string => !!s)) {
        assert.doesNotThrow(() => new RegExp(source), source);
        assert.ok(source.startsWith('^'), source);
      }
    }
  });

  it('highlights chapter and section headings, and the contents apart', () => {
    assert.match(at('第一章 港湾の再編'), /markup\.heading\.chapter/);
    assert.match(at('第十章 まとめ'), /entity\.name\.section\.chapter/);
    assert.match(at('■ 現状'), /markup\.heading\.section/);
    assert.match(at('第一章 港湾の再編 …'), /markup\.other\.toc/);
    assert.doesNotMatch(at('第一章 港湾の再編 …'), /heading\.chapter/);
  });

  it('highlights recommendation headings and the bullets under them, whatever their marker', () => {
    for (const heading of ['■ 政策提言', '● 【提言】', '◆ 提言']) assert.match(at(heading), /markup\.heading\.recommendations/, heading);
    for (const bullet of ['・ 主要港', '1. 訓練予算', '2) 地方', '① 民間', '(1) 訓練の成果', '• 政府は', '⚫ 地域の声']) {
      assert.match(at(bullet), /^meta\.recommendations\.policy .*markup\.inserted\.recommendation/, bullet);
    }
  });

  it('ends a recommendations block at the byline, which shows its date and author', () => {
    const byline = at('(脱稿日 2026年1月5日');
    assert.doesNotMatch(byline, /meta\.recommendations/);
    assert.match(byline, /constant\.other\.date.*entity\.name\.tag\.author/);
    assert.match(at('（脱稿日 2026 年 3 月 9 日）'), /constant\.other\.date/);
  });

  it('dims page numbers and photo credits, and marks other bullets as lists', () => {
    assert.match(at('12'), /comment\.line\.page-number/);
    assert.match(at('（写真：'), /comment\.line\.photo-credit/);
    assert.deepEqual(tokenize('・説明の箇条書き\n- 別の箇条書き\n-5%の変化')
      .map(s => s.some(x => x.includes('markup.list'))), [true, true, false]);
  });

  it('the recommendation snippet expands to a block that the grammar and the outline both recognise', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'policy-text.json'), 'utf8'));
    const body = (snippets['Recommendations block'].body as string[]).join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '');
    const tokens = tokenize(body);
    assert.match(tokens[0].join(' '), /markup\.heading\.recommendations/);
    assert.ok(tokens.slice(1).every(t => t.includes('markup.inserted.recommendation.policy')));
    const recommendations = flattenOutline(outlineDocument(`第1章 題\n${body}\n`)).filter(n => n.kind === 'recommendation');
    assert.equal(recommendations.length, body.split('\n').length - 1);
  });

  it('is contributed with the policy-text language, its configuration and snippets', () => {
    const contributes = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).contributes;
    const language = contributes.languages.find((l: { id: string }) => l.id === 'policy-text');
    assert.deepEqual(language.extensions, ['.policy.txt']);
    assert.ok(fs.existsSync(path.join(root, language.configuration)));
    const grammarEntry = contributes.grammars.find((g: { language: string }) => g.language === 'policy-text');
    assert.equal(grammarEntry.scopeName, grammar.scopeName);
    assert.ok(fs.existsSync(path.join(root, grammarEntry.path)));
    assert.ok(contributes.snippets.some((s: { language: string; path: string }) => s.language === 'policy-text' && fs.existsSync(path.join(root, s.path))));
  });
});
