// The benches `npm run bench` knows.
import type { Bench } from '../types.js';
import { analyzeArticlesBench, analyzeBench } from './analyze.js';
import { streamBench } from './stream.js';
import { dedupBench } from './dedup.js';
import { ingestBench } from './ingest.js';
import { storeBench } from './store.js';
import { serveBench } from './serve.js';

export const benches: Bench[] = [analyzeBench, analyzeArticlesBench, dedupBench, streamBench, storeBench, ingestBench, serveBench];
