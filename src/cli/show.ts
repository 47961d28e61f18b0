// `parallax show <event-id> [--db] [--json]`: one stored event in the terminal — its articles,
// summary, facts, quotes, timeline, what only one source has, and why each article was grouped.
// Article text is untrusted: every string goes through plain() (controls removed) before printing.
import type { Command } from 'commander';
import type { Article } from '../model/article.js';
import type { NewsEvent, Story } from '../model/event.js';
import { asEventId, type ArticleId } from '../model/ids.js';
import { outletOf } from '../render/summary.js';
import { DEFAULT_DB, EXIT, withStore, type CommandContext, type Io } from './command.js';
import { plain, terminalWidth, wrap } from './text.js';

type ShowOptions = { db: string; json?: boolean };

/** Entities listed before "and N more". */
const MAX_ENTITIES = 20;
const INDENT = '  ';

/** What the terminal view and the JSON output show of a member article (not its text). */
export type MemberView = Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'published' | 'language' | 'duplicateOf' | 'syndicatedFrom'>;

function memberView(a: Article): MemberView {
  const v: MemberView = { id: a.id, language: a.language, outlet: outletOf(a) };
  for (const k of ['title', 'url', 'published', 'duplicateOf', 'syndicatedFrom'] as const) if (a[k] !== undefined) Object.assign(v, { [k]: a[k] });
  return v;
}

