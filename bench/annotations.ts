import { runAnchoringBench } from './annotations-anchoring';
import { runCodecBench } from './annotations-codec';
import type { BenchSuite } from './suite';

export const annotationsSuite: BenchSuite = {
  name: 'annotations',
  run() {
    runAnchoringBench();
    console.log('');
    runCodecBench();
  },
};
