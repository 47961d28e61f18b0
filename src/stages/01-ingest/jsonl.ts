// JSON Lines (.jsonl, .ndjson): one article per line with `text` or `html`, and optional `id`,
// `url`, `title`, `outlet`, `published`, `language`. A malformed line is a rejection naming
// `file:line`; the other lines are kept. Pure.
import type { Rejection } from '../../model/report.js';
import { withStrings, type Draft } from './draft.js';

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
  const lines = text.split(/\r\n?|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const source = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (e) {
      rejected.push(lineRejection(file, line, `not valid JSON (${e instanceof Error ? e.message : String(e)})`));
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      rejected.push(lineRejection(file, line, 'expected a JSON object with a "text" or "html" field'));
      return;
    }
    const record = value as Record<string, unknown>;
    const wrongType = ['text', 'html', 'id', ...OPTIONAL_FIELDS].find(
      (k) => record[k] !== undefined && record[k] !== null && typeof record[k] !== 'string' && !(k === 'id' && typeof record[k] === 'number'),
    );
    if (wrongType !== undefined) {
      rejected.push(lineRejection(file, line, `field "${wrongType}" must be a string`));
      return;
    }
    const text = typeof record['text'] === 'string' ? record['text'] : undefined;
    const html = typeof record['html'] === 'string' ? record['html'] : undefined;
    if ((text === undefined || text.trim() === '') && (html === undefined || html.trim() === '')) {
      rejected.push(lineRejection(file, line, 'has no "text" or "html" field with content'));
      return;
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
  });
  return { drafts, rejected };
}
