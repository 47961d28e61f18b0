// The line cascade of stage 2 (clean): the order in which the patterns of rules.ts are tried on
// each unit (precise first, first match wins), with the reason each removal is given, and the
// predicates that check a match word by word. index.ts runs it, then the context rules.
import type { RemovalReason } from '../../model/article.js';
import { CONTRIBUTOR_WORDS, CREDIT_WORDS, DATE_FILLER_WORDS, DATE_NAME_WORDS, NAME_CONNECTORS, SHARE_FILLER_WORDS, SHARE_WORDS } from './lexicon.js';
import {
  ADVERTISING_LABEL, AFFILIATE_DISCLOSURE, AGENCY_BYLINE, AGENCY_INFO_CREDIT, AGENCY_INFO_MAX_WORDS, AGENCY_ONLY_LINE, AGENCY_SIGNOFF,
  AUTHOR_LINK_LABEL, BREADCRUMB, BYLINE_DATE_LINE, BYLINE_PREFIX, CAPTION_AGENCY_CREDIT, CAPTION_CREDIT, CAPTION_CREDIT_PARENS,
  CAPTION_FILE_PHOTO, CAPTION_LABEL, CITATION_LINE, COMMENT_FORM_NOTICE, COMMENT_PROMPT, CONTRIBUTED_CREDIT, COOKIE_BANNER_SENTENCE,
  COOKIE_BUTTON_LABEL, COPYRIGHT_LINE, CORRESPONDENT_BYLINE, CREDIT_SEPARATORS, DATE_ONLY_LINE, DEAL_DISCLAIMER, DESK_CREDIT,
  DISCLAIMER_PREFIX, EDITOR_INITIALS, FOLLOW_ACCOUNT_PREFIX, EDITOR_INITIALS_EXCEPTIONS, EDITOR_SHORTHAND, GALLERY_COUNTER, IMAGE_DESCRIPTION,
  INFORMATION_DISCLAIMER, LABELLED_URL_LINE, MEDIA_TEASER, NAVIGATION_LINK_LABEL, NAVIGATION_UI_LABEL, NEWSLETTER_PROMO_PREFIX,
  OPINION_DISCLAIMER, ORIGINALLY_PUBLISHED, PROMO_VOCABULARY, READER_APPEAL, RELATED_HEADER, RELATED_MARKER, REPORTING_CREDIT,
  REPRODUCTION_NOTICE, RIGHTS_RESERVED, SEPARATED_MENU, SEPARATOR_LINE, SHARE_ONLY_LINE, SHARE_PROMPT_PREFIX, SITE_SELF_DESCRIPTION,
  SITE_SELF_REFERENCE, SOURCE_LINE, SYNDICATION_NOTICE,
} from './rules.js';

/** Separators between the names of a byline glued to a date ("Agencias / Diario del Valle"). */
const NAME_LIST_SEPARATORS = /[ /,|·&]+/u;

export type LineRule = {
  /** Name of the constant in rules.ts that defines the rule (reported in Removal.rule). */
  readonly name: string;
  readonly reason: RemovalReason;
  /** Longest unit (characters) the rule is tried on: noise lines are short; long text is never tested. */
  readonly maxChars: number;
  /** Only at the article's edges: before its third sentence-like paragraph or after its last one. */
  readonly edgesOnly?: true;
  readonly test: (unit: string) => boolean;
};

/** A pattern rule; `needs` lists substrings one of which must occur before the pattern is tried (speed only). */
const byPattern = (name: string, reason: RemovalReason, maxChars: number, pattern: RegExp, needs?: readonly string[]): LineRule =>
  needs === undefined
    ? { name, reason, maxChars, test: (s) => pattern.test(s) }
    : { name, reason, maxChars, test: (s) => needs.some((n) => s.includes(n)) && pattern.test(s) };

