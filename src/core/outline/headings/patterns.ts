import type { HeadingPattern } from '../options';
import { parseNumeral, parseRoman } from '../rules/numerals';
import type { Numbering } from './numbering';

/**
 * A project's own heading numbering (`Article {n}`, `第{n}条`, `Annex {a}`), read from a file a
 * colleague wrote: it is matched as literal text with placeholders, character by character, and
 * never turned into a regular expression, so no pattern can make recognition slow or wrong.
 */
export interface LiteralPattern {
  readonly level: 'chapter' | 'section';
  startsWith(code: number): boolean;
  read(text: string, column: number): Numbering | undefined;
}

/** Longest pattern kept; longer ones (and empty ones, or ones without a placeholder) are ignored. */
const LONGEST_PATTERN = 40;
const LONGEST_NUMBER = 6;

type Token = { literal: string } | { placeholder: 'n' | 'a' };

export function compilePatterns(patterns: readonly HeadingPattern[] | undefined): LiteralPattern[] {
  const compiled: LiteralPattern[] = [];
  (patterns ?? []).forEach((p, index) => {
    if (typeof p?.pattern !== 'string' || p.pattern.length > LONGEST_PATTERN) return;
    const tokens = tokenize(p.pattern.trim());
    if (!tokens.some(t => 'placeholder' in t)) return;
    compiled.push(new Pattern(tokens, p.level === 'chapter' ? 'chapter' : 'section', `pattern ${index}`));
  });
  return compiled;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const placeholder = pattern.startsWith('{n}', i) ? 'n' : pattern.startsWith('{a}', i) ? 'a' : undefined;
    if (!placeholder) {
      literal += pattern[i];
      continue;
    }
    if (literal) tokens.push({ literal });
    literal = '';
    tokens.push({ placeholder });
    i += 2;
  }
  if (literal) tokens.push({ literal });
  return tokens;
}

class Pattern implements LiteralPattern {
  constructor(private readonly tokens: Token[], readonly level: 'chapter' | 'section', private readonly family: string) {}

  startsWith(code: number): boolean {
    const first = this.tokens[0];
    if ('literal' in first) return first.literal.charCodeAt(0) === code;
    return first.placeholder === 'n' ? isNumeralChar(code) : isLetter(code);
  }

  read(text: string, column: number): Numbering | undefined {
    let at = column;
    const path: number[] = [];
    for (const token of this.tokens) {
      if ('literal' in token) {
        if (!text.startsWith(token.literal, at)) return undefined;
        at += token.literal.length;
        continue;
      }
      if (token.placeholder === 'a') {
        if (!isLetter(text.charCodeAt(at))) return undefined;
        path.push(text[at].toUpperCase().charCodeAt(0) - 64);
        at++;
        continue;
      }
      let end = at;
      while (end < text.length && end - at < LONGEST_NUMBER && isNumeralChar(text.charCodeAt(end))) end++;
      const value = parseNumeral(text.slice(at, end)) ?? parseRoman(text.slice(at, end));
      if (value === undefined) return undefined;
      path.push(value);
      at = end;
    }
    while (at < text.length && /[\s:：.．]/.test(text[at])) at++;
    return { family: this.family, path, column, titleStart: at, level: this.level };
  }
}

function isNumeralChar(code: number): boolean {
  const c = String.fromCharCode(code);
  return /[0-9０-９〇一二三四五六七八九十百IVXivx]/.test(c);
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
