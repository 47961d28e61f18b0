// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item/entry, detected by the root
// element. Content: content:encoded, Atom content, summary, description (HTML goes to the article
// extractor later). pubDate / published / updated / dc:date → published; link → url; the channel
// or feed title → outlet. Entity declarations are refused (billion laughs). Pure.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Rejection } from '../../model/report.js';
import { withStrings, type Draft } from './draft.js';
import { looksLikeHtml } from './fragment.js';
import { ENTITY_DECLARATION, MAX_FEED_ITEMS, MAX_XML_DEPTH } from './rules.js';

export type FeedResult =
  | { kind: 'feed'; format: 'rss' | 'atom'; drafts: Draft[]; rejected: Rejection[] }
  | { kind: 'malformed'; reason: string }
  | { kind: 'not-a-feed'; root: string };

type XmlNode = Record<string, unknown>;

const ARRAY_TAGS = new Set(['item', 'entry', 'link']);

// Atom content/summary are kept as raw XML so type="xhtml" keeps its markup; decoded below.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: 100_000, maxExpandedLength: 10_000_000 },
  maxNestedTags: MAX_XML_DEPTH,
  isArray: (name) => ARRAY_TAGS.has(name),
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Unwraps CDATA sections and decodes XML's predefined and numeric entities (for raw stop nodes). */
function decodeXmlText(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) => {
    if (part.startsWith('<![CDATA[')) return part.slice(9, -3);
    return part.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return XML_ENTITIES[name] ?? whole;
    });
  }).join('');
}

/** Text of an element as parsed: a string, or `#text` of an element with attributes. */
function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() === '' ? undefined : node.trim();
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'object' && node !== null) return text((node as XmlNode)['#text']);
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  return typeof node === 'object' && node !== null ? text((node as XmlNode)[`@_${name}`]) : undefined;
}

function asNodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
  return list.filter((v): v is XmlNode => typeof v === 'object' && v !== null);
}

function content(value: string): Draft['content'] {
  return looksLikeHtml(value) ? { kind: 'html', html: value, fragment: true } : { kind: 'text', text: value };
}

function rssDrafts(channel: XmlNode, items: XmlNode[], file: string): Draft[] {
  const outlet = text(channel['title']);
  const language = text(channel['language']) ?? text(channel['dc:language']);
  const drafts: Draft[] = [];
  items.forEach((item, i) => {
    const body = text(item['content:encoded']) ?? text(item['description']);
    const guid = text(item['guid']) ?? text(item['@_rdf:about']);
    const id = guid ?? String(i + 1);
    const draft: Draft = { format: 'rss', label: `${file}#${id}`, item: id, content: content(body ?? '') };
    const links = item['link'];
    drafts.push(withStrings(draft, {
      url: text(links) ?? (attr(item['guid'], 'isPermaLink') !== 'false' && guid?.startsWith('http') === true ? guid : undefined),
      title: text(item['title']),
      outlet,
      published: text(item['pubDate']) ?? text(item['dc:date']),
      language: text(item['dc:language']) ?? language,
    }));
  });
  return drafts;
}

function atomLink(entry: XmlNode): string | undefined {
  const links = asNodes(entry['link']);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attr(alternate, 'href');
}

function atomContent(node: unknown): Draft['content'] | undefined {
  const raw = text(node);
  if (raw === undefined) return undefined;
  const type = attr(node, 'type') ?? 'text';
  if (type === 'xhtml') return { kind: 'html', html: raw, fragment: true };
  const decoded = decodeXmlText(raw).trim();
  if (decoded === '') return undefined;
  return type === 'html' || type === 'text/html' ? { kind: 'html', html: decoded, fragment: true } : content(decoded);
}

function atomDrafts(feed: XmlNode, entries: XmlNode[], file: string): Draft[] {
  const outlet = text(feed['title']);
  const feedLanguage = attr(feed, 'xml:lang');
  return entries.map((entry, i) => {
    const id = text(entry['id']) ?? String(i + 1);
    const body = atomContent(entry['content']) ?? atomContent(entry['summary']) ?? { kind: 'text', text: '' };
    const draft: Draft = { format: 'atom', label: `${file}#${id}`, item: id, content: body };
    return withStrings(draft, {
      url: atomLink(entry),
      title: text(entry['title']),
      outlet,
      published: text(entry['published']) ?? text(entry['updated']),
      language: attr(entry, 'xml:lang') ?? feedLanguage,
    });
  });
}

/** Parses an RSS or Atom document named `file`. */
export function parseFeed(xml: string, file: string): FeedResult {
  if (ENTITY_DECLARATION.test(xml)) {
    return { kind: 'malformed', reason: 'it declares XML entities (<!ENTITY>), which feeds do not need and which are refused to prevent entity-expansion attacks' };
  }
  // The parser itself is lenient (it accepts unclosed tags), so well-formedness is checked first.
  // fast-xml-parser 5 marks its bundled validator deprecated in favour of the separate
  // fast-xml-validator package (same code); switch when the project takes that dependency.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { kind: 'malformed', reason: `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` };
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (e) {
    return { kind: 'malformed', reason: e instanceof Error ? e.message : String(e) };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const top = root === undefined ? undefined : asNodes(doc[root])[0];
  let result: { format: 'rss' | 'atom'; drafts: Draft[]; count: number };
  if ((root === 'rss' || root === 'rdf:RDF') && top !== undefined) {
    const channel = asNodes(top['channel'])[0] ?? {};
    const items = asNodes(root === 'rss' ? channel['item'] : top['item']);
    result = { format: 'rss', drafts: rssDrafts(channel, items.slice(0, MAX_FEED_ITEMS), file), count: items.length };
  } else if (root === 'feed' && top !== undefined) {
    const entries = asNodes(top['entry']);
    result = { format: 'atom', drafts: atomDrafts(top, entries.slice(0, MAX_FEED_ITEMS), file), count: entries.length };
  } else {
    return { kind: 'not-a-feed', root: root ?? '(none)' };
  }
  const rejected: Rejection[] = [];
  if (result.count > MAX_FEED_ITEMS) {
    rejected.push({
      input: file, code: 'E_FEED',
      message: `${file}: the feed has ${result.count} items; only the first ${MAX_FEED_ITEMS} were read — split the feed to analyse the rest`,
    });
  }
  if (result.count === 0) {
    rejected.push({ input: file, code: 'E_EMPTY', message: `${file}: the ${result.format === 'rss' ? 'RSS' : 'Atom'} feed has no items; check that it is the right feed` });
  }
  return { kind: 'feed', format: result.format, drafts: result.drafts, rejected };
}
