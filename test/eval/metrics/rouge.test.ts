// ROUGE and the Porter stemmer against values computed by hand (and Porter's own examples).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { porterStem } from './porter.js';
import { lcsLength, meanRouge, rouge, rougeTokens } from './rouge.js';

const close = (a: number, b: number): void => { assert.ok(Math.abs(a - b) < 1e-9, `${String(a)} ≠ ${String(b)}`); };

test('Porter stemmer: the examples of Porter (1980)', () => {
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster',
    bled: 'bled', motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', tanned: 'tan',
    falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail', filing: 'file', happy: 'happi', sky: 'sky', relational: 'relat',
    conditional: 'condit', rational: 'ration', digitizer: 'digit', conformabli: 'conform', radicalli: 'radic', differentli: 'differ',
    vileli: 'vile', analogousli: 'analog', vietnamization: 'vietnam', predication: 'predic', operator: 'oper', feudalism: 'feudal',
    decisiveness: 'decis', hopefulness: 'hope', callousness: 'callous', formaliti: 'formal', sensitiviti: 'sensit', sensibiliti: 'sensibl',
    triplicate: 'triplic', formative: 'form', formalize: 'formal', electriciti: 'electr', electrical: 'electr', hopeful: 'hope',
    goodness: 'good', revival: 'reviv', allowance: 'allow', inference: 'infer', airliner: 'airlin', gyroscopic: 'gyroscop',
    adjustable: 'adjust', defensible: 'defens', irritant: 'irrit', replacement: 'replac', adjustment: 'adjust', dependent: 'depend',
    adoption: 'adopt', homologou: 'homolog', communism: 'commun', activate: 'activ', angulariti: 'angular', homologous: 'homolog',
    effective: 'effect', bowdlerize: 'bowdler', probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll',
    generalizations: 'gener', oscillators: 'oscil', police: 'polic', killed: 'kill',
  };
  for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
});

test('tokens: lowercase, non-alphanumeric runs split, stems only for tokens longer than 3', () => {
  assert.deepEqual(rougeTokens("Police killed the gunman's dog, 3-2!"), ['polic', 'kill', 'the', 'gunman', 's', 'dog', '3', '2']);
  assert.deepEqual(rougeTokens('Ça coûte 3,25 €', false), ['a', 'co', 'te', '3', '25']);
});

test('ROUGE-1/2/L F1 of a symmetric pair, computed by hand', () => {
  const r = rouge('the cat sat on the mat', 'the cat was on the mat');
  close(r.rouge1.f1, 5 / 6); // the×2, cat, on, mat of 6 on each side
  close(r.rouge2.f1, 3 / 5); // "the cat", "on the", "the mat" of 5 bigrams each
  close(r.rougeL.f1, 5 / 6); // LCS "the cat on the mat"
});

test('ROUGE of an asymmetric pair with stemming, computed by hand', () => {
  const r = rouge('Police killed the gunman', 'The gunman was shot dead by police');
  // tokens: [polic kill the gunman] vs [the gunman was shot dead by polic]
  close(r.rouge1.precision, 3 / 4);
  close(r.rouge1.recall, 3 / 7);
  close(r.rouge1.f1, 6 / 11);
  close(r.rouge2.f1, 2 / 9); // 1 shared bigram of 3 and 6
  close(r.rougeL.f1, 4 / 11); // LCS "the gunman": P 2/4, R 2/7
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['b', 'x', 'd', 'a']), 2);
});

test('empty texts score zero; the mean is ×100', () => {
  const r = rouge('', 'something');
  assert.equal(r.rouge1.f1, 0);
  const m = meanRouge([rouge('a b', 'a b'), rouge('', 'x')]);
  close(m.rouge1, 50);
});
