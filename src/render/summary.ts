// Per-event facts the renderers share: outlets, languages, date range of coverage.
import type { Article } from '../model/article.js';
import type { NewsEvent } from '../model/event.js';
import type { ArticleId } from '../model/ids.js';
import type { Report } from '../model/report.js';

export type EventCoverage = {
  event: NewsEvent;
  articles: Article[];
  outlets: string[];
  languages: string[];
  firstPublished?: string;
  lastPublished?: string;
};

export function articleIndex(report: Report): Map<ArticleId, Article> {
  return new Map(report.articles.map((a) => [a.id, a]));
}

/** Outlet name, or the file name when the outlet is unknown. */
export function outletOf(a: Article): string {
  if (a.outlet !== undefined) return a.outlet;
  if (a.url !== undefined) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, '');
    } catch {
      // fall through to the file name
    }
  }
  return a.file.split(/[\\/]/).at(-1) ?? a.file;
}

export function coverage(report: Report): EventCoverage[] {
  const byId = articleIndex(report);
  return report.events.map((event) => {
    const articles = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => d !== undefined).sort();
    const c: EventCoverage = {
      event,
      articles,
      outlets: [...new Set(articles.map(outletOf))].sort(),
      languages: [...new Set(articles.map((a) => a.language))].sort(),
    };
    const first = dates[0];
    const last = dates.at(-1);
    if (first !== undefined) c.firstPublished = first;
    if (last !== undefined) c.lastPublished = last;
    return c;
  });
}
