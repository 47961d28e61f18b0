// listEvents on SQLite, planned here rather than left to SQLite's planner, which cannot know how
// many events a filter value matches: each filter is counted on its own (a covering-index range),
// the smallest one drives, the others are probed per event. A page of few matches is collected and
// sorted; a page of many is read by walking the index of the sort order and probing the filters,
// which meets a page's worth of matches within a few times its size.
import type { EventListItem, Page } from '../store.js';
import type { NormalizedEventQuery } from '../derive.js';

/** Up to this many matching events, a page is collected and sorted; above, the sort index is walked. */
export const COLLECT_MAX = 1000;

type Row = { item: string; n: number };
export type Prepare = (sql: string) => { get(...params: string[]): Row | undefined; all(...params: (string | number)[]): Row[] };

type Filter = {
  /** Counts the events this filter alone matches. */
  count: string;
  /** FROM clause when this filter drives (binds `e`). */
  from: string;
  /** Condition when this filter drives. */
  drive: string;
  /** Condition when another filter drives or the sort index is walked. */
  probe: string;
  params: string[];
};

const SORTS = {
  recency: { order: 'e.last_published DESC, e.id', index: 'events_recency' },
  size: { order: 'e.article_count DESC, e.last_published DESC, e.id', index: 'events_size' },
} as const;

function filters(q: NormalizedEventQuery): Filter[] {
  const out: Filter[] = [];
  if (q.from !== undefined || q.to !== undefined) {
    const cond = 'e.date >= ? AND e.date <= ?';
    out.push({ count: `SELECT '' AS item, count(*) AS n FROM events e INDEXED BY events_date WHERE ${cond}`, from: 'events e INDEXED BY events_date', drive: cond, probe: cond, params: [q.from ?? '0000-00-00', q.to ?? '9999-99-99'] });
  }
  if (q.storyId !== undefined) {
    out.push({ count: "SELECT '' AS item, count(*) AS n FROM events e WHERE e.story_id = ?", from: 'events e INDEXED BY events_story', drive: 'e.story_id = ?', probe: 'e.story_id = ?', params: [q.storyId] });
  }
  const sets: [string, string, string | undefined][] = [['event_entities', 'name', q.entity], ['event_languages', 'language', q.language], ['event_outlets', 'outlet', q.outlet]];
  for (const [table, column, value] of sets) {
    if (value === undefined) continue;
    out.push({
      count: `SELECT '' AS item, count(*) AS n FROM ${table} WHERE ${column} = ?`,
      from: `${table} d CROSS JOIN events e ON e.rid = d.event_rid`,
      drive: `d.${column} = ?`,
      probe: `EXISTS (SELECT 1 FROM ${table} f WHERE f.${column} = ? AND f.event_rid = e.rid)`,
      params: [value],
    });
  }
  return out;
}

export function listEventsSql(prepare: Prepare, q: NormalizedEventQuery, collectMax = COLLECT_MAX): Page<EventListItem> {
  const { order, index } = SORTS[q.sort];
  const page = (rows: Row[], total: number): Page<EventListItem> => ({ items: rows.map((r) => JSON.parse(r.item) as EventListItem), total, limit: q.limit, offset: q.offset });
  const all = filters(q);
  if (all.length === 0) {
    const total = prepare("SELECT '' AS item, count(*) AS n FROM events").get()?.n ?? 0;
    return page(prepare(`SELECT e.item AS item, 0 AS n FROM events e ORDER BY ${order} LIMIT ? OFFSET ?`).all(q.limit, q.offset), total);
  }
  const counted = all.map((f) => ({ f, n: prepare(f.count).get(...f.params)?.n ?? 0 })).sort((a, b) => a.n - b.n);
  const [driver, ...others] = counted.map((c) => c.f) as [Filter, ...Filter[]];
  const driven = `FROM ${driver.from} WHERE ${[driver.drive, ...others.map((o) => o.probe)].join(' AND ')}`;
  const drivenParams = [...driver.params, ...others.flatMap((o) => o.params)];
  const total = others.length === 0 ? (counted[0]?.n ?? 0) : (prepare(`SELECT '' AS item, count(*) AS n ${driven}`).get(...drivenParams)?.n ?? 0);
  if (total === 0 || q.offset >= total) return page([], total);
  if (total <= collectMax) return page(prepare(`SELECT e.item AS item, 0 AS n ${driven} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...drivenParams, q.limit, q.offset), total);
  const walk = `SELECT e.item AS item, 0 AS n FROM events e INDEXED BY ${index} WHERE ${all.map((f) => f.probe).join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
  return page(prepare(walk).all(...all.flatMap((f) => f.params), q.limit, q.offset), total);
}
