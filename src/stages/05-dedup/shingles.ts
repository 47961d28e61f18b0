// Text → sorted set of 32-bit shingle hashes, and MinHash signatures over it. Hashes are
// hand-rolled (FNV-1a for words, murmur3's fmix32 as a mixer): non-cryptographic, a few integer
// operations per character; see test/bench/cases/dedup.ts for the comparison with node:crypto.
import { COMBINING_MARKS, SHINGLE_WORDS, WORD } from './rules.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Lower-cased, accent-folded words of a text (punctuation dropped). */
export function normalizedWords(text: string): string[] {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().match(WORD) ?? [];
}

/**
 * Sorted, distinct hashes of the SHINGLE_WORDS-word runs of a text. A text shorter than one
 * shingle gives one shingle of all its words; an empty text gives none.
 */
export function shingleSet(text: string): Uint32Array {
  const words = normalizedWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map(fnv1a);
  const n = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = SHINGLE_WORDS;
    const end = Math.min(i + SHINGLE_WORDS, wordHashes.length);
    for (let j = i; j < end; j++) h = Math.imul(((h << 5) | (h >>> 27)) ^ (wordHashes[j] as number), 0x27d4eb2d);
    out[i] = fmix32(h);
  }
  out.sort();
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[k - 1]) out[k++] = out[i] as number;
  return out.slice(0, k);
}

/** Deterministic seeds for the MinHash functions (mulberry32 from one seed). */
export function minhashSeeds(count: number, seed: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
}

/**
 * MinHash signature: for each seed, the minimum over the set of a cheap seeded mix of the shingle
 * (xor seed, multiply, xor-shift: a bijection). Shingle hashes are already fmix32 outputs, so the
 * one-multiply mix is enough: on the corpus its Jaccard estimates err no more than full fmix32
 * (RMSE 0.003 vs 0.004 over all 1,081 pairs) at ~60 % of the cost. Candidates are verified
 * exactly anyway.
 */
export function signature(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j] as number;
    for (let i = 0; i < seeds.length; i++) {
      const m = Math.imul(x ^ (seeds[i] as number), 0x85ebca6b);
      const v = (m ^ (m >>> 13)) >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** One key per band of `rows` signature values (band index mixed in, so bands never collide). */
export function bandKeys(sig: Uint32Array, rows: number): Uint32Array {
  const bands = Math.floor(sig.length / rows);
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < rows; r++) h = fmix32(h ^ (sig[b * rows + r] as number));
    keys[b] = h;
  }
  return keys;
}

/** |A ∩ B| of two sorted distinct arrays (linear merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) { n++; i++; j++; } else if (x < y) i++; else j++;
  }
  return n;
}

export type Overlap = { jaccard: number; containment: number; smaller: number };

/** Exact Jaccard and containment (of the smaller set in the larger) of two shingle sets. */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return { jaccard: 0, containment: 0, smaller };
  const inter = intersectionSize(a, b);
  return { jaccard: inter / (a.length + b.length - inter), containment: inter / smaller, smaller };
}
