// The gazetteer: countries (names in en/fr/es/de from i18n-iso-countries and world-countries,
// alternative spellings), capitals, cities and regions with their exonyms, international
// organizations with their acronyms across languages. Built once when the module loads (immutable).
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import worldCountriesModule, { type Countries } from 'world-countries';
import type { EntityType } from '../../../model/event.js';
import { CITY_EXONYMS, INTERNATIONAL_ORGS, REGIONS } from './lexicon.js';
import { fold } from './text.js';

/** A gazetteer entry: which real-world referent a form names. */
export type GazetteerEntry = { id: string; name: string; type: EntityType };

/** All-caps alternative spellings kept (other two/three-letter codes are too ambiguous: "DE", "IT"). */
const KEPT_CODES: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE']);

/** world-countries is CommonJS: Node hands the array as the default import, its typings a namespace. */
const worldCountries: Countries = ((m: unknown) => (Array.isArray(m) ? m : (m as { default: Countries }).default) as Countries)(worldCountriesModule);

type LocaleFile = { countries: Record<string, string | string[]> };

function build(): { forms: ReadonlyMap<string, GazetteerEntry>; demonyms: ReadonlyMap<string, string>; acronyms: ReadonlyMap<string, GazetteerEntry> } {
  const forms = new Map<string, GazetteerEntry>();
  const acronyms = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  const add = (form: string, entry: GazetteerEntry): void => {
    if (form.length < 2) return;
    const key = fold(form);
    if (!forms.has(key)) forms.set(key, entry);
  };
  const englishName = new Map<string, string>();
  for (const c of worldCountries) englishName.set(c.cca2, c.name.common);
  for (const c of worldCountries) {
    const entry: GazetteerEntry = { id: `country:${c.cca2}`, name: c.name.common, type: 'place' };
    add(c.name.common, entry);
    add(c.name.official, entry);
    for (const lang of ['deu', 'fra', 'spa'] as const) {
      const t = c.translations[lang];
      if (t !== undefined) { add(t.common, entry); add(t.official, entry); }
    }
    for (const alt of c.altSpellings) {
      if (alt === alt.toUpperCase() && alt.length <= 3) { if (KEPT_CODES.has(alt)) acronyms.set(alt, entry); }
      else add(alt, entry);
    }
    for (const capital of c.capital) add(capital, { id: `city:${fold(capital)}`, name: capital, type: 'place' });
    for (const d of Object.values(c.demonyms)) { demonyms.set(fold(d.m), entry.name); demonyms.set(fold(d.f), entry.name); }
  }
  for (const file of [en, fr, es, de] as LocaleFile[]) {
    for (const [code, names] of Object.entries(file.countries)) {
      const name = englishName.get(code) ?? (Array.isArray(names) ? names[0] : names) ?? code;
      const entry: GazetteerEntry = { id: `country:${code}`, name, type: 'place' };
      for (const n of Array.isArray(names) ? names : [names]) {
        if (n === n.toUpperCase() && n.length <= 3) { if (KEPT_CODES.has(n)) acronyms.set(n, entry); }
        else add(n, entry);
      }
    }
  }
  for (const group of [...CITY_EXONYMS, ...REGIONS]) {
    const name = group[0] ?? '';
    const entry: GazetteerEntry = { id: `place:${fold(name)}`, name, type: 'place' };
    for (const form of group) forms.set(fold(form), entry);
  }
  for (const group of INTERNATIONAL_ORGS) {
    const name = group[0] ?? '';
    const entry: GazetteerEntry = { id: `org:${fold(name)}`, name, type: 'organization' };
    for (const form of group) {
      if (/^[\p{Lu}\d-]+$/u.test(form)) acronyms.set(form, entry);
      else forms.set(fold(form), entry);
    }
  }
  return { forms, demonyms, acronyms };
}

const built = build();

/** Folded form → entry (country names in four languages, capitals, cities, regions, organizations' long forms). */
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = built.forms;
/** Acronyms as written ("NATO", "OTAN", "UN", "US") → entry. Case-sensitive: "Who" is not the WHO. */
export const ACRONYMS: ReadonlyMap<string, GazetteerEntry> = built.acronyms;
/** Folded demonyms (en/fr) → country name: adjectives, not entities ("Russian", "Américain"). */
export const DEMONYMS: ReadonlyMap<string, string> = built.demonyms;

/** Longest gazetteer form in words, to bound phrase look-ups. */
export const GAZETTEER_MAX_WORDS = Math.max(...[...GAZETTEER.keys()].map((k) => k.split(' ').length));

/** Entries by id ("country:AT", "place:vienna", "org:nato"). */
export const GAZETTEER_BY_ID: ReadonlyMap<string, GazetteerEntry> = new Map([...GAZETTEER.values(), ...ACRONYMS.values()].map((e) => [e.id, e]));

/** The entry a surface form names, if any. */
export function lookup(surface: string): GazetteerEntry | undefined {
  return ACRONYMS.get(surface) ?? GAZETTEER.get(fold(surface));
}
