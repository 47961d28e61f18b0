// Consistency checks for the bundled example corpus (examples/corpus) and its gold labels.
// The corpus is fictional and written for Parallax; gold.json describes every article in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/shared.js';

const corpusDir = join(repoRoot, 'examples', 'corpus');
/** Housekeeping files of the corpus that are not articles. */
const NOT_ARTICLES = new Set(['meta.jsonl', 'gold.json', 'README.md']);
const LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
const NOISE_REASONS = new Set([
  'share-prompt', 'disclaimer', 'caption', 'byline', 'date-header', 'related-link', 'navigation',
  'promo', 'cookie-banner', 'comment-prompt', 'source-credit',
]);

interface GoldArticle { event: string; language: string; outlet: string; published: string; wireOf?: string }
interface GoldEvent { title: string; date: string; story: string }
interface GoldStory { title: string; events: string[] }
interface Gold {
  description: string;
  articles: Record<string, GoldArticle>;
  events: Record<string, GoldEvent>;
  stories: Record<string, GoldStory>;
  noise: { article: string; text: string; reason: string }[];
  disputes: { event: string; topic: string; values: { value: string; articles: string[] }[] }[];
  quoteVariants: { event: string; speaker: string; variants: { text: string; article: string }[] }[];
  relativeDates: { article: string; text: string; resolves: string }[];
  entities: { description: string; events: Record<string, { name: string; type: string; forms: string[] }[]> };
}

const gold = JSON.parse(readFileSync(join(corpusDir, 'gold.json'), 'utf8')) as Gold;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every file under the corpus, as a '/'-separated path relative to it. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push(rel);
  }
  return out;
}

/**
 * Windows-1252 characters for bytes 0x80–0x9F. Node 20's TextDecoder('windows-1252') decodes these
 * bytes as C1 control characters (ISO-8859-1), so they are mapped here.
 */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252. */
function decodeFile(rel: string): { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' } {
  const bytes = readFileSync(join(corpusDir, rel));
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.startsWith('\uFEFF')) return { text: text.slice(1), encoding: 'utf-8-bom' };
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Minimal HTML/XML entity decoding, applied twice for escaped HTML inside feeds. */
function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 2; i++) {
    out = out
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&nbsp;/g, '\u00a0')
      .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&amp;/g, '&');
  }
  return out;
}

type Kind = 'single' | 'jsonl' | 'rss' | 'atom';
function kindOf(rel: string): Kind {
  if (rel.endsWith('.jsonl')) return 'jsonl';
  if (rel.endsWith('.rss') || rel.endsWith('.rss.xml')) return 'rss';
  if (rel.endsWith('.atom') || rel.endsWith('.atom.xml')) return 'atom';
  return 'single';
}

/** Items of a multi-article file: id → the item's text (raw item markup for feeds). */
function itemsOf(rel: string): Map<string, string> {
  const { text } = decodeFile(rel);
  const items = new Map<string, string>();
  const kind = kindOf(rel);
  if (kind === 'jsonl') {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const rec: unknown = JSON.parse(line);
      assert.ok(isRecord(rec), `${rel}: every line is a JSON object`);
      const { id, text: body, html } = rec;
      assert.equal(typeof id, 'string', `${rel}: every line has a string id`);
      const content = typeof body === 'string' ? body : typeof html === 'string' ? html : undefined;
      assert.ok(content !== undefined, `${rel}#${String(id)}: text or html`);
      items.set(String(id), content);
    }
  } else if (kind === 'rss') {
    for (const m of text.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
      const block = m[1] ?? '';
      const guid = /<guid[^>]*>([^<]+)<\/guid>/.exec(block)?.[1];
      assert.ok(guid !== undefined, `${rel}: every item has a guid`);
      items.set(decodeEntities(guid.trim()), decodeEntities(block));
    }
  } else if (kind === 'atom') {
    for (const m of text.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
      const block = m[1] ?? '';
      const id = /<id>([^<]+)<\/id>/.exec(block)?.[1];
      assert.ok(id !== undefined, `${rel}: every entry has an id`);
      items.set(decodeEntities(id.trim()), decodeEntities(block));
    }
  }
  return items;
}

function splitKey(key: string): { file: string; item: string | undefined } {
  const at = key.indexOf('#');
  return at < 0 ? { file: key, item: undefined } : { file: key.slice(0, at), item: key.slice(at + 1) };
}

const files = listFiles(corpusDir).filter((f) => !NOT_ARTICLES.has(f));
const itemCache = new Map<string, Map<string, string>>();
function cachedItems(file: string): Map<string, string> {
  let items = itemCache.get(file);
  if (!items) { items = itemsOf(file); itemCache.set(file, items); }
  return items;
}

