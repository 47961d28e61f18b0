// The list of evaluation suites `npm run eval` knows.
import type { EvalSuite } from '../types.js';

export const suites: EvalSuite[] = [];
