// Plain HTML-to-text: the fallback for HTML fragments (feed item content, JSONL `html`) when the
// article extractor finds nothing. Block elements become paragraphs, <br> a line break; scripts,
// styles and the like are dropped. Pure.
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { FRAGMENT_BLOCK_ELEMENTS, FRAGMENT_SKIP_ELEMENTS } from './rules.js';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** True when a string holds markup (a tag or an entity-escaped tag is not counted: decode first). */
export function looksLikeHtml(s: string): boolean {
  return /<(?:[a-z][a-z0-9]*\b[^>]*|\/[a-z][a-z0-9]*\s*)>/i.test(s) || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(s);
}

/** Text of an HTML fragment: paragraphs separated by a blank line, lines by "\n". */
export function htmlFragmentToText(html: string): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t !== '') lines.push(t);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // Iterative walk: deeply nested fragments cannot overflow the stack.
  const stack: (Node | 'end-block')[] = [...parseFragment(html).childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'end-block') {
      endParagraph();
      continue;
    }
    if (node.nodeName === '#text' && 'value' in node) {
      line += node.value;
      continue;
    }
    if (!('tagName' in node)) continue; // comments, doctype
    const tag = node.tagName.toLowerCase();
    if (FRAGMENT_SKIP_ELEMENTS.has(tag)) continue;
    if (tag === 'br') {
      endLine();
      continue;
    }
    const block = FRAGMENT_BLOCK_ELEMENTS.has(tag);
    if (block) {
      endParagraph();
      stack.push('end-block');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
