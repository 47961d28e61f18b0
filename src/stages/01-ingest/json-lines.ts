// The JSON Lines walk shared by article files (.jsonl) and metadata sidecars: every non-blank line
// must hold one JSON object. Pure.

export type JsonLine = { line: number; record: Record<string, unknown> };
export type JsonLineProblem = { line: number; problem: string };

/**
 * Parses each non-blank line (a UTF-8 BOM on the first is ignored); objects go to `records`,
 * anything else to `problems` with a 1-based line number. `expected` says what an object must hold.
 */
export function readJsonLines(text: string, expected: string): { records: JsonLine[]; problems: JsonLineProblem[] } {
  const records: JsonLine[] = [];
  const problems: JsonLineProblem[] = [];
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const line = index + 1;
    const source = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (e) {
      problems.push({ line, problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ line, problem: `expected a JSON object ${expected}` });
      return;
    }
    records.push({ line, record: value as Record<string, unknown> });
  });
  return { records, problems };
}
