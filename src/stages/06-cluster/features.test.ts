import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDay, extractNames, extractNumbers, featureLanguage, formatDay, nameCounts, nameKey, termCounts } from './features.js';

const keysOf = (text: string): Set<string> => new Set(extractNames(text).flatMap((p) => p.keys));

test('names: spellings of one person share their keys, surnames on their own match', () => {
  assert.equal(nameKey('Sergei'), nameKey('Sergey'));
  assert.equal(nameKey('Anthony'), nameKey('Antony'));
  assert.equal(nameKey('Riabkov'), nameKey('Ryabkov'));
  assert.equal(nameKey('Volódin'), nameKey('Volodin'));
  assert.equal(nameKey('Sørensen'), nameKey('Sorensen'));
  const a = keysOf('The talks between Sergei Lavrov and Anthony Blinken ended.');
  const b = keysOf('Officials said Sergey Lavrov met Antony Blinken; Lavrov spoke first.');
  for (const k of ['lavrov', 'sergei', 'blinken', 'antoni']) {
    assert.ok(a.has(k), `${k} in a`);
    assert.ok(b.has(k), `${k} in b`);
  }
});

test('names: function words, weekdays, months and MT leftovers are not names', () => {
  const keys = keysOf('A summit between Joe Biden Y Vladimir Putin on Friday. Selon Le Monde, Macron Et Scholz arrive en Janvier. Gestern sprachen Merz Und Habeck am Montag.');
  for (const k of ['biden', 'putin', 'macron', 'scholz', 'merz', 'habeck', 'monde']) assert.ok(keys.has(k), k);
  for (const k of ['i', 'et', 'und', 'friday', 'janvier', 'montag', 'selon', 'le', 'a']) assert.ok(!keys.has(k), k);
});

test('names: a capitalised sentence start is a name only if it is also written mid-sentence', () => {
  const keys = keysOf('Unacceptable, said the ministry. Diplomats Sergei Lavrov and Wendy Sherman spoke. Sherman left. Later Sherman returned.');
  assert.ok(!keys.has('unacceptable'));
  assert.ok(!keys.has('diplomats'));
  assert.ok(keys.has('lavrov') && keys.has('sherman'));
  const { surfaces } = nameCounts(extractNames('Diplomats Sergei Lavrov spoke. Then Sergei Lavrov left and Sergei Lavrov came back.'));
  assert.equal(surfaces.get('lavrov'), 'Sergei Lavrov');
});

test('numbers: thousands separators normalised; years, tiny numbers, clock times and days skipped', () => {
  const n = extractNumbers('Some 100,000 troops, 100 000 more, 100.000 in Spain; 13,000 dead since 2014; 3 tanks; at 10:00 GMT on June 16, 2021; 14 countries; 4.25 percent.');
  assert.deepEqual([...n.keys()].sort(), ['100000', '13000', '14', '4.25']);
  assert.equal(n.get('100000'), '100,000');
});

test('terms: content words folded, function words and weekdays dropped', () => {
  const t = termCounts('The ministers met in Genève on Friday; the ministers agreed.');
  assert.equal(t.get('ministers'), 2);
  assert.equal(t.get('geneve'), 1);
  assert.ok(!t.has('the') && !t.has('friday'));
});

test('event day: a weekday in the lead is the most recent such day on or before publication, in four languages', () => {
  const friday = '2022-01-21';
  const cases: [string, string, string][] = [
    ['en', 'The talks took place on Monday in Geneva.', '2022-01-17'],
    ['en', 'The meeting this Friday did not settle everything.', '2022-01-21'],
    ['fr', 'Les deux ministres se sont rencontrés lundi à Genève.', '2022-01-17'],
    ['fr', 'La réunion de ce vendredi à Genève.', '2022-01-21'],
    ['es', 'Los ministros se reunieron el miércoles en Ginebra.', '2022-01-19'],
    ['de', 'Die Minister trafen sich am Donnerstag in Genf.', '2022-01-20'],
    ['en', 'The ministers met yesterday in Geneva.', '2022-01-20'],
    ['fr', 'Les ministres se sont rencontrés hier.', '2022-01-20'],
    ['es', 'Los ministros se reunieron ayer.', '2022-01-20'],
    ['de', 'Die Minister trafen sich gestern.', '2022-01-20'],
  ];
  for (const [lang, text, want] of cases) {
    const d = eventDay(text, friday, lang as 'en');
    assert.equal(d.day === undefined ? undefined : formatDay(d.day), want, `${lang}: ${text}`);
  }
});

test('event day: date headers without a preposition are not read; no lead expression keeps the publication date', () => {
  const d = eventDay('Thursday, September 21\n\nRussia and the US agree to talk next week.', '2022-01-21T09:00:00Z', 'en');
  assert.equal(d.day === undefined ? '' : formatDay(d.day), '2022-01-21');
  assert.equal(d.weekday, 5);
});

test('event day: without a publication date only the weekday is known (and nothing when the lead names none)', () => {
  assert.deepEqual(eventDay('Talks were held on Monday.', undefined, 'en').weekday, 1);
  assert.equal(eventDay('Talks were held on Monday.', undefined, 'en').day, undefined);
  assert.equal(eventDay('Talks were held.', undefined, 'en').weekday, undefined);
  assert.equal(eventDay('Talks on Monday.', 'not a date', 'en').day, undefined);
});

test('feature language: declared when known, otherwise guessed from function words, else unknown', () => {
  assert.equal(featureLanguage('fr', 'whatever'), 'fr');
  assert.equal(featureLanguage('und', 'Die Minister trafen sich am Montag in der Stadt, und sie sprachen über die Lage mit dem Kanzler und der Regierung.'), 'de');
  assert.equal(featureLanguage('und', 'Xyz.'), undefined);
});

test('names: transliterations and country/people forms across en/fr/es/de share keys', () => {
  assert.equal(nameKey('Welikow'), nameKey('Velikov'));
  assert.equal(nameKey('Petrescou'), nameKey('Petrescu'));
  for (const v of ['Kestrie', 'Kestrien', 'Kestriens', 'Kestrier', 'Kestrian', 'Kestrians']) assert.equal(nameKey(v), nameKey('Kestria'), v);
  assert.equal(nameKey('Halvorssen'), nameKey('Halvorsen'));
});

test('names: German nouns after an article are not names; names after contractions are', () => {
  const keys = new Set(extractNames('Nach dem Treffen sprach Marsh über die Gespräche und die neuen Vorschläge im Brenntal.', 'de').flatMap((p) => p.keys));
  assert.ok(keys.has(nameKey('Marsh')) && keys.has(nameKey('Brenntal')));
  for (const noun of ['Treffen', 'Gespräche', 'Vorschläge']) assert.ok(!keys.has(nameKey(noun)), noun);
});

test('numbers: million words multiply ("1.2 million" = "1,2 Millionen")', () => {
  assert.ok(extractNumbers('Lumora recalls 1.2 million chargers').has('1200000'));
  assert.ok(extractNumbers('Lumora ruft 1,2 Millionen Powerbanks zurück').has('1200000'));
  assert.ok(extractNumbers('1,2 millones de baterías').has('1200000'));
});
