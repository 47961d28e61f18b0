import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { binaryReason, decodeBytes, declaredCharset } from './decode.js';
import { repoRoot } from '../../../test/support/shared.js';

const fixture = (...p: string[]): Buffer => readFileSync(join(repoRoot, 'test/fixtures/ingest', ...p));

function text(bytes: Uint8Array, sniffCharset = false): { text: string; encoding: string } {
  const d = decodeBytes(bytes, { sniffCharset });
  if (d.kind !== 'text') assert.fail(`expected text, got ${JSON.stringify(d)}`);
  return d;
}

test('UTF-8 with and without BOM; the BOM is not part of the text', () => {
  assert.deepEqual(text(Buffer.from('Zoë — ok', 'utf8')), { kind: 'text', text: 'Zoë — ok', encoding: 'utf-8' });
  const bom = text(fixture('encodings', 'utf8-bom.txt'));
  assert.equal(bom.encoding, 'utf-8');
  assert.ok(bom.text.startsWith('Zürich'));
});

test('UTF-16 LE/BE by BOM, and LE without a BOM by its zero-byte pattern', () => {
  for (const [file, encoding] of [['utf16le-bom.txt', 'utf-16le'], ['utf16be-bom.txt', 'utf-16be'], ['utf16le-nobom.txt', 'utf-16le']] as const) {
    const d = text(fixture('encodings', file));
    assert.equal(d.encoding, encoding, file);
    assert.ok(d.text.startsWith('Festival fills the old town'), file);
    assert.ok(d.text.includes('—'), file);
  }
});

test('Windows-1252 text that is not UTF-8 is recognised and decoded (€, «», accents)', () => {
  const d = text(fixture('encodings', 'cp1252.txt'));
  assert.equal(d.encoding, 'windows-1252');
  assert.ok(d.text.includes('café « Chez Zoé »') && d.text.includes('2,50 € —'), d.text);
});

test('a declared HTML/XML charset is honoured when the bytes are not UTF-8', () => {
  const html = fixture('encodings', 'iso-8859-15.html');
  assert.equal(declaredCharset(html), 'iso-8859-15');
  const d = text(html, true);
  assert.equal(d.encoding, 'iso-8859-15');
  assert.ok(d.text.includes('1,20 €'), 'byte 0xA4 is € in ISO-8859-15 (it would be ¤ in Windows-1252)');
  assert.equal(declaredCharset(fixture('encodings', 'latin1-feed.xml')), 'windows-1252', 'ISO-8859-1 is read as Windows-1252, as browsers do');
  // The declaration is ignored when the bytes are valid UTF-8.
  assert.equal(text(Buffer.from('<meta charset="iso-8859-15"><p>1,20 €</p>', 'utf8'), true).encoding, 'utf-8');
});

test('Cyrillic in Windows-1251 is guessed by chardet rather than read as Latin', () => {
  const sentence = 'Городской совет утвердил новый бюджет на следующий год. Депутаты обсуждали его четыре часа. ';
  const d = text(iconv.encode(sentence.repeat(4), 'windows-1251'));
  assert.equal(d.encoding, 'windows-1251');
  assert.ok(d.text.startsWith('Городской совет'));
});

test('binary: NUL bytes or many control bytes; invalid: bytes undefined in every candidate encoding', () => {
  assert.match(binaryReason(fixture('bad', 'binary.txt')) ?? '', /NUL/);
  assert.equal(decodeBytes(fixture('bad', 'binary.txt')).kind, 'binary');
  const controls = Buffer.from('text\u0001\u0002\u0003\u0004 more text'.repeat(20), 'latin1');
  assert.equal(decodeBytes(controls).kind, 'binary');
  const invalid = decodeBytes(fixture('bad', 'invalid-bytes.txt'));
  assert.equal(invalid.kind, 'invalid', JSON.stringify(invalid).slice(0, 200));
  assert.equal(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x42])).kind, 'invalid', 'UTF-8 BOM with invalid UTF-8 after it');
  assert.equal(decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])).kind, 'invalid', 'UTF-16 with an odd byte count');
});
