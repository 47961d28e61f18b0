// POST /api/corrections body → one Correction, validated by the corrections-file parser (the same
// rules and messages as `--corrections FILE`), plus an optional `author`.
import { parseCorrections, type Correction } from '../stages/06-cluster/corrections.js';
import { ApiError } from './errors.js';

const MAX_AUTHOR_CHARS = 200;
const BODY = 'request body';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ kind: "move", article, to } | { kind: "merge", articles } | { kind: "split", articles, from }`, optional `author`. */
export function correctionInput(body: unknown): { correction: Correction; author?: string } {
  if (!isRecord(body)) throw new ApiError('E_BAD_BODY', 'expected a JSON object: { "kind": "move", "article": ID, "to": ID }, { "kind": "merge", "articles": [ID, …] } or { "kind": "split", "articles": [ID, …], "from": [ID, …] }');
  const { author, ...entry } = body;
  if (author !== undefined && (typeof author !== 'string' || author.trim() === '' || author.length > MAX_AUTHOR_CHARS)) {
    throw new ApiError('E_BAD_BODY', `"author" must be a non-empty string of at most ${String(MAX_AUTHOR_CHARS)} characters`);
  }
  // The file parser names entries "corrections[0]"; here the entry is the body itself.
  let parsed;
  try {
    parsed = parseCorrections(JSON.stringify({ version: 1, corrections: [entry] }), BODY);
  } catch (e) {
    const message = e instanceof Error ? e.message.replace('corrections[0].', '').replace('corrections[0]', 'the correction') : String(e);
    throw new ApiError('E_CORRECTIONS', message);
  }
  const [correction] = parsed.corrections;
  if (correction === undefined) throw new ApiError('E_CORRECTIONS', `${BODY}: no correction`);
  return typeof author === 'string' ? { correction, author: author.trim() } : { correction };
}
