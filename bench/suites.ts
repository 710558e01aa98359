import { agreementSuite } from './agreement';
import { anchoringMemorySuite } from './anchoring-memory';
import { decorationsSuite } from './annotations-ui';
import { annotationsSuite } from './annotations';
import { hostSuite } from './host';
import { outlineSuite } from './outline';
import { qdaSuite } from './qda';
import { searchSuite } from './search';
import type { BenchSuite } from './suite';
import { webHostSuite } from './web-host';

/** Every benchmark suite, in the order `npm run bench` runs them. */
export const suites: BenchSuite[] = [outlineSuite, searchSuite, annotationsSuite, anchoringMemorySuite, decorationsSuite, qdaSuite, agreementSuite, webHostSuite, hostSuite];
