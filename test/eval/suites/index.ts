// The list of evaluation suites `npm run eval` knows.
import type { EvalSuite } from '../types.js';
import { attribution } from './attribution.js';
import { cleaning } from './cleaning.js';
import { compare } from './compare.js';
import { clustering } from './clustering.js';
import { dedupSuite } from './dedup.js';
import { entities } from './entities.js';
import { extraction } from './extraction.js';
import { grouping } from './grouping.js';
import { heldout } from './heldout.js';
import { language } from './language.js';
import { quantities } from './quantities.js';
import { sentences } from './sentences.js';
import { summary } from './summary.js';
import { timex } from './timex.js';

export const suites: EvalSuite[] = [attribution, extraction, cleaning, entities, grouping, clustering, heldout, language, sentences, timex, dedupSuite, quantities, summary, compare];
