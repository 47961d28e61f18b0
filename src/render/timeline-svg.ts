// Drawn timelines (SVG, every label escaped). The generic drawing is rows of dots on a shared date
// axis (`timelineRowsSvg`); the report draws one row per story with one dot per event (dot area
// proportional to its articles), an event page draws its own dated mentions (`eventTimelineSvg`).
import type { Story, TimelineEntry } from '../model/event.js';
import type { Report } from '../model/report.js';
import { escapeHtml } from './escape.js';

const ROW = 34;
/** Room for the row labels on the left (px in the drawing's coordinates). */
const LABEL_SPACE = 180;
const RIGHT = 40;
const TOP = 30;
const DAY_MS = 86_400_000;
/** Horizontal room one date label needs (px in the drawing's coordinates). */
const TICK_SPACING = 110;
/** Characters of a row label before it is cut with "…". */
const LABEL_CHARS = 28;

/**
 * Day number of a date as the model writes it: YYYY-MM-DD (or a date-time), YYYY-Www (the
 * week's Monday), YYYY-MM (the 1st) or YYYY (1 January).
 */
export function dayNumber(iso: string): number | undefined {
  let m = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (m !== null) {
    const year = Number(m[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const mondayWeek1 = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS);
    return Math.round(mondayWeek1 / DAY_MS) + (Number(m[2]) - 1) * 7;
  }
  m = /^(\d{4})(?:-(\d{2}))?$/.exec(iso);
  const full = m === null ? iso.slice(0, 10) : `${m[1] ?? ''}-${m[2] ?? '01'}-01`;
  const t = Date.parse(full + 'T00:00:00Z');
  return Number.isNaN(t) ? undefined : Math.round(t / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar-aligned axis ticks in [min, max]: days, months or years, at most `count` of them. */
export function axisTicks(min: number, max: number, count: number): { day: number; label: string }[] {
  const n = Math.max(1, count);
  const span = max - min;
  const first = new Date(min * DAY_MS);
  if (span <= n * 31) {
    const step = Math.max(1, Math.ceil(span / n));
    const out: { day: number; label: string }[] = [];
    for (let d = min; d <= max; d += step) out.push({ day: d, label: isoOf(d) });
    return out;
  }
  const yearly = span > n * 365 / 2;
  const monthsPer = yearly ? 12 * Math.max(1, Math.ceil(span / 365 / n)) : Math.max(1, Math.ceil(span / 30.44 / n));
  const out: { day: number; label: string }[] = [];
  let y = first.getUTCFullYear();
  let m = yearly ? 0 : first.getUTCMonth();
  // Start at the first month (or year) boundary on or after min.
  if (Date.UTC(y, m, 1) / DAY_MS < min) {
    if (yearly) y += 1;
    else if (++m === 12) [y, m] = [y + 1, 0];
  }
  for (;;) {
    const d = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (d > max) break;
    if (d >= min) out.push({ day: d, label: yearly ? String(y) : isoOf(d).slice(0, 7) });
    m += monthsPer;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return out;
}

export type TimelineDot = { date: string; title: string; size: number; href?: string; label?: string };
export type TimelineRow = { label: string; dots: TimelineDot[] };

/** Rows of dots on one date axis, or a sentence saying there is nothing dated to draw. */
export function timelineRowsSvg(rows: readonly TimelineRow[], options: { width?: number; ariaLabel: string; labels?: boolean }): string {
  const width = options.width ?? 960;
  const labels = options.labels ?? true;
  const left = labels ? LABEL_SPACE : RIGHT;
  const dated = rows.flatMap((r) => r.dots.map((d) => dayNumber(d.date))).filter((d): d is number => d !== undefined);
  if (dated.length === 0) return '<p class="absent">Nothing here has a known date, so there is no timeline to draw.</p>';
  const min = Math.min(...dated) - 1;
  const max = Math.max(...dated) + 1;
  const span = Math.max(1, max - min);
  const plot = width - left - RIGHT;
  const x = (day: number): number => left + ((day - min) / span) * plot;
  const height = TOP + rows.length * ROW + 24;
  const parts: string[] = [];
  parts.push(`<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.ariaLabel)}">`);
  for (const t of axisTicks(min, max, Math.floor(plot / TICK_SPACING))) {
    const tx = x(t.day).toFixed(1);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${TOP - 6}" y2="${height - 20}" class="grid"/>`);
    parts.push(`<text x="${tx}" y="${height - 6}" class="tick" text-anchor="middle">${t.label}</text>`);
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const label = row.label.length > LABEL_CHARS ? row.label.slice(0, LABEL_CHARS - 1) + '…' : row.label;
    if (labels) parts.push(`<text x="8" y="${y + 4}" class="story-label">${escapeHtml(label)}</text>`);
    parts.push(`<line x1="${left}" x2="${width - RIGHT}" y1="${y}" y2="${y}" class="row"/>`);
    for (const d of row.dots) {
      const day = dayNumber(d.date);
      if (day === undefined) continue;
      const r = 4 + 3 * Math.sqrt(Math.max(1, d.size));
      const cx = x(day).toFixed(1);
      const dot = `<circle cx="${cx}" cy="${y}" r="${r.toFixed(1)}" class="dot"><title>${escapeHtml(d.title)}</title></circle>`;
      const text = d.label === undefined ? '' : `<text x="${cx}" y="${y + 4}" class="dot-label" text-anchor="middle">${escapeHtml(d.label)}</text>`;
      parts.push(d.href === undefined ? dot + text : `<a href="${escapeHtml(d.href)}">${dot}${text}</a>`);
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** An event as a dot: `size` is its number of articles. */
export type EventDot = { id: string; title: string; date?: string | undefined; size: number };

/** One row per story, one dot per dated event; `eventHref` says where a dot links to. */
export function storyRows(events: readonly EventDot[], stories: readonly Pick<Story, 'title' | 'eventIds'>[], eventHref: (id: string) => string): TimelineRow[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return stories.map((s) => ({
    label: s.title,
    dots: s.eventIds.flatMap((id) => {
      const e = byId.get(id);
      if (e?.date === undefined) return [];
      return [{ date: e.date, size: e.size, href: eventHref(id), title: `${e.date} — ${e.title} (${e.size} articles)` }];
    }),
  }));
}

/** The report's timeline: stories as rows, events as dots linking to their section. */
export function timelineSvg(report: Pick<Report, 'events' | 'stories'>, width = 960): string {
  const dots = report.events.map((e) => ({ id: e.id, title: e.title, date: e.date, size: e.articleIds.length }));
  return timelineRowsSvg(storyRows(dots, report.stories, (id) => `#${id}`), { width, ariaLabel: 'Timeline of events by story' });
}

/** Dots stacked in one date column before "+N" stands for the rest. */
const MAX_STACK = 8;
const STACK_STEP = 22;
const STACK_R = 9;

/**
 * An event's dated mentions as a dot plot: one column per date on a shared axis, one numbered dot
 * per mention stacked upwards (the numbers are the rows of the table beside it).
 */
export function eventTimelineSvg(entries: readonly TimelineEntry[], width = 720): string {
  const placed = entries.flatMap((t, i) => {
    const d = dayNumber(t.date);
    return d === undefined ? [] : [{ i, t, d }];
  });
  if (placed.length === 0) return '<p class="absent">None of these dates could be placed on a calendar, so there is no chart.</p>';
  const min = Math.min(...placed.map((p) => p.d)) - 1;
  const max = Math.max(...placed.map((p) => p.d)) + 1;
  const span = Math.max(1, max - min);
  const left = 40;
  const plot = width - left - RIGHT;
  const x = (day: number): number => left + ((day - min) / span) * plot;
  // Columns: mentions whose dots would touch share one column (at the first one's date), stacked.
  placed.sort((a, b) => a.d - b.d || a.i - b.i);
  const columns: { x: number; items: typeof placed }[] = [];
  for (const p of placed) {
    const last = columns.at(-1);
    if (last !== undefined && x(p.d) - last.x < 2 * STACK_R + 2) last.items.push(p);
    else columns.push({ x: x(p.d), items: [p] });
  }
  const stack = Math.min(MAX_STACK, Math.max(...columns.map((c) => c.items.length)));
  const base = TOP + stack * STACK_STEP;
  const height = base + 30;
  const parts: string[] = [`<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="Dates mentioned in the articles, numbered as in the table below">`];
  for (const t of axisTicks(min, max, Math.floor(plot / TICK_SPACING))) {
    const tx = x(t.day).toFixed(1);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${TOP - 12}" y2="${base}" class="grid"/>`);
    parts.push(`<text x="${tx}" y="${height - 6}" class="tick" text-anchor="middle">${t.label}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${width - RIGHT}" y1="${base}" y2="${base}" class="row"/>`);
  for (const c of columns) {
    const cx = c.x.toFixed(1);
    c.items.slice(0, MAX_STACK).forEach((p, k) => {
      const cy = base - STACK_R - 2 - k * STACK_STEP;
      const rest = c.items.length - k;
      const last = k === MAX_STACK - 1 && rest > 1;
      const label = last ? `+${String(rest)}` : String(p.i + 1);
      const title = last ? `${String(rest)} more: ${c.items.slice(k).map((q) => String(q.i + 1)).join(', ')}` : `${String(p.i + 1)}. ${p.t.date} (${p.t.precision}): ${p.t.text}`;
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${String(STACK_R)}" class="dot ${escapeHtml(p.t.precision)}"><title>${escapeHtml(title)}</title></circle><text x="${cx}" y="${String(cy + 3.5)}" class="dot-label" text-anchor="middle">${escapeHtml(label)}</text>`);
    });
  }
  parts.push('</svg>');
  return parts.join('\n');
}
