// The Store contract: one suite every driver must pass (memory.test.ts, sqlite.test.ts, later
// postgres). Input is the example corpus analysed by the real engine, so events, entities and
// texts are real; expectations are computed here from the report, independently of the driver.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isParallaxError } from '../../src/errors.js';
import type { Article } from '../../src/model/article.js';
import type { NewsEvent, Story } from '../../src/model/event.js';
import { asArticleId, asEventId, asStoryId, type ArticleId, type EventId } from '../../src/model/ids.js';
import type { Report } from '../../src/model/report.js';
import type { Correction } from '../../src/stages/06-cluster/corrections.js';
import type { EventListItem, EventQuery, FeedState, Store } from '../../src/storage/store.js';
import { NOW, STORED_AT, asJson, corpusReport, keyOf, plain, stored } from './fixture.js';

export type OpenedStore = {
  store: Store;
  /** Closes nothing; opens the same location again (persistent drivers only). */
  reopen?: () => Promise<Store>;
};

export type StoreHarness = {
  /** Driver name as Store.driver reports it. */
  driver: string;
  /** A new, empty store whose clock is `now`. */
  open(now: () => Date): Promise<OpenedStore>;
};

const fixedClock = (): Date => new Date(NOW);

/** Rejects with a ParallaxError of this code. */
async function rejectsWith(p: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isParallaxError(e), `expected a ParallaxError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (message) assert.match(e.message, message);
    return true;
  });
}

async function loadAll(store: Store, report: Report): Promise<void> {
  await store.apply({ putArticles: report.articles.map((a) => stored(a)), putEvents: report.events, putStories: report.stories });
}

/** Every event's list view, computed from the report. */
function expectedItems(report: Report): Map<EventId, EventListItem> {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return new Map(
    report.events.map((e) => {
      const members = e.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
      const published = members.flatMap((m) => (m.published === undefined ? [] : [m.published])).sort();
      const item: EventListItem = {
        id: e.id,
        storyId: e.storyId,
        title: e.title,
        articleCount: e.articleIds.length,
        outlets: [...new Set(members.flatMap((m) => (m.outlet === undefined ? [] : [m.outlet])))].sort(),
        languages: [...new Set(members.map((m) => m.language))].sort(),
      };
      if (e.date !== undefined) item.date = e.date.slice(0, 10);
      if (e.independentSources !== undefined) item.independentSources = e.independentSources;
      const last = published.at(-1);
      if (last !== undefined) item.lastPublished = last;
      return [e.id, item];
    }),
  );
}

/** All pages of a listing, `limit` at a time; checks that every page reports the same total. */
async function allPages(store: Store, query: EventQuery, limit: number): Promise<{ items: EventListItem[]; total: number }> {
  const first = await store.listEvents({ ...query, limit, offset: 0 });
  const items = [...first.items];
  for (let offset = limit; offset < first.total; offset += limit) {
    const page = await store.listEvents({ ...query, limit, offset });
    assert.equal(page.total, first.total, 'the total does not change from page to page');
    assert.equal(page.offset, offset);
    items.push(...page.items);
  }
  return { items, total: first.total };
}

/** A copy of an article with a new id, key and text, as a new version or a synthetic article. */
function variant(a: Article, suffix: string, change: { title?: string; addText?: string; published?: string; outlet?: string } = {}): Article {
  const text = change.addText === undefined ? a.text : `${a.text}\n\n${change.addText}`;
  const copy: Article = { ...asJson(a), id: asArticleId(`${a.id}-${suffix}`), text };
  if (change.title !== undefined) copy.title = change.title;
  if (change.published !== undefined) copy.published = change.published;
  if (change.outlet !== undefined) copy.outlet = change.outlet;
  return copy;
}

/** The largest event and its articles. */
function largest(report: Report): { event: NewsEvent; members: Article[] } {
  const event = [...report.events].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  assert.ok(event !== undefined, 'the corpus gives events');
  const members = event.articleIds.map((id) => report.articles.find((a) => a.id === id)).filter((a): a is Article => a !== undefined);
  return { event, members };
}

export function storeContract(harness: StoreHarness): void {
  describe(`Store contract: ${harness.driver}`, () => {
    const withStore = async (body: (store: Store, report: Report, opened: OpenedStore) => Promise<void>): Promise<void> => {
      const report = await corpusReport();
      const opened = await harness.open(fixedClock);
      try {
        await body(opened.store, report, opened);
      } finally {
        await opened.store.close();
      }
    };

    test('an empty store: zero counts, nothing found, empty pages', () =>
      withStore(async (store) => {
        assert.equal(store.driver, harness.driver);
        assert.equal(await store.countArticles(), 0);
        assert.equal(await store.countEvents(), 0);
        assert.equal(await store.getArticle(asArticleId('a-none')), undefined);
        assert.equal(await store.getEvent(asEventId('ev-none')), undefined);
        assert.deepEqual(await store.listEvents(), { items: [], total: 0, limit: 50, offset: 0 });
        assert.deepEqual(await store.listStories(), { items: [], total: 0, limit: 50, offset: 0 });
        assert.deepEqual(await store.searchArticles({ text: 'Vienna' }), { items: [], total: 0, limit: 50, offset: 0 });
        assert.deepEqual(await store.listCorrections(), []);
      }));

    test('articles, events and stories of the analysed corpus round-trip without losing a field', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        assert.equal(await store.countArticles(), report.articles.length);
        assert.equal(await store.countEvents(), report.events.length);
        for (const a of report.articles) {
          assert.deepEqual(await store.getArticle(a.id), { article: asJson(a), key: keyOf(a), storedAt: STORED_AT });
          assert.deepEqual((await store.articleByKey(keyOf(a)))?.article.id, a.id);
        }
        for (const e of report.events) assert.deepEqual(await store.getEvent(e.id), asJson(e));
        for (const s of report.stories) assert.deepEqual(await store.getStory(s.id), asJson(s));
        const some = [report.articles[3], report.articles[0], report.articles[9]].map((a) => (a as Article).id);
        const asked = [some[0], asArticleId('a-missing'), some[1], some[2]] as ArticleId[];
        assert.deepEqual((await store.getArticles(asked)).map((s) => s.article.id), some, 'found ones, in the order asked');
        assert.deepEqual(await store.existingArticleIds(asked), new Set(some));
        assert.equal(await store.articleByKey('no-such-key'), undefined);
        // What a caller does to a returned object does not change the store.
        const got = await store.getEvent((report.events[0] as NewsEvent).id);
        got?.articleIds.push(asArticleId('a-tampered'));
        assert.deepEqual(await store.getEvent((report.events[0] as NewsEvent).id), asJson(report.events[0]));
      }));

    test('events of articles, events between dates (undated on request), deletes', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const [e1, e2] = report.events as [NewsEvent, NewsEvent];
        const ids = [e1.articleIds[0], e2.articleIds[0], asArticleId('a-missing')] as ArticleId[];
        assert.deepEqual(await store.eventIdsOfArticles(ids), [e1.id, e2.id].sort());
        const undated: NewsEvent = { ...asJson(e1), id: asEventId('ev-undated') };
        delete undated.date;
        await store.apply({ putEvents: [undated] });
        const dated = report.events.filter((e) => e.date !== undefined);
        const days = dated.map((e) => (e.date as string).slice(0, 10)).sort();
        const [from, to] = [days[2], days.at(-3)] as [string, string];
        const inRange = dated.filter((e) => (e.date as string).slice(0, 10) >= from && (e.date as string).slice(0, 10) <= to).map((e) => e.id).sort();
        assert.deepEqual((await store.eventsBetween(from, to)).map((e) => e.id).sort(), inRange);
        const withUndated = await store.eventsBetween(from, to, { undated: true });
        assert.deepEqual(withUndated.map((e) => e.id).sort(), [...inRange, undated.id].sort());
        assert.deepEqual(withUndated.find((e) => e.id === undated.id), asJson(undated));
        await rejectsWith(store.eventsBetween('March', to), 'E_QUERY', /from/);

        await store.apply({ deleteEvents: [undated.id, e1.id], deleteStories: [e1.storyId] });
        assert.equal(await store.getEvent(e1.id), undefined);
        assert.equal(await store.getStory(e1.storyId), undefined);
        assert.equal(await store.countEvents(), report.events.length - 1);
        assert.deepEqual(await store.eventIdsOfArticles(e1.articleIds), []);
        // Its articles are no longer in an event, so they may go.
        await store.apply({ deleteArticles: e1.articleIds });
        assert.equal(await store.countArticles(), report.articles.length - e1.articleIds.length);
        assert.deepEqual(await store.existingArticleIds(e1.articleIds), new Set());
      }));

    test('apply is atomic: an update naming an article that is not stored leaves nothing written', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const { event, members } = largest(report);
        const fresh = variant(members[0] as Article, 'fresh', { addText: 'Quillwort marshes were mentioned only here.' });
        const bad: NewsEvent = { ...asJson(event), id: asEventId('ev-bad'), articleIds: [fresh.id, asArticleId('a-never-stored')] };
        const story: Story = { id: asStoryId('st-bad'), title: 'bad', eventIds: [bad.id], explanation: [] };
        await rejectsWith(store.apply({ putArticles: [stored(fresh)], putEvents: [bad], putStories: [story], deleteEvents: [event.id] }), 'E_STORE', /a-never-stored/);
        assert.equal(await store.getArticle(fresh.id), undefined);
        assert.equal(await store.getEvent(bad.id), undefined);
        assert.equal(await store.getStory(story.id), undefined);
        assert.deepEqual(await store.getEvent(event.id), asJson(event), 'the deleted event is back');
        assert.equal((await store.searchArticles({ text: 'quillwort' })).total, 0, 'the search index was rolled back too');
        assert.equal(await store.countArticles(), report.articles.length);
        assert.equal((await store.listEvents({ limit: 500 })).total, report.events.length);

        // Deleting an article an event still names is refused the same way.
        await rejectsWith(store.apply({ deleteArticles: [members[0]?.id as ArticleId] }), 'E_STORE', new RegExp(event.id));
        assert.ok(await store.getArticle(members[0]?.id as ArticleId));
      }));

    test('apply is atomic: a value that cannot be stored, after valid writes, leaves nothing written', () =>
      withStore(async (store, report) => {
        const [a, b] = report.articles as [Article, Article];
        const broken = { ...asJson(b), extraction: { size: 10n } } as unknown as Article;
        await assert.rejects(store.apply({ putArticles: [stored(a), stored(broken)] }), (e: unknown) => isParallaxError(e) && e.code === 'E_STORE' && /BigInt/i.test(e.message));
        assert.equal(await store.countArticles(), 0);
        assert.equal(await store.getArticle(a.id), undefined);
        assert.equal((await store.searchArticles({ text: a.title ?? 'x' })).total, 0);
        await store.apply({ putArticles: [stored(a)] });
        assert.equal(await store.countArticles(), 1, 'the store works after a failed update');
      }));

    test('a new version under the same key replaces the old one; events must move with it', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const { event, members } = largest(report);
        const old = members[0] as Article;
        const key = keyOf(old);
        const v2 = { ...variant(old, 'v2', { addText: 'Correction: the quarrymen of Ostrava-Lenk were not involved.' }), outlet: 'Replaced Outlet' };
        // Alone, the new version would leave the event naming the replaced article: refused, nothing changes.
        await rejectsWith(store.apply({ putArticles: [{ article: v2, key, storedAt: STORED_AT }] }), 'E_STORE', new RegExp(old.id));
        assert.equal((await store.articleByKey(key))?.article.id, old.id);
        assert.equal((await store.searchArticles({ text: 'quarrymen' })).total, 0);

        const moved: NewsEvent = { ...asJson(event), id: asEventId(`${event.id}-v2`), articleIds: event.articleIds.map((id) => (id === old.id ? v2.id : id)) };
        await store.apply({ putArticles: [{ article: v2, key, storedAt: '2026-07-02T00:00:00.000Z' }], deleteEvents: [event.id], putEvents: [moved] });
        assert.equal(await store.getArticle(old.id), undefined, 'the old version is gone');
        assert.deepEqual(await store.articleByKey(key), { article: asJson(v2), key, storedAt: '2026-07-02T00:00:00.000Z' });
        assert.equal(await store.countArticles(), report.articles.length);
        const hits = await store.searchArticles({ text: 'quarrymen Ostrava' });
        assert.deepEqual(hits.items.map((h) => [h.articleId, h.eventId]), [[v2.id, moved.id]]);
        const item = (await store.listEvents({ limit: 500 })).items.find((i) => i.id === moved.id);
        assert.ok(item?.outlets.includes('Replaced Outlet'), 'the list view follows the members');

        // Storing an article again under its id refreshes the list view of its event.
        await store.apply({ putArticles: [{ article: { ...v2, outlet: 'Renamed Outlet' }, key, storedAt: STORED_AT }] });
        const again = (await store.listEvents({ outlet: 'Renamed Outlet' })).items;
        assert.deepEqual(again.map((i) => i.id), [moved.id]);
        assert.equal((await store.listEvents({ outlet: 'Replaced Outlet' })).total, 0);
      }));

    test('listEvents: list views, recency and size order, and pagination totals', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const expected = expectedItems(report);
        for (const sort of ['recency', 'size'] as const) {
          const whole = await store.listEvents({ sort, limit: 500 });
          assert.equal(whole.total, report.events.length);
          assert.deepEqual(new Map(whole.items.map((i) => [i.id, i])), expected, 'each list view is computed from the event and its members');
          const order = whole.items.map((i) => [i.articleCount, i.lastPublished ?? '', i.id] as const);
          for (let k = 1; k < order.length; k++) {
            const [p, q] = [order[k - 1], order[k]] as [(typeof order)[number], (typeof order)[number]];
            if (sort === 'size') assert.ok(p[0] > q[0] || (p[0] === q[0] && (p[1] > q[1] || (p[1] === q[1] && p[2] < q[2]))), `size order at ${k}`);
            else assert.ok(p[1] > q[1] || (p[1] === q[1] && p[2] < q[2]), `recency order at ${k}`);
          }
          const paged = await allPages(store, { sort }, 4);
          assert.deepEqual(paged.items, whole.items, 'pages of 4 put together are the whole list');
          const past = await store.listEvents({ sort, limit: 4, offset: 400 });
          assert.deepEqual([past.items, past.total], [[], report.events.length]);
        }
        assert.equal((await store.listEvents({ limit: 10_000 })).limit, 500, 'page size is capped');
        await rejectsWith(store.listEvents({ limit: 0 }), 'E_QUERY', /limit/);
        await rejectsWith(store.listEvents({ offset: -1 }), 'E_QUERY', /offset/);
        await rejectsWith(store.listEvents({ from: '9 March' }), 'E_QUERY', /from/);
        await rejectsWith(store.listEvents({ sort: 'alphabetical' as 'size' }), 'E_QUERY', /sort/);
      }));

    test('listEvents filters: date range, entity (alias, any case or accent), language, outlet, story, combined', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const expected = [...expectedItems(report).values()];
        const ids = async (q: EventQuery): Promise<string[]> => {
          const { items, total } = await allPages(store, q, 3);
          assert.equal(items.length, total);
          return items.map((i) => i.id).sort();
        };
        const want = (f: (i: EventListItem, e: NewsEvent) => boolean): string[] =>
          expected.filter((i) => f(i, report.events.find((e) => e.id === i.id) as NewsEvent)).map((i) => i.id).sort();

        const days = expected.flatMap((i) => (i.date === undefined ? [] : [i.date])).sort();
        const [from, to] = [days[1], days.at(-2)] as [string, string];
        assert.deepEqual(await ids({ from, to }), want((i) => i.date !== undefined && i.date >= from && i.date <= to));
        assert.deepEqual(await ids({ from }), want((i) => i.date !== undefined && i.date >= from));
        assert.deepEqual(await ids({ to: from }), want((i) => i.date !== undefined && i.date <= from));

        // An entity with an accented alias (the corpus spells Velikov with and without accents).
        const entity = report.events.flatMap((e) => e.entities).find((en) => en.aliases.some((a) => plain(a) !== a.toLowerCase()));
        assert.ok(entity, 'the corpus has an entity with an accented alias');
        const accented = entity.aliases.find((a) => plain(a) !== a.toLowerCase()) as string;
        const named = want((_, e) => e.entities.some((en) => [en.name, ...en.aliases].some((n) => plain(n) === plain(accented))));
        assert.ok(named.length >= 1);
        assert.deepEqual(await ids({ entity: accented }), named);
        assert.deepEqual(await ids({ entity: plain(accented).toUpperCase() }), named, 'upper case, no accents');
        assert.deepEqual(await ids({ entity: `  ${plain(accented)} ` }), named);
        const byName = want((_, e) => e.entities.some((en) => [en.name, ...en.aliases].some((n) => plain(n) === plain(entity.name))));
        assert.deepEqual(await ids({ entity: entity.name }), byName);
        assert.deepEqual(await ids({ entity: 'Nobody Anywhere' }), []);

        for (const language of ['de', 'fr', 'es', 'en']) assert.deepEqual(await ids({ language }), want((i) => i.languages.includes(language)), language);
        assert.deepEqual(await ids({ language: 'DE' }), want((i) => i.languages.includes('de')));
        const outlet = expected[0]?.outlets[0] as string;
        assert.deepEqual(await ids({ outlet }), want((i) => i.outlets.includes(outlet)));
        const story = report.stories.find((s) => s.eventIds.length > 1);
        assert.ok(story, 'the corpus has a story of several events');
        assert.deepEqual(await ids({ storyId: story.id }), [...story.eventIds].sort());
        assert.deepEqual(
          await ids({ language: 'de', entity: accented, from: days[0] as string }),
          want((i, e) => i.languages.includes('de') && e.entities.some((en) => [en.name, ...en.aliases].some((n) => plain(n) === plain(accented)))),
        );
        const sized = await store.listEvents({ language: 'fr', sort: 'size', limit: 2 });
        assert.equal(sized.total, want((i) => i.languages.includes('fr')).length);
        assert.ok(sized.items.every((i) => i.languages.includes('fr')));
      }));

    test('search: accent- and case-insensitive across languages, «» snippets, paging, no query syntax leaks', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const eventOf = new Map(report.events.flatMap((e) => e.articleIds.map((a) => [a, e.id] as const)));
        // Every article whose title or text holds the word, folded: the search must find exactly these.
        const holders = (word: string): string[] =>
          report.articles.filter((a) => plain(`${a.title ?? ''} ${a.text}`).split(/[^\p{L}\p{N}]+/u).includes(plain(word))).map((a) => a.id).sort();
        const accentedWords = ['négociations', 'Vélikov', 'Kündigung', 'huelga', 'Velikov'];
        let checked = 0;
        for (const word of accentedWords) {
          const want = holders(word);
          if (want.length === 0) continue;
          checked++;
          for (const asked of [word, plain(word), word.toUpperCase()]) {
            const page = await store.searchArticles({ text: asked, limit: 100 });
            assert.equal(page.total, want.length, `${asked}: total`);
            assert.deepEqual(page.items.map((h) => h.articleId).sort(), want, asked);
            for (const hit of page.items) {
              const marked = [...hit.snippet.matchAll(/«([^»]+)»/gu)].map((m) => plain(m[1] as string));
              assert.ok(marked.includes(plain(word)), `${asked}: snippet marks the word: ${hit.snippet}`);
              assert.equal(hit.eventId, eventOf.get(hit.articleId));
              const article = report.articles.find((a) => a.id === hit.articleId) as Article;
              assert.equal(hit.outlet, article.outlet);
              assert.equal(hit.published, article.published);
              assert.ok(hit.title.length > 0);
            }
          }
        }
        assert.ok(checked >= 3, 'the corpus holds most of the words');
        // All words are required.
        const both = (await store.searchArticles({ text: 'Velikov Marsh', limit: 100 })).items.map((h) => h.articleId).sort();
        assert.deepEqual(both, holders('Velikov').filter((id) => holders('Marsh').includes(id)));
        // Paging.
        const all = await store.searchArticles({ text: 'Velikov', limit: 100 });
        const pages = [...(await store.searchArticles({ text: 'Velikov', limit: 2 })).items, ...(await store.searchArticles({ text: 'Velikov', limit: 2, offset: 2 })).items];
        assert.deepEqual(pages.map((h) => h.articleId), all.items.slice(0, 4).map((h) => h.articleId));
        // Operators and quotes are words, not syntax.
        for (const text of ['Velikov" OR NOT (', 'NEAR(a b)', '***', '   ', '"']) await store.searchArticles({ text });
        assert.equal((await store.searchArticles({ text: '-- ;' })).total, 0);
      }));

    test('search ranking: a title match outranks text matches, more matches outrank fewer', () =>
      withStore(async (store, report) => {
        const base = report.articles.find((a) => a.language === 'es') as Article;
        const once = variant(base, 'once', { addText: 'Un zafirino apareció en el puerto.' });
        const thrice = variant(base, 'thrice', { addText: 'Un zafirino, otro zafirino y un tercer zafirino.' });
        const titled = variant(base, 'titled', { title: 'El zafirino del puerto', addText: 'Nada más.' });
        await store.apply({ putArticles: [once, thrice, titled].map((a, i) => ({ article: a, key: `k${i}`, storedAt: STORED_AT })) });
        const hits = await store.searchArticles({ text: 'Zafirino' });
        assert.deepEqual(hits.items.map((h) => h.articleId), [titled.id, thrice.id, once.id]);
        assert.match(hits.items[0]?.snippet ?? '', /«zafirino»/u);
        assert.equal(hits.items[0]?.title, 'El zafirino del puerto');
      }));

    test('corrections keep their order, author and time', () =>
      withStore(async (store, report) => {
        const [a, b, c] = report.articles.map((x) => x.id) as [ArticleId, ArticleId, ArticleId];
        const corrections: Correction[] = [
          { kind: 'move', article: a, to: b },
          { kind: 'merge', articles: [a, b, c] },
          { kind: 'split', articles: [a], from: [b, c] },
        ];
        const first = await store.addCorrection(corrections[0] as Correction, 'editor@example.org');
        const second = await store.addCorrection(corrections[1] as Correction);
        const third = await store.addCorrection(corrections[2] as Correction, 'desk');
        assert.ok(first.seq < second.seq && second.seq < third.seq);
        assert.deepEqual(first, { seq: first.seq, correction: corrections[0], createdAt: NOW.toISOString(), author: 'editor@example.org' });
        assert.equal('author' in second, false);
        assert.deepEqual(await store.listCorrections(), [first, second, third]);
      }));

    test('feed state and settings: put, get, overwrite', () =>
      withStore(async (store) => {
        const url = 'https://feeds.example.org/world.rss';
        assert.equal(await store.getFeedState(url), undefined);
        const state: FeedState = { url, etag: 'W/"abc"', lastModified: 'Tue, 30 Jun 2026 10:00:00 GMT', lastFetched: '2026-07-01T08:00:00Z', lastSuccess: '2026-07-01T08:00:00Z', nextFetch: '2026-07-01T08:15:00Z', consecutiveFailures: 0 };
        await store.putFeedState(state);
        assert.deepEqual(await store.getFeedState(url), state);
        const failed: FeedState = { url, consecutiveFailures: 3, lastError: 'HTTP 503 from feeds.example.org' };
        await store.putFeedState(failed);
        assert.deepEqual(await store.getFeedState(url), failed, 'fields not given are gone');
        await store.putFeedState({ url: `${url}?b`, consecutiveFailures: 0 });
        assert.deepEqual(await store.getFeedState(url), failed);

        assert.equal(await store.getSetting('theme'), undefined);
        await store.putSetting('theme', 'dark');
        await store.putSetting('language', 'fr');
        await store.putSetting('theme', 'light «€»');
        assert.equal(await store.getSetting('theme'), 'light «€»');
        assert.equal(await store.getSetting('language'), 'fr');
      }));

    test('stories are listed latest first, paged', () =>
      withStore(async (store, report) => {
        await loadAll(store, report);
        const latest = new Map<string, string>();
        for (const i of expectedItems(report).values()) {
          const at = i.lastPublished ?? '';
          if (at > (latest.get(i.storyId) ?? '')) latest.set(i.storyId, at);
        }
        const want = [...report.stories].sort((a, b) => (latest.get(b.id) ?? '').localeCompare(latest.get(a.id) ?? '') || (a.id < b.id ? -1 : 1)).map((s) => s.id);
        const first = await store.listStories({ limit: 5 });
        const rest = await store.listStories({ limit: 5, offset: 5 });
        assert.equal(first.total, report.stories.length);
        assert.deepEqual([...first.items, ...rest.items].map((s) => s.id), want);
        assert.deepEqual(first.items[0], asJson(report.stories.find((s) => s.id === want[0])));
      }));

    test('a closed store refuses work with E_STORE', () =>
      withStore(async (store) => {
        await store.close();
        await rejectsWith(store.countArticles(), 'E_STORE', /closed/);
        await rejectsWith(store.apply({}), 'E_STORE', /closed/);
      }));

    test('persistence: everything is there after closing and opening the same location', async (t) => {
      const report = await corpusReport();
      const opened = await harness.open(fixedClock);
      const { store, reopen } = opened;
      if (reopen === undefined) {
        await store.close();
        t.skip(`${harness.driver} keeps nothing after close`);
        return;
      }
      await loadAll(store, report);
      const correction = await store.addCorrection({ kind: 'merge', articles: report.articles.slice(0, 2).map((a) => a.id) }, 'desk');
      await store.putSetting('theme', 'dark');
      await store.putFeedState({ url: 'https://example.org/feed', consecutiveFailures: 1 });
      const listed = await store.listEvents({ sort: 'size', language: 'de' });
      const searched = await store.searchArticles({ text: 'negociaciones' });
      await store.close();
      const again = await reopen();
      try {
        assert.equal(await again.countArticles(), report.articles.length);
        for (const a of report.articles) assert.deepEqual((await again.getArticle(a.id))?.article, asJson(a));
        for (const e of report.events) assert.deepEqual(await again.getEvent(e.id), asJson(e));
        assert.deepEqual(await again.listEvents({ sort: 'size', language: 'de' }), listed);
        assert.deepEqual(await again.searchArticles({ text: 'negociaciones' }), searched);
        assert.deepEqual(await again.listCorrections(), [correction]);
        const next = await again.addCorrection({ kind: 'move', article: (report.articles[0] as Article).id, to: (report.articles[1] as Article).id });
        assert.ok(next.seq > correction.seq, 'sequence numbers continue');
        assert.equal(await again.getSetting('theme'), 'dark');
        assert.deepEqual(await again.getFeedState('https://example.org/feed'), { url: 'https://example.org/feed', consecutiveFailures: 1 });
      } finally {
        await again.close();
      }
    });
  });
}
