import { decorationsSuite } from './annotations-ui';
import { outlineSuite } from './outline';
import type { BenchSuite } from './suite';

/** Every benchmark suite, in the order `npm run bench` runs them. */
export const suites: BenchSuite[] = [outlineSuite, decorationsSuite];
