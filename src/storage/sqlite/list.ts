// listEvents on SQLite, planned here rather than left to SQLite's planner, which cannot know how
// many events a filter value matches: each filter is counted on its own (a covering-index range),
// the smallest one drives, the others are probed per event. Then the page is either collected
// (every match read through the driver, sorted, cut) or walked (the index of the sort order read
// from the top, each event probed, until the page is full), whichever reads fewer rows: a walk
// meets (offset + limit) × events / matches rows, plus, for recency with a date range, the events
// dated after the range, which come first in that order.
import type { EventListItem, Page } from '../store.js';
import type { NormalizedEventQuery } from '../derive.js';

/** How a page is read: chosen by estimated cost, or forced (tests check both give the same pages). */
export type ListPlan = 'auto' | 'collect' | 'walk';
/** A walked row costs about this share of a collected one (no sort, no copy of the list view). */
const WALK_ROW_COST = 0.5;

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

export function listEventsSql(prepare: Prepare, q: NormalizedEventQuery, plan: ListPlan = 'auto'): Page<EventListItem> {
  const { order, index } = SORTS[q.sort];
  const page = (rows: Row[], total: number): Page<EventListItem> => ({ items: rows.map((r) => JSON.parse(r.item) as EventListItem), total, limit: q.limit, offset: q.offset });
  const count = (sql: string, params: string[] = []): number => prepare(sql).get(...params)?.n ?? 0;
  const all = filters(q);
  if (all.length === 0) {
    const total = count("SELECT '' AS item, count(*) AS n FROM events");
    return page(prepare(`SELECT e.item AS item, 0 AS n FROM events e ORDER BY ${order} LIMIT ? OFFSET ?`).all(q.limit, q.offset), total);
  }
  const counted = all.map((f) => ({ f, n: count(f.count, f.params) })).sort((a, b) => a.n - b.n);
  const [driver, ...others] = counted.map((c) => c.f) as [Filter, ...Filter[]];
  const driverRows = counted[0]?.n ?? 0;
  const driven = `FROM ${driver.from} WHERE ${[driver.drive, ...others.map((o) => o.probe)].join(' AND ')}`;
  const drivenParams = [...driver.params, ...others.flatMap((o) => o.params)];
  const total = others.length === 0 ? driverRows : count(`SELECT '' AS item, count(*) AS n ${driven}`, drivenParams);
  if (total === 0 || q.offset >= total) return page([], total);
  let walk = plan === 'walk';
  if (plan === 'auto') {
    const events = count("SELECT '' AS item, count(*) AS n FROM events");
    const before = q.sort === 'recency' && q.to !== undefined ? count("SELECT '' AS item, count(*) AS n FROM events INDEXED BY events_date WHERE date > ?", [q.to]) : 0;
    walk = WALK_ROW_COST * (before + ((q.offset + q.limit) * events) / total) < driverRows;
  }
  if (!walk) return page(prepare(`SELECT e.item AS item, 0 AS n ${driven} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...drivenParams, q.limit, q.offset), total);
  const walked = `SELECT e.item AS item, 0 AS n FROM events e INDEXED BY ${index} WHERE ${all.map((f) => f.probe).join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
  return page(prepare(walked).all(...all.flatMap((f) => f.params), q.limit, q.offset), total);
}