/** Renders one event for the terminal; members are numbered [1]… by publication date. */
export function renderEvent(event: NewsEvent, members: readonly Article[], story: Story | undefined, width: number): string {
  const sorted = [...members].sort((a, b) => (a.published ?? '~').localeCompare(b.published ?? '~') || a.id.localeCompare(b.id));
  const number = new Map<ArticleId, number>(sorted.map((a, i) => [a.id, i + 1]));
  const refs = (ids: readonly ArticleId[]): string => ids.map((id) => `[${number.get(id) ?? '?'}]`).join('');
  const byId = new Map(sorted.map((a) => [a.id, a]));
  const outlets = (ids: readonly ArticleId[]): string => [...new Set(ids.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined).map(outletOf))].map(plain).join(', ');
  const out: string[] = [];
  const section = (title: string): void => { out.push('', title); };
  const para = (text: string, indent = INDENT): void => { out.push(...wrap(text, width, indent)); };

  out.push(plain(event.title), '═'.repeat(Math.min(width, Math.max(10, plain(event.title).length))));
  const languages = [...new Set(sorted.map((a) => a.language))].sort();
  const independent = event.independentSources === undefined ? '' : `, ${event.independentSources} independent`;
  para(`${event.date ?? 'date unknown'} · ${sorted.length} article(s) from ${new Set(sorted.map(outletOf)).size} outlet(s)${independent} · ${languages.join(', ')}`, '');
  para(`event ${event.id} · story ${event.storyId}${story !== undefined && story.eventIds.length > 1 ? ` (${story.eventIds.length} events: ${plain(story.title)})` : ''}`, '');

  if (event.summary.length > 0) {
    section('Summary');
    for (const s of event.summary) para(`${plain(s.text)} ${refs(s.sources)}`);
  }
  section('Articles');
  for (const a of sorted) {
    const copy = a.duplicateOf !== undefined ? ` (copy of ${refs([a.duplicateOf])})` : a.syndicatedFrom !== undefined ? ` (syndicated from ${refs([a.syndicatedFrom])})` : '';
    para(`[${number.get(a.id)}] ${a.published?.slice(0, 10) ?? '????-??-??'}  ${outletOf(a)} (${a.language})  ${a.title ?? ''}${copy}`);
    if (a.url !== undefined) para(a.url, INDENT.repeat(3));
  }
  if (event.entities.length > 0) {
    section('Who and where');
    const shown = event.entities.slice(0, MAX_ENTITIES).map((e) => `${plain(e.name)} (${e.type}, ${e.articleIds.length})`);
    const more = event.entities.length > MAX_ENTITIES ? `; and ${event.entities.length - MAX_ENTITIES} more` : '';
    para(shown.join('; ') + more);
  }
  if (event.facts.length > 0) {
    section('Facts');
    for (const f of event.facts) {
      const values = f.values.map((v) => `${plain(v.value)} ${refs(v.articleIds)}`).join(' | ');
      para(`${plain(f.topic)} — ${f.status}: ${values}`);
    }
  }
  if (event.quotes.length > 0) {
    section('Quotes');
    for (const q of event.quotes) {
      const speaker = q.speaker.trim() === '' ? 'unattributed' : plain(q.speaker);
      para(`${speaker}${q.indirect === true ? ' (reported)' : ''}: “${plain(q.text)}” — ${outlets(q.articleIds)} ${refs(q.articleIds)}`);
      for (const m of q.meaningChanges ?? []) para(`${refs([m.articleId])} ${m.kind}: ${m.words.map(plain).join(', ')}`, INDENT.repeat(3));
    }
  }
  if (event.timeline.length > 0) {
    section('Timeline');
    for (const t of event.timeline) para(`${t.date}  ${plain(t.text)} ${refs(t.articleIds)}`);
  }
  if (event.exclusive.length > 0) {
    section('Only in one source');
    for (const x of event.exclusive) para(`${refs([x.articleId])} ${plain(x.text)}`);
  }
  section('Why grouped');
  for (const a of event.explanation) {
    const n = `[${number.get(a.articleId) ?? '?'}]`;
    if (a.matchedArticleId === undefined && a.correction === undefined) { para(`${n} opened the event`); continue; }
    const parts = [a.matchedArticleId === undefined ? 'placed' : `with ${refs([a.matchedArticleId])}`];
    if (a.correction !== undefined) parts.push(`by your correction (${a.correction})`);
    else parts.push(`score ${a.score.toFixed(2)} ≥ ${a.threshold.toFixed(2)}`);
    if (a.sharedNames.length > 0) parts.push(`names: ${a.sharedNames.map(plain).join(', ')}`);
    if (a.sharedTerms.length > 0) parts.push(`terms: ${a.sharedTerms.map(plain).join(', ')}`);
    if (a.sharedNumbers.length > 0) parts.push(`numbers: ${a.sharedNumbers.map(plain).join(', ')}`);
    if (a.dateGapDays !== undefined) parts.push(`${a.dateGapDays} day(s) apart`);
    para(`${n} ${parts.join('; ')}`);
  }
  return out.join('\n') + '\n';
}

async function runShow(id: string, opts: ShowOptions, io: Io): Promise<number> {
  return withStore(io, opts.db, true, async (store) => {
    const event = await store.getEvent(asEventId(id));
    if (event === undefined) {
      io.stderr(`parallax: no event "${plain(id)}" in ${opts.db}; list the events with "parallax events --db ${opts.db}"\n`);
      return EXIT.failed;
    }
    const members = (await store.getArticles(event.articleIds)).map((s) => s.article);
    const story = await store.getStory(event.storyId);
    if (opts.json === true) io.stdout(JSON.stringify({ event, story, articles: members.map(memberView) }, null, 2) + '\n');
    else io.stdout(renderEvent(event, members, story, terminalWidth()));
    return EXIT.ok;
  });
}

export function register(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('show')
    .description('show one stored event: articles, summary, facts, quotes, timeline and why its articles were grouped')
    .argument('<event-id>', 'the event id, as "parallax events" lists it (ev-…)')
    .option('--db <file>', 'the store (a SQLite file made by "parallax ingest")', DEFAULT_DB)
    .option('--json', 'print the event, its story and its articles (without text) as JSON')
    .action(async (id: string, opts: ShowOptions) => {
      setExit(await runShow(id, opts, io));
    });
}
