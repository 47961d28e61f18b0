// Terminal rendering: events grouped by story, with coverage, and the rejected inputs.
import type { Report } from '../model/report.js';
import { coverage } from './summary.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function fit(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = Array.from(graphemes.segment(flat), (g) => g.segment);
  return chars.length <= width ? flat + ' '.repeat(width - chars.length) : chars.slice(0, width - 1).join('') + '…';
}

export function renderText(report: Report, options: { width?: number } = {}): string {
  const width = Math.max(80, options.width ?? 100);
  const titleWidth = width - 46;
  const cov = new Map(coverage(report).map((c) => [c.event.id, c]));
  const lines: string[] = [];
  lines.push(
    `${report.articles.length} articles → ${report.events.length} events in ${report.stories.length} stories` +
      (report.rejected.length > 0 ? ` (${report.rejected.length} inputs rejected)` : ''),
  );
  const header = `${fit('#', 4)}${fit('event', titleWidth)}  ${fit('date', 10)}  ${fit('art', 3)}  ${fit('outlets', 7)}  ${fit('languages', 12)}`;
  let n = 0;
  for (const story of report.stories) {
    lines.push('', `▌ story: ${fit(story.title, width - 10).trimEnd()}  (${story.eventIds.length} event${story.eventIds.length === 1 ? '' : 's'})`);
    lines.push(header, '─'.repeat(Math.min(width, header.length)));
    for (const eventId of story.eventIds) {
      const c = cov.get(eventId);
      if (c === undefined) continue;
      n++;
      const date = c.event.date ?? c.firstPublished ?? '?';
      lines.push(
        `${fit(String(n), 4)}${fit(c.event.title, titleWidth)}  ${fit(date.slice(0, 10), 10)}  ${fit(String(c.articles.length), 3)}  ${fit(String(c.outlets.length), 7)}  ${fit(c.languages.join(','), 12)}`,
      );
    }
  }
  if (report.rejected.length > 0) {
    lines.push('', 'rejected inputs:');
    for (const r of report.rejected) lines.push(`  ${r.code.padEnd(18)} ${r.message}`);
  }
  return lines.join('\n') + '\n';
}
