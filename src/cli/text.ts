// Terminal text helpers for the store commands: article text is untrusted, so control characters
// (which could move the cursor or recolour the terminal) are removed before anything is printed,
// and columns are cut by grapheme, not by UTF-16 unit.

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** C0/C1 control characters (ESC included) and bidi overrides; whitespace is collapsed separately. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** One line of plain, printable text: controls removed, whitespace collapsed. */
export function plain(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/gu, ' ').trim();
}

/** `s` as one line cut (with …) or padded to exactly `width` graphemes. */
export function fit(s: string, width: number): string {
  const flat = plain(s);
  const chars = Array.from(graphemes.segment(flat), (g) => g.segment);
  return chars.length <= width ? flat + ' '.repeat(width - chars.length) : chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Wraps plain text to `width` columns: `indent` before the first line, `hang` before the others. */
export function wrap(s: string, width: number, indent = '', hang = `${indent}    `): string[] {
  const words = plain(s).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const room = (): number => width - (lines.length === 0 ? indent : hang).length;
  for (const w of words) {
    if (line !== '' && line.length + 1 + w.length > room()) { lines.push((lines.length === 0 ? indent : hang) + line); line = w; }
    else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push((lines.length === 0 ? indent : hang) + line);
  return lines;
}

/** The terminal width to render for (at least 80). */
export const terminalWidth = (): number => Math.max(80, process.stdout.columns || 100);
