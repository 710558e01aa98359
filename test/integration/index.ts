// Mocha entry point inside the real VS Code extension host (extensionTestsPath).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, grep: process.env.POLICY_ANNOTATOR_TEST_GREP });
  for (const file of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const resultsFile = process.env.POLICY_ANNOTATOR_TEST_RESULTS;
      const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures, pending: 0 };
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ passes, failures: failed, pending }));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
