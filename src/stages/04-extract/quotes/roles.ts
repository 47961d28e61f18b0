// Role nouns of a speaker phrase, with German compounds ("Außenminister", "Regierungssprecherin")
// read by their last part. Fixtures: test/fixtures/quotes/ (German compound role).
import { GROUP_SPEAKERS, ORG_ROLES, PERSON_ROLES } from './lexicon.js';
import { MIN_COMPOUND_ROLE_CHARS } from './rules.js';

const PERSON = new Set(PERSON_ROLES);
const ORG = new Set(ORG_ROLES);
const GROUP = new Set(GROUP_SPEAKERS);
const COMPOUND_HEADS = new Set(PERSON_ROLES.filter((r) => r.length >= MIN_COMPOUND_ROLE_CHARS && !r.includes(' ')));
const HEAD_LENGTHS = [...new Set([...COMPOUND_HEADS].map((r) => r.length))].sort((a, b) => a - b);

/** The person role a lower-cased word names: itself, or for a capitalised compound its listed last part. */
export function personRole(lower: string, capitalised: boolean): string | undefined {
  if (PERSON.has(lower)) return lower;
  if (!capitalised || lower.length <= MIN_COMPOUND_ROLE_CHARS) return undefined;
  for (const n of HEAD_LENGTHS) {
    if (lower.length <= n + 2) break;
    const tail = lower.slice(-n);
    if (COMPOUND_HEADS.has(tail)) return tail;
  }
  return undefined;
}

export const isOrgRole = (lower: string): boolean => ORG.has(lower);
export const isRole = (lower: string, capitalised: boolean): boolean => ORG.has(lower) || personRole(lower, capitalised) !== undefined;

/** A plural noun for a group of people that speaks ("critics", "officials"): GROUP_SPEAKERS. */
export const isGroup = (lower: string): boolean => GROUP.has(lower);
