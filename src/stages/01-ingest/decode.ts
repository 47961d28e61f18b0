// Bytes → text. Order: BOM (UTF-8, UTF-16LE/BE), UTF-16 without BOM (zero-byte pattern), binary
// check, strict UTF-8, the charset the document declares (HTML <meta charset>, XML encoding=),
// chardet's guesses among sensible candidates, Windows-1252. Decoding with iconv-lite. Pure.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import {
  CHARDET_CANDIDATES, CHARSET_SNIFF_BYTES, FALLBACK_ENCODING, LATIN1_ALIASES, MAX_CONTROL_RATIO,
  MAX_REPLACEMENT_RATIO, MIN_CHARDET_CONFIDENCE, SNIFF_BYTES, UTF16_ZERO_RATIO,
} from './rules.js';

export type Decoded =
  | { kind: 'text'; text: string; encoding: string }
  | { kind: 'binary'; reason: string }
  | { kind: 'invalid'; reason: string };

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR and ESC occur in real text files; everything else below 0x20 and DEL does not.
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

function controlReason(n: number, at: (i: number) => number, unit: string): string | undefined {
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0) return `it contains NUL ${unit}s (first at ${unit} ${i})`;
    if (isControlByte(c)) controls++;
  }
  if (n > 0 && controls / n > MAX_CONTROL_RATIO) return `${((controls / n) * 100).toFixed(1)}% of its first ${n} ${unit}s are control characters`;
  return undefined;
}

/** Why the leading bytes look binary (a NUL byte or too many control bytes), or undefined for text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  return controlReason(Math.min(bytes.length, SNIFF_BYTES), (i) => bytes[i] ?? 0, 'byte');
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM shows as a zero byte in every other position for Latin text. */
function utf16Guess(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs >= UTF16_ZERO_RATIO && evenZeros / pairs < 1 - UTF16_ZERO_RATIO) return 'utf-16le';
  if (evenZeros / pairs >= UTF16_ZERO_RATIO && oddZeros / pairs < 1 - UTF16_ZERO_RATIO) return 'utf-16be';
  return undefined;
}

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i;

/** The charset a document declares in its first bytes (HTML <meta charset>/http-equiv, XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_SNIFF_BYTES)).toString('latin1');
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  return label === undefined ? undefined : canonicalEncoding(label);
}

/** WHATWG decodes ISO-8859-1/ASCII labels as Windows-1252; unknown labels give undefined. */
function canonicalEncoding(label: string): string | undefined {
  const l = label.toLowerCase();
  if (LATIN1_ALIASES.has(l)) return 'windows-1252';
  return iconv.encodingExists(l) ? l : undefined;
}

function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function decodeWith(bytes: Uint8Array, encoding: string): { text: string; bad: number } {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, { stripBOM: true });
  return { text, bad: replacementCount(text) };
}

/** Candidate legacy encodings, best first: declared charset, chardet's sensible guesses, the fallback. */
function candidates(bytes: Uint8Array, declared: string | undefined): string[] {
  const list: string[] = [];
  if (declared !== undefined && !declared.startsWith('utf')) list.push(declared);
  for (const match of chardet.analyse(bytes)) {
    if (match.confidence < MIN_CHARDET_CONFIDENCE || !CHARDET_CANDIDATES.has(match.name)) continue;
    const enc = canonicalEncoding(match.name);
    if (enc !== undefined) list.push(enc);
  }
  list.push(FALLBACK_ENCODING);
  return [...new Set(list)];
}

/**
 * Decodes a file's bytes. `sniffCharset` honours a charset the document declares (HTML, XML) when
 * the bytes are not valid UTF-8. Never throws: binary or undecodable input comes back as a value.
 */
export function decodeBytes(bytes: Uint8Array, options: { sniffCharset?: boolean } = {}): Decoded {
  const bom = bomEncoding(bytes);
  const wide = bom?.encoding.startsWith('utf-16') ? bom.encoding : bom === undefined ? utf16Guess(bytes) : undefined;
  if (wide !== undefined) {
    const body = bytes.subarray(bom?.length ?? 0);
    if (body.length % 2 !== 0) return { kind: 'invalid', reason: `it looks like ${wide.toUpperCase()} but has an odd number of bytes` };
    const { text, bad } = decodeWith(body, wide);
    if (bad > text.length * MAX_REPLACEMENT_RATIO) return { kind: 'invalid', reason: `it is not valid ${wide.toUpperCase()}` };
    const binary = controlReason(Math.min(text.length, SNIFF_BYTES), (i) => text.charCodeAt(i), 'character');
    if (binary !== undefined) return { kind: 'binary', reason: binary };
    return { kind: 'text', text, encoding: wide };
  }
  const binary = binaryReason(bytes);
  if (binary !== undefined) return { kind: 'binary', reason: binary };
  const body = bom ? bytes.subarray(bom.length) : bytes;
  try {
    return { kind: 'text', text: utf8Strict.decode(body), encoding: 'utf-8' };
  } catch {
    if (bom) return { kind: 'invalid', reason: 'it starts with a UTF-8 byte order mark but is not valid UTF-8' };
  }
  const declared = options.sniffCharset === true ? declaredCharset(bytes) : undefined;
  let best: { text: string; bad: number; encoding: string } | undefined;
  for (const encoding of candidates(bytes, declared)) {
    const decoded = decodeWith(bytes, encoding);
    if (best === undefined || decoded.bad < best.bad) best = { ...decoded, encoding };
    if (decoded.bad === 0) break;
  }
  if (best === undefined || best.bad > best.text.length * MAX_REPLACEMENT_RATIO) {
    return { kind: 'invalid', reason: 'it is not valid UTF-8 and has bytes that are undefined in every likely legacy encoding' };
  }
  return { kind: 'text', text: best.text, encoding: best.encoding };
}