/** Searchable text of one gold article (entities decoded), or undefined when it does not resolve. */
function articleText(key: string): string | undefined {
  const { file, item } = splitKey(key);
  if (!existsSync(join(corpusDir, file))) return undefined;
  if (kindOf(file) === 'single') return item === undefined ? decodeEntities(decodeFile(file).text) : undefined;
  if (item === undefined) return undefined;
  const text = cachedItems(file).get(item);
  return text === undefined ? undefined : decodeEntities(text);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

const articleKeys = Object.keys(gold.articles);

test('every gold article key resolves to a file or feed/JSONL item', () => {
  for (const key of articleKeys) assert.ok(articleText(key) !== undefined, `unresolved gold article ${key}`);
});

test('every article in the corpus is labelled in gold', () => {
  const labelled = new Set(articleKeys);
  for (const file of files) {
    if (kindOf(file) === 'single') {
      assert.ok(labelled.has(file), `unlabelled file ${file}`);
    } else {
      const items = cachedItems(file);
      assert.ok(items.size >= 2, `${file} holds several articles`);
      for (const id of items.keys()) assert.ok(labelled.has(`${file}#${id}`), `unlabelled item ${file}#${id}`);
    }
  }
});

test('corpus size: articles, outlets, events, languages', () => {
  assert.ok(articleKeys.length >= 40, `${articleKeys.length} articles`);
  const articles = Object.values(gold.articles);
  assert.ok(new Set(articles.map((a) => a.outlet)).size >= 9, 'at least 9 outlets');
  assert.ok(Object.keys(gold.events).length >= 9, 'at least 9 events');
  for (const lang of LANGUAGES) {
    const n = articles.filter((a) => a.language === lang).length;
    assert.ok(n >= 5, `${lang}: ${n} articles`);
  }
  for (const a of articles) assert.ok((LANGUAGES as readonly string[]).includes(a.language), `language ${a.language}`);
});

test('formats: txt, html, jsonl, RSS, Atom, in subfolders, with a cp1252 and a BOM text file', () => {
  const exts = new Set(files.map((f) => (kindOf(f) === 'single' ? f.slice(f.lastIndexOf('.')) : kindOf(f))));
  for (const ext of ['.txt', '.html', 'jsonl', 'rss', 'atom']) assert.ok(exts.has(ext), `has ${ext}`);
  assert.ok(files.every((f) => f.includes('/')), 'articles live in subfolders');
  const encodings = new Set(files.filter((f) => f.endsWith('.txt')).map((f) => decodeFile(f).encoding));
  assert.ok(encodings.has('windows-1252'), 'a Windows-1252 text file');
  assert.ok(encodings.has('utf-8-bom'), 'a UTF-8 text file with a BOM');
});

test('events, stories and articles reference each other consistently', () => {
  for (const [key, a] of Object.entries(gold.articles)) {
    const event = gold.events[a.event];
    assert.ok(event, `${key}: unknown event ${a.event}`);
    assert.match(a.published, /^2026-\d\d-\d\d$/);
    const lag = daysBetween(event.date, a.published);
    assert.ok(lag >= 0 && lag <= 2, `${key}: published ${a.published}, event ${event.date}`);
    if (a.wireOf !== undefined) {
      const original = gold.articles[a.wireOf];
      assert.ok(original, `${key}: wireOf ${a.wireOf}`);
      assert.equal(original.event, a.event, `${key}: wire copy of the same event`);
      assert.notEqual(a.wireOf, key);
    }
  }
  const inStories = new Map<string, string>();
  for (const [storyKey, story] of Object.entries(gold.stories)) {
    assert.ok(story.events.length >= 1, `${storyKey} has events`);
    for (const e of story.events) {
      assert.ok(!inStories.has(e), `${e} is in two stories`);
      inStories.set(e, storyKey);
    }
  }
  for (const [eventKey, event] of Object.entries(gold.events)) {
    assert.equal(inStories.get(eventKey), event.story, `${eventKey} belongs to story ${event.story}`);
    const n = Object.values(gold.articles).filter((a) => a.event === eventKey).length;
    assert.ok(n >= 3 && n <= 6, `${eventKey}: ${n} articles`);
  }
  const multi = Object.values(gold.stories).filter((s) => s.events.length >= 2);
  assert.ok(multi.length >= 1, 'at least one story with two or more events');
  const similar = multi.some((s) => s.events.some((a) => s.events.some((b) => {
    const da = gold.events[a]?.date; const db = gold.events[b]?.date;
    return da !== undefined && db !== undefined && daysBetween(da, db) === 11;
  })));
  assert.ok(similar, 'a story holds two similar events 11 days apart');
  const wired = new Set(Object.values(gold.articles).filter((a) => a.wireOf !== undefined).map((a) => a.wireOf));
  const reprintedTwice = [...wired].filter((w) => Object.values(gold.articles).filter((a) => a.wireOf === w).length >= 2);
  assert.ok(reprintedTwice.length >= 2, 'two wire stories reprinted by two or more outlets');
});

test('every noise line occurs in its article, and every article has noise', () => {
  const withNoise = new Set<string>();
  for (const n of gold.noise) {
    assert.ok(NOISE_REASONS.has(n.reason), `noise reason ${n.reason}`);
    const text = articleText(n.article);
    assert.ok(text !== undefined, `noise for unknown article ${n.article}`);
    assert.ok(text.includes(n.text), `${n.article}: noise line not found: ${n.text}`);
    withNoise.add(n.article);
  }
  for (const key of articleKeys) assert.ok(withNoise.has(key), `${key} has no noise line`);
});

test('quote variants, relative dates and disputes point at text in real articles', () => {
  for (const q of gold.quoteVariants) {
    assert.ok(gold.events[q.event], `quote event ${q.event}`);
    assert.ok(q.variants.length >= 2, `${q.speaker}: several variants`);
    for (const v of q.variants) {
      assert.equal(gold.articles[v.article]?.event, q.event, `${v.article} is about ${q.event}`);
      assert.ok(articleText(v.article)?.includes(v.text), `${v.article}: quote not found: ${v.text}`);
    }
  }
  for (const r of gold.relativeDates) {
    assert.match(r.resolves, /^\d{4}-\d\d-\d\d$/);
    assert.ok(articleText(r.article)?.includes(r.text), `${r.article}: relative date not found: ${r.text}`);
  }
  for (const d of gold.disputes) {
    assert.ok(d.values.length >= 2, `${d.topic}: at least two values`);
    for (const v of d.values) {
      for (const key of v.articles) assert.equal(gold.articles[key]?.event, d.event, `${key} in dispute ${d.topic}`);
    }
  }
});

/** `form` occurs in `text` as a word of its own, somewhere not inside a longer form of the same entity ("Okafor" in "Daniel Okafor"). */
function standalone(text: string, form: string, forms: readonly string[]): boolean {
  const longer = forms.filter((f) => f !== form && f.includes(form));
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + form.length] ?? ' ';
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    const covered = longer.some((f) => {
      const offset = f.indexOf(form);
      return offset >= 0 && text.startsWith(f, at - offset);
    });
    if (!covered) return true;
  }
  return false;
}

