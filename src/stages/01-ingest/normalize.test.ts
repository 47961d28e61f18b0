import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleId, normalizeDate, normalizeLanguage } from './normalize.js';
import { textToBody } from './text.js';

test('dates: a date stays a date, a date-time becomes full ISO in UTC', () => {
  assert.equal(normalizeDate('2022-01-21'), '2022-01-21');
  assert.equal(normalizeDate('2022-01-21T14:05:09Z'), '2022-01-21T14:05:09Z');
  assert.equal(normalizeDate('2022-01-21T14:05:09.123+02:00'), '2022-01-21T12:05:09Z');
  assert.equal(normalizeDate('2022-01-21 14:05'), '2022-01-21T14:05:00Z', 'no zone: read as UTC');
  assert.equal(normalizeDate('Fri, 21 Jan 2022 14:30:00 +0100'), '2022-01-21T13:30:00Z', 'RFC 822 with offset');
  assert.equal(normalizeDate('Fri, 21 Jan 2022 09:30:00 EST'), '2022-01-21T14:30:00Z', 'RFC 822 zone name');
  assert.equal(normalizeDate('21 Jan 22 09:30 GMT'), '2022-01-21T09:30:00Z', 'two-digit year');
  assert.equal(normalizeDate('21 January 2022'), '2022-01-21');
  assert.equal(normalizeDate('January 21st, 2022'), '2022-01-21');
  assert.equal(normalizeDate('2022/1/21'), '2022-01-21');
});

test('dates: impossible or unreadable values give undefined rather than a guess', () => {
  for (const bad of ['2022-02-30', '2022-13-01', 'yesterday', '21/01/2022', 'Fri, 21 Foo 2022 10:00:00 GMT', '2022-01-21T25:00:00Z', '']) {
    assert.equal(normalizeDate(bad), undefined, bad);
  }
});

test('languages: region and script subtags dropped, three-letter codes and names mapped', () => {
  assert.equal(normalizeLanguage('fr-FR'), 'fr');
  assert.equal(normalizeLanguage('EN_us'), 'en');
  assert.equal(normalizeLanguage('zh-Hant-TW'), 'zh');
  assert.equal(normalizeLanguage('fra'), 'fr');
  assert.equal(normalizeLanguage('Spanish'), 'es');
  assert.equal(normalizeLanguage('not a language'), undefined);
});

test('ids: a + 15 hex of sha256 over whitespace-normalised text; layout does not change the id', () => {
  const id = articleId('Hello  world\n\nSecond paragraph.');
  assert.match(id, /^a[0-9a-f]{15}$/);
  assert.equal(articleId(' Hello world\nSecond\tparagraph. '), id);
  assert.notEqual(articleId('Hello world. Second paragraph!'), id);
  // sha256("Hello world Second paragraph.") — fixed so ids stay stable across versions and machines.
  assert.equal(id, 'a63462d4dcf7dcd2');
});

test('plain text: CRLF normalised, blank lines split paragraphs, otherwise each line is one', () => {
  assert.equal(textToBody('Title\r\n\r\nLine one\r\nline two\r\n\r\n\r\nLast\r\n'), 'Title\n\nLine one\nline two\n\nLast');
  assert.equal(textToBody('One\nTwo\nThree\n'), 'One\n\nTwo\n\nThree');
  assert.equal(textToBody('  padded  \n\n\u0007bell\u0000\n'), 'padded\n\nbell');
  assert.equal(textToBody(' \n\t\n'), '');
});