/** Precise, pattern-based rules in the order they are tried (first match wins). */
export const LINE_RULES: readonly LineRule[] = [
  { name: 'SHARE_ONLY_LINE', reason: 'share-prompt', maxChars: 100, test: isShareOnlyLine },
  byPattern('SHARE_PROMPT_PREFIX', 'share-prompt', 120, SHARE_PROMPT_PREFIX),
  byPattern('COOKIE_BANNER_SENTENCE', 'cookie-banner', 600, COOKIE_BANNER_SENTENCE),
  byPattern('COOKIE_BUTTON_LABEL', 'cookie-banner', 50, COOKIE_BUTTON_LABEL),
  byPattern('ADVERTISING_LABEL', 'boilerplate', 70, ADVERTISING_LABEL),
  {
    name: 'COPYRIGHT_LINE', reason: 'disclaimer', maxChars: 300,
    test: (s) => COPYRIGHT_LINE.start.test(s) && (s.length <= COPYRIGHT_LINE.shortChars || COPYRIGHT_LINE.yearNearStart.test(s) || RIGHTS_RESERVED.test(s)),
  },
  byPattern('RIGHTS_RESERVED', 'disclaimer', 300, RIGHTS_RESERVED, ['eserv', 'éserv', 'echt', 'ESERV', 'ÉSERV', 'ECHT']),
  byPattern('REPRODUCTION_NOTICE', 'disclaimer', 400, REPRODUCTION_NOTICE),
  byPattern('SEPARATOR_LINE', 'boilerplate', 40, SEPARATOR_LINE),
  byPattern('DISCLAIMER_PREFIX', 'disclaimer', 1000, DISCLAIMER_PREFIX),
  byPattern('OPINION_DISCLAIMER', 'disclaimer', 400, OPINION_DISCLAIMER),
  byPattern('AFFILIATE_DISCLOSURE', 'disclaimer', 400, AFFILIATE_DISCLOSURE, ['ommission', 'ffili', 'filia', 'OMMISSION', 'FFILI', 'FILIA']),
  byPattern('SYNDICATION_NOTICE', 'disclaimer', 400, SYNDICATION_NOTICE),
  byPattern('INFORMATION_DISCLAIMER', 'disclaimer', 300, INFORMATION_DISCLAIMER),
  byPattern('CITATION_LINE', 'disclaimer', 500, CITATION_LINE, [':']),
  byPattern('COMMENT_PROMPT', 'comment-prompt', 60, COMMENT_PROMPT),
  byPattern('COMMENT_FORM_NOTICE', 'comment-prompt', 300, COMMENT_FORM_NOTICE),
  { name: 'NEWSLETTER_PROMO_PREFIX', reason: 'promo', maxChars: 250, test: isNewsletterPromo },
  byPattern('READER_APPEAL', 'promo', 300, READER_APPEAL),
  { name: 'DEAL_DISCLAIMER', reason: 'promo', maxChars: 200, test: (s) => s.split(DEAL_DISCLAIMER.split).every((x) => DEAL_DISCLAIMER.sentence.test(x)) },
  {
    name: 'SITE_SELF_DESCRIPTION', reason: 'promo', maxChars: 400,
    test: (s) => SITE_SELF_DESCRIPTION.test(s) && SITE_SELF_REFERENCE.news.test(s) && SITE_SELF_REFERENCE.audience.test(s),
  },
  byPattern('RELATED_HEADER', 'related-link', 60, RELATED_HEADER),
  byPattern('RELATED_MARKER', 'related-link', 300, RELATED_MARKER),
  byPattern('CAPTION_LABEL', 'caption', 40, CAPTION_LABEL),
  byPattern('GALLERY_COUNTER', 'caption', 20, GALLERY_COUNTER),
  byPattern('CAPTION_FILE_PHOTO', 'caption', 500, CAPTION_FILE_PHOTO),
  byPattern('CAPTION_CREDIT', 'caption', 400, CAPTION_CREDIT, [':']),
  byPattern('CAPTION_CREDIT_PARENS', 'caption', 400, CAPTION_CREDIT_PARENS, ['(']),
  byPattern('CAPTION_AGENCY_CREDIT', 'caption', 400, CAPTION_AGENCY_CREDIT, ['/', '©', 'PHOTO', 'Getty', 'Shutterstock', 'iStock']),
  byPattern('IMAGE_DESCRIPTION', 'caption', 300, IMAGE_DESCRIPTION),
  byPattern('MEDIA_TEASER', 'related-link', 300, MEDIA_TEASER),
  { name: 'DATE_ONLY_LINE', reason: 'date-header', maxChars: 100, test: isDateOnlyLine },
  { name: 'EDITOR_INITIALS', reason: 'byline', maxChars: 80, test: (s) => EDITOR_INITIALS.test(s) && !EDITOR_INITIALS_EXCEPTIONS.test(s) },
  byPattern('DESK_CREDIT', 'byline', 60, DESK_CREDIT),
  { name: 'AGENCY_INFO_CREDIT', reason: 'byline', maxChars: 140, test: (s) => AGENCY_INFO_CREDIT.test(s) && wordCount(s) <= AGENCY_INFO_MAX_WORDS },
  { name: 'REPORTING_CREDIT', reason: 'byline', maxChars: 250, test: isReportingCredit },
  { name: 'BYLINE_DATE_LINE', reason: 'byline', maxChars: 100, test: isBylineWithDate },
  byPattern('CORRESPONDENT_BYLINE', 'byline', 120, CORRESPONDENT_BYLINE),
  byPattern('AUTHOR_LINK_LABEL', 'byline', 50, AUTHOR_LINK_LABEL),
  byPattern('EDITOR_SHORTHAND', 'byline', 8, EDITOR_SHORTHAND),
  { name: 'BYLINE_PREFIX', reason: 'byline', maxChars: 80, edgesOnly: true, test: (s) => BYLINE_PREFIX.test(s) && isNameList(s.slice(s.indexOf(' ') + 1)) },
  {
    name: 'AGENCY_BYLINE', reason: 'byline', maxChars: 110, edgesOnly: true,
    test: (s) => AGENCY_BYLINE.test(s) && isNameList(s.slice(0, s.indexOf(','))),
  },
  { name: 'CONTRIBUTED_CREDIT', reason: 'source-credit', maxChars: 300, test: isContributorCredit },
  {
    name: 'AGENCY_SIGNOFF', reason: 'source-credit', maxChars: 70, edgesOnly: true,
    test: (s) => { const name = AGENCY_SIGNOFF.pattern.exec(s)?.[1]; return name !== undefined && AGENCY_SIGNOFF.agency.test(name) && isNameList(name); },
  },
  byPattern('SOURCE_LINE', 'source-credit', 120, SOURCE_LINE),
  byPattern('ORIGINALLY_PUBLISHED', 'source-credit', 300, ORIGINALLY_PUBLISHED),
  byPattern('AGENCY_ONLY_LINE', 'source-credit', 40, AGENCY_ONLY_LINE),
  byPattern('LABELLED_URL_LINE', 'source-credit', 330, LABELLED_URL_LINE),
  byPattern('NAVIGATION_LINK_LABEL', 'navigation', 50, NAVIGATION_LINK_LABEL),
  byPattern('NAVIGATION_UI_LABEL', 'navigation', 40, NAVIGATION_UI_LABEL),
  byPattern('BREADCRUMB', 'navigation', 200, BREADCRUMB),
  byPattern('SEPARATED_MENU', 'navigation', 200, SEPARATED_MENU),
];