test('gold entities: every form is written in an article of its event, and no form names two entities', () => {
  const types = new Set(['person', 'organization', 'place', 'other']);
  for (const [event, entities] of Object.entries(gold.entities.events)) {
    assert.ok(gold.events[event], `entities for unknown event ${event}`);
    const texts = Object.entries(gold.articles).filter(([, a]) => a.event === event).map(([key]) => articleText(key) ?? '');
    const seen = new Map<string, string>();
    for (const e of entities) {
      assert.ok(types.has(e.type), `${event}/${e.name}: type ${e.type}`);
      for (const form of e.forms) {
        assert.ok(texts.some((t) => standalone(t, form, e.forms)), `${event}/${e.name}: form not written on its own in the event's articles: ${form}`);
        assert.equal(seen.get(form), undefined, `${event}: form ${form} listed for two entities`);
        seen.set(form, e.name);
      }
    }
  }
});

test('meta.jsonl: every line parses and names an existing .txt/.html article', () => {
  const lines = readFileSync(join(corpusDir, 'meta.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const named = new Set<string>();
  for (const line of lines) {
    const rec: unknown = JSON.parse(line);
    assert.ok(isRecord(rec), 'meta line is an object');
    const { file, published, outlet, original_language: lang } = rec;
    assert.ok(typeof file === 'string' && existsSync(join(corpusDir, file)), `meta names a missing file: ${String(file)}`);
    assert.ok(typeof published === 'string' && /^\d{4}-\d\d-\d\d$/.test(published), `${file}: published`);
    const g = gold.articles[file];
    assert.ok(g, `${file}: in gold`);
    assert.equal(published, g.published, `${file}: published matches gold`);
    assert.equal(outlet, g.outlet, `${file}: outlet matches gold`);
    assert.equal(lang, g.language, `${file}: language matches gold`);
    named.add(file);
  }
  for (const file of files.filter((f) => kindOf(f) === 'single')) assert.ok(named.has(file), `${file} has a meta line`);
});
