// The list of evaluation suites `npm run eval` knows.
import type { EvalSuite } from '../types.js';
import { extraction } from './extraction.js';
import { grouping } from './grouping.js';

export const suites: EvalSuite[] = [extraction, grouping];
