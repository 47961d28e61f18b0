// Plain text (.txt, .md, .text) → article body. Pure.

// C0 controls other than tab/newline, DEL and C1 controls never belong in article text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Plain text → body: CRLF/CR → LF, control characters removed, lines trimmed; paragraphs are
 * separated by blank lines, or — when the text has no blank line at all — each line is a paragraph.
 * Paragraphs are joined by one blank line, lines inside a paragraph by "\n".
 */
export function textToBody(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').replace(CONTROL_CHARS, '').split('\n').map((l) => l.trim());
  const firstContent = lines.findIndex((l) => l !== '');
  const lastContent = lines.findLastIndex((l) => l !== '');
  const inner = firstContent < 0 ? [] : lines.slice(firstContent, lastContent + 1);
  const hasBlank = inner.includes('');
  const paragraphs: string[] = [];
  if (!hasBlank) {
    paragraphs.push(...inner);
  } else {
    let current: string[] = [];
    for (const line of inner) {
      if (line === '') {
        if (current.length > 0) paragraphs.push(current.join('\n'));
        current = [];
      } else current.push(line);
    }
    if (current.length > 0) paragraphs.push(current.join('\n'));
  }
  return paragraphs.join('\n\n');
}
