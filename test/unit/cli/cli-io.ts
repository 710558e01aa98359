import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { CliIO } from '../../../src/cli/command';
import { parseAnnotationFile } from '../../../src/core/annotations/codec';

/** A CLI io that keeps what a command prints, run in `cwd`. */
export function capture(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd, out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
  return io;
}

/** An annotation file that must read. */
export function readAnnotations(file: string) {
  const parsed = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
  assert.ok(parsed.ok, `${file} parses`);
  return parsed.file;
}
