import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The REFI-QDA schemas, read from the shared folder beside the project (MIT, REFI). */
const SCHEMAS = path.resolve(__dirname, '../../../../shared/refi-qda');

/** Validates XML with libxml2 (compiled to WebAssembly) against one of the official schemas. */
export async function validateAgainst(schema: 'Project-mrt2019.xsd' | 'Codebook.xsd', xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'input.xml', contents: xml }],
    schema: [{ fileName: schema, contents: fs.readFileSync(path.join(SCHEMAS, schema), 'utf8') }],
  });
  return result.valid ? [] : result.errors.map(e => e.rawMessage);
}
