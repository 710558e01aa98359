/** One benchmark suite of `npm run bench`; select suites by name: `npm run bench -- search`. */
export interface BenchSuite {
  name: string;
  run(): Promise<void> | void;
}
