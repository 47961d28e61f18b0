import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from './index.js';
import { paragraphSpans, sentenceSpans, isFalseBreak } from './sentences.js';
import { asArticleId } from '../../model/ids.js';
import type { CleanArticle } from '../../model/article.js';
import { repoRoot } from '../../../test/support/shared.js';

type Case = { language: string; sentences: string[] };
const gold = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/sentences/gold.json'), 'utf8')) as { cases: Case[] };

function article(text: string, declaredLanguage?: string): CleanArticle {
  const a: CleanArticle = { id: asArticleId('a1'), file: 'x.txt', format: 'text', encoding: 'utf-8', text, removed: [] };
  if (declaredLanguage !== undefined) a.declaredLanguage = declaredLanguage;
  return a;
}

test('sentence splitting matches the gold in four languages (abbreviations, initials, ordinals, quotes)', () => {
  for (const c of gold.cases) {
    const text = c.sentences.join(' ');
    const got = sentenceSpans(text, { start: 0, end: text.length }, c.language).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, c.sentences, `language ${c.language}`);
  }
});

test('plain ICU segmentation gets the gold wrong, which is why the repair rules exist', () => {
  let wrong = 0;
  for (const c of gold.cases) {
    const text = c.sentences.join(' ');
    const icu = [...new Intl.Segmenter(c.language, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim());
    if (JSON.stringify(icu) !== JSON.stringify(c.sentences)) wrong++;
  }
  assert.ok(wrong >= 4, `expected ICU alone to fail on most cases, failed on ${wrong}`);
});

test('isFalseBreak: abbreviations and initials join, real sentence ends do not', () => {
  assert.equal(isFalseBreak('He met Mr.', 'Okafor'), true);
  assert.equal(isFalseBreak('Then J.', 'R. Halvorsen'), true);
  assert.equal(isFalseBreak('The talks ended.', 'Nobody'), false);
  assert.equal(isFalseBreak('The talks ended in frustration.', 'Nobody'), false);
  assert.equal(isFalseBreak('It ended?', 'no'), false);
});

test('isFalseBreak: title, number and ambiguous abbreviations', () => {
  assert.equal(isFalseBreak('Route No.', '9 was closed', 'en'), true, 'NUMBER_ABBREVIATIONS before a number');
  assert.equal(isFalseBreak('They said no.', 'That was all.', 'en'), false, 'NUMBER_ABBREVIATIONS before a word');
  assert.equal(isFalseBreak('It went to a supplier in the U.S.', 'The Navy', 'en'), false, 'AMBIGUOUS_ABBREVIATIONS before a starter');
  assert.equal(isFalseBreak('The U.S.', 'Navy had wanted', 'en'), true, 'AMBIGUOUS_ABBREVIATIONS before a name');
  assert.equal(isFalseBreak('Orland Shipping N.V.', '(OS) said', 'en'), true, 'DOTTED_ACRONYM');
  assert.equal(isFalseBreak('El acuerdo se firmó en EE.UU.', 'La oposición', 'es'), false, 'Spanish starters');
  assert.equal(isFalseBreak('The delay hit the Airbus A400M.', 'The first', 'en'), false, 'no initial after a digit');
  assert.equal(isFalseBreak("as did the A380's.", 'Deliveries', 'en'), false, 'an apostrophe after a letter opens nothing');
  assert.equal(isFalseBreak('The model ends on March 1.', 'iPhone owners', 'en'), false, 'BRAND_START');
  assert.equal(isFalseBreak('Die Mannschaft gewann zum 5.', 'Mal den Pokal.', 'de'), true, 'GERMAN_ORDINAL_AFTER_ARTICLE');
  assert.equal(isFalseBreak('« Est-ce bien raisonnable ?', '» a demandé une élue.', 'fr'), true, 'CLOSING_QUOTE_START');
  assert.equal(isFalseBreak('“Is the bridge safe?”', 'asked one resident.', 'en'), true, 'QUOTED_QUESTION_AT_END');
});

test('MISSED_BREAK: breaks ICU misses before a number or a lower-case-initial brand', () => {
  const text = 'The plant will support 4,000 others. 60% of the parts come from nearby. It ends on March 1. iPhone owners can upgrade. Das Haus Nr. 7 blieb zu.';
  const got = sentenceSpans(text, { start: 0, end: text.length }, 'en').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, [
    'The plant will support 4,000 others.', '60% of the parts come from nearby.', 'It ends on March 1.', 'iPhone owners can upgrade.',
    'Das Haus Nr. 7 blieb zu.',
  ]);
});

test('paragraph spans skip blank lines and trim', () => {
  const text = 'First para.\n\n\n  Second para. \n\nThird.';
  const spans = paragraphSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['First para.', 'Second para.', 'Third.']);
});

test('annotate detects the language of each of the four languages', () => {
  const samples: [string, string][] = [
    ['en', 'The two ministers met in the lakeside city on Friday and agreed to talk again next week, officials said.'],
    ['fr', 'Les deux ministres se sont rencontrés vendredi dans la ville au bord du lac et ont convenu de se revoir la semaine prochaine.'],
    ['es', 'Los dos ministros se reunieron el viernes en la ciudad junto al lago y acordaron volver a hablar la próxima semana.'],
    ['de', 'Die beiden Minister trafen sich am Freitag in der Stadt am See und vereinbarten, nächste Woche erneut zu sprechen.'],
  ];
  for (const [lang, text] of samples) assert.equal(annotate(article(text)).language, lang);
});

test('annotate marks a long paragraph in another language and splits its sentences', () => {
  const en = 'The strike at the container port entered its third day on Tuesday, with hundreds of lorries queuing outside the gates. Union leaders said talks would resume on Thursday.';
  const fr = "Le porte-parole du syndicat a déclaré que les dockers ne reprendraient pas le travail tant que la direction n'aurait pas présenté une nouvelle offre salariale écrite.";
  const a = annotate(article(`${en}\n\n${en}\n\n${fr}`));
  assert.equal(a.language, 'en');
  assert.equal(a.paragraphs.length, 3);
  assert.equal(a.languageSpans.length, 1);
  assert.equal(a.languageSpans[0]?.language, 'fr');
  assert.equal(a.sentences.length, 5);
  for (const s of a.sentences) assert.ok(a.text.slice(s.start, s.end).trim() === a.text.slice(s.start, s.end));
});

test('a declared language is used when the text is too short to tell', () => {
  assert.equal(annotate(article('OK.', 'de')).language, 'de');
});

test('plainlyIn: function words settle the obvious cases, anything unclear goes to the detector', async () => {
  const { plainlyIn } = await import('./language.js');
  assert.equal(plainlyIn('The ministers said on Friday that the talks would continue in the city next week.', 'en'), true);
  assert.equal(plainlyIn('Les ministres ont déclaré vendredi que les discussions se poursuivraient dans la ville.', 'en'), false);
  assert.equal(plainlyIn('Les ministres ont déclaré vendredi que les discussions se poursuivraient dans la ville.', 'fr'), true);
  assert.equal(plainlyIn('Velikov Marsh Vienna Lindenhof Telva', 'en'), false, 'no function words: not plain');
  assert.equal(plainlyIn('Die Minister sagten am Freitag, dass die Gespräche in der Stadt weitergehen.', 'it'), false, 'no list for it: not plain');
});