// ——— Predicates used by the rules ————————————————————————————————————————————————————————————

export function wordCount(s: string): number {
  let n = s.length > 0 ? 1 : 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

function isShareOnlyLine(s: string): boolean {
  const words = s.toLowerCase().split(SHARE_ONLY_LINE.separators).filter((w) => w !== '');
  if (words.length === 0 || words.length > SHARE_ONLY_LINE.maxWords) return false;
  let core = false;
  for (const raw of words) {
    const w = raw.replace(/:$/u, '');
    if (w === '') continue; // a colon standing alone ("Partager : Facebook | X")
    if (SHARE_WORDS.has(w)) core = true;
    else if (!SHARE_FILLER_WORDS.has(w) && !SHARE_ONLY_LINE.count.test(w)) return false;
  }
  return core;
}

function isNewsletterPromo(s: string): boolean {
  const opener = NEWSLETTER_PROMO_PREFIX.exec(s) ?? FOLLOW_ACCOUNT_PREFIX.exec(s);
  return opener !== null && PROMO_VOCABULARY.test(s.slice(opener[0].length));
}

function isReportingCredit(s: string): boolean {
  if (!REPORTING_CREDIT.test(s)) return false;
  for (const w of s.replace(/\.$/u, '').split(CREDIT_SEPARATORS)) {
    if (w === '' || CREDIT_WORDS.has(w.toLowerCase()) || NAME_CONNECTORS.has(w)) continue;
    if (w.charAt(0) === w.charAt(0).toLowerCase()) return false;
  }
  return true;
}

/** A byline and a date on one line: a "By"-like prefix or at least two words, all of them names. */
function isBylineWithDate(s: string): boolean {
  const m = BYLINE_DATE_LINE.exec(s);
  const names = m?.[2];
  if (m === null || names === undefined) return false;
  return (m[1] !== undefined || names.includes(' ')) && isNameList(names, NAME_LIST_SEPARATORS);
}

/** "<Names> contributed to this report": only names, connectors and credit words before the verb. */
function isContributorCredit(s: string): boolean {
  const before = CONTRIBUTED_CREDIT.exec(s)?.[1];
  if (before === undefined) return false;
  for (const w of before.split(CREDIT_SEPARATORS)) {
    if (w === '' || CONTRIBUTOR_WORDS.has(w) || NAME_CONNECTORS.has(w)) continue;
    if (w.charAt(0) === w.charAt(0).toLowerCase()) return false;
  }
  return true;
}

function isDateOnlyLine(s: string): boolean {
  const words = s.toLowerCase().split(DATE_ONLY_LINE.separators);
  if (words.length > DATE_ONLY_LINE.maxWords) return false;
  let anchor = false;
  for (const raw of words) {
    const w = raw.replace(DATE_ONLY_LINE.trim, '');
    if (w === '') continue;
    if (DATE_NAME_WORDS.has(w) || DATE_NAME_WORDS.has(w.replace(/\.$/u, '')) || DATE_ONLY_LINE.numericDate.test(w)) anchor = true;
    else if (!DATE_FILLER_WORDS.has(w) && !DATE_ONLY_LINE.number.test(w) && !DATE_ONLY_LINE.time.test(w)) return false;
  }
  return anchor;
}

/** Every word is capitalised (or a name connector), and none is a weekday or month: a list of names. */
function isNameList(s: string | undefined, separators: string | RegExp = ' '): boolean {
  if (s === undefined) return false;
  const words = s.split(separators);
  for (const w of words) {
    if (w === '' || NAME_CONNECTORS.has(w)) continue;
    const first = w.charAt(0);
    if (first === first.toLowerCase() || DATE_NAME_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}
