// JSON Lines (.jsonl, .ndjson): one article per line with `text` or `html`, and optional `id`,
// `url`, `title`, `outlet`, `published`, `language`. A malformed line is a rejection naming
// `file:line`; the other lines are kept. Pure.
import type { Rejection } from '../../model/report.js';
import { withStrings, type Draft } from './draft.js';
import { readJsonLines } from './json-lines.js';

export type JsonlResult = { drafts: Draft[]; rejected: Rejection[] };

const OPTIONAL_FIELDS = ['url', 'title', 'outlet', 'published', 'language'] as const;

function lineRejection(file: string, line: number, problem: string): Rejection {
  const input = `${file}:${line}`;
  return {
    input,
    code: 'E_JSONL_LINE',
    message: `${input}: ${problem}; fix or remove this line (the other lines of the file were read)`,
  };
}

/** Reads every non-blank line of a JSON Lines file named `file`. */
export function parseJsonl(text: string, file: string): JsonlResult {
  const drafts: Draft[] = [];
  const rejected: Rejection[] = [];
  const { records, problems } = readJsonLines(text, 'with a "text" or "html" field');
  for (const p of problems) rejected.push(lineRejection(file, p.line, p.problem));
  for (const { line, record } of records) {
    const wrongType = ['text', 'html', 'id', ...OPTIONAL_FIELDS].find(
      (k) => record[k] !== undefined && record[k] !== null && typeof record[k] !== 'string' && !(k === 'id' && typeof record[k] === 'number'),
    );
    if (wrongType !== undefined) {
      rejected.push(lineRejection(file, line, `field "${wrongType}" must be a string`));
      continue;
    }
    const text = typeof record['text'] === 'string' ? record['text'] : undefined;
    const html = typeof record['html'] === 'string' ? record['html'] : undefined;
    if ((text === undefined || text.trim() === '') && (html === undefined || html.trim() === '')) {
      rejected.push(lineRejection(file, line, 'has no "text" or "html" field with content'));
      continue;
    }
    const id = record['id'];
    const item = typeof id === 'string' && id.trim() !== '' ? id.trim() : typeof id === 'number' ? String(id) : String(line);
    const draft: Draft = {
      format: 'jsonl',
      label: `${file}:${line}`,
      item,
      content: text !== undefined && text.trim() !== '' ? { kind: 'text', text } : { kind: 'html', html: html ?? '', fragment: true },
    };
    drafts.push(withStrings(draft, Object.fromEntries(OPTIONAL_FIELDS.map((k) => [k, record[k]]))));
  }
  return { drafts, rejected };
}
