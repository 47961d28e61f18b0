// A drawn timeline of events: one row per story, one dot per event at its date, dot area
// proportional to the number of articles. Returns SVG markup with every label escaped.
import type { Report } from '../model/report.js';
import { escapeHtml } from './escape.js';

const ROW = 34;
const LEFT = 180;
const RIGHT = 30;
const TOP = 30;
const DAY_MS = 86_400_000;
/** Horizontal room one date label needs (px in the drawing's coordinates). */
const TICK_SPACING = 110;

function dayNumber(iso: string): number | undefined {
  const t = Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(t) ? undefined : Math.round(t / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function timelineSvg(report: Report, width = 960): string {
  const eventsById = new Map(report.events.map((e) => [e.id, e]));
  const dated = report.events.map((e) => (e.date === undefined ? undefined : dayNumber(e.date))).filter((d): d is number => d !== undefined);
  if (dated.length === 0) return '<p class="muted">No event has a known date, so there is no timeline to draw.</p>';
  const min = Math.min(...dated) - 1;
  const max = Math.max(...dated) + 1;
  const span = Math.max(1, max - min);
  const plot = width - LEFT - RIGHT;
  const x = (day: number): number => LEFT + ((day - min) / span) * plot;
  const height = TOP + report.stories.length * ROW + 24;
  const parts: string[] = [];
  parts.push(`<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline of events by story">`);
  const ticks = Math.max(1, Math.min(span, Math.floor(plot / TICK_SPACING)));
  for (let i = 0; i <= ticks; i++) {
    const day = Math.round(min + (span * i) / ticks);
    const tx = x(day).toFixed(1);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${TOP - 6}" y2="${height - 20}" class="grid"/>`);
    parts.push(`<text x="${tx}" y="${height - 6}" class="tick" text-anchor="middle">${isoOf(day)}</text>`);
  }
  report.stories.forEach((story, row) => {
    const y = TOP + row * ROW + ROW / 2;
    const label = story.title.length > 28 ? story.title.slice(0, 27) + '…' : story.title;
    parts.push(`<text x="8" y="${y + 4}" class="story-label">${escapeHtml(label)}</text>`);
    parts.push(`<line x1="${LEFT}" x2="${width - RIGHT}" y1="${y}" y2="${y}" class="row"/>`);
    for (const id of story.eventIds) {
      const e = eventsById.get(id);
      const day = e?.date === undefined ? undefined : dayNumber(e.date);
      if (e === undefined || day === undefined) continue;
      const r = 4 + 3 * Math.sqrt(e.articleIds.length);
      parts.push(
        `<a href="#${escapeHtml(e.id)}"><circle cx="${x(day).toFixed(1)}" cy="${y}" r="${r.toFixed(1)}" class="dot"><title>${escapeHtml(`${e.date ?? ''} — ${e.title} (${e.articleIds.length} articles)`)}</title></circle></a>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}
