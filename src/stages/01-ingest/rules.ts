// Stage 1 — ingest: named constants for what counts as an input, how bytes are told to be text,
// and the limits that guard the parsers. Each has a fixture under test/fixtures/ingest/.
import type { InputFormat } from '../../model/article.js';

/** Extension (lower case, with dot) → format. `.rss.xml`/`.atom.xml` end in `.xml` and are sniffed. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat | 'feed'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

/** Name of the metadata sidecar looked for in input folders (never an article itself). */
export const SIDECAR_NAME = 'meta.jsonl';

/**
 * Files inside a folder that are obviously not articles and are skipped without a rejection
 * (fixture: test/fixtures/ingest/good/ holds gold.json, README.md, LICENSE, a PNG).
 * Named explicitly on the command line they are rejected with E_UNSUPPORTED instead.
 */
export const SKIPPED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.json', '.csv', '.tsv', '.yaml', '.yml', '.toml', '.ini', '.log', '.lock',
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico', '.bmp', '.tif', '.tiff', '.avif',
  '.mp3', '.mp4', '.wav', '.ogg', '.webm', '.mov',
  '.css', '.js', '.mjs', '.cjs', '.ts', '.map', '.woff', '.woff2', '.ttf', '.otf', '.eot',
  '.zip', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.tar',
]);
/** Base names (without extension, lower case) of corpus housekeeping files skipped in folders. */
export const SKIPPED_BASENAMES: ReadonlySet<string> = new Set(['readme', 'license', 'licence', 'copying', 'changelog', 'notice', 'authors']);
/** Folder names never descended into (hidden folders, starting with ".", are skipped too). */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules']);

/** How many leading bytes are inspected to tell text from binary (fixture: bad/binary.txt). */
export const SNIFF_BYTES = 8 * 1024;
/** Share of control bytes (other than tab, newline, CR, form feed, ESC) above which a file is binary. */
export const MAX_CONTROL_RATIO = 0.02;
/** UTF-16 without a BOM: share of zero bytes in the odd (LE) or even (BE) positions of ASCII-heavy text. */
export const UTF16_ZERO_RATIO = 0.7;
/** How many leading bytes are searched for an HTML `<meta charset>` or an XML `encoding=` declaration. */
export const CHARSET_SNIFF_BYTES = 4096;
/**
 * chardet guesses tried, in its confidence order, when the bytes are not UTF-8. Single-byte
 * Windows/ISO code pages and the common East-Asian multi-byte encodings; never its generic
 * 'mbcs'/'sbcs'/ISO-2022 answers.
 */
export const CHARDET_CANDIDATES: ReadonlySet<string> = new Set([
  'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255',
  'windows-1256', 'windows-1257', 'windows-1258', 'ISO-8859-1', 'ISO-8859-2', 'ISO-8859-5',
  'ISO-8859-6', 'ISO-8859-7', 'ISO-8859-8', 'ISO-8859-9', 'KOI8-R', 'Shift_JIS', 'EUC-JP', 'EUC-KR',
  'GB18030', 'Big5',
]);
/** chardet guesses below this confidence (0–100) are ignored. */
export const MIN_CHARDET_CONFIDENCE = 20;
/** Fallback for text that is neither UTF-8 nor confidently anything else: Latin text (fixture: encodings/cp1252.txt). */
export const FALLBACK_ENCODING = 'windows-1252';
/** Labels that browsers (WHATWG Encoding) decode as windows-1252. */
export const LATIN1_ALIASES: ReadonlySet<string> = new Set(['iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso8859-1', 'cp819']);
/** A decoding leaving more undefined characters (U+FFFD) than this share is not text (fixture: bad/invalid-bytes.txt). */
export const MAX_REPLACEMENT_RATIO = 0.01;

/** Feeds: more items than this are not read (the rest is reported). */
export const MAX_FEED_ITEMS = 5000;
/** Feeds: deeper nesting than this is refused (guards the XML parser's recursion). */
export const MAX_XML_DEPTH = 100;
/** Feeds declaring XML entities are refused (billion laughs); matched in the DOCTYPE. */
export const ENTITY_DECLARATION = /<!ENTITY/i;

/** Article ids: prefix + this many hex characters of sha256 over the whitespace-normalised body. */
export const ID_PREFIX = 'a';
export const ID_HEX_CHARS = 15;

/** ISO 639-2/3 codes and English names of common languages → ISO 639-1. */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  eng: 'en', english: 'en', fra: 'fr', fre: 'fr', french: 'fr', spa: 'es', spanish: 'es',
  deu: 'de', ger: 'de', german: 'de', ita: 'it', italian: 'it', por: 'pt', portuguese: 'pt',
  nld: 'nl', dut: 'nl', dutch: 'nl', rus: 'ru', russian: 'ru', ukr: 'uk', ukrainian: 'uk',
  pol: 'pl', polish: 'pl', ara: 'ar', arabic: 'ar', zho: 'zh', chi: 'zh', chinese: 'zh',
  jpn: 'ja', japanese: 'ja', kor: 'ko', korean: 'ko', tur: 'tr', turkish: 'tr', ell: 'el', gre: 'el', greek: 'el',
  swe: 'sv', swedish: 'sv', dan: 'da', danish: 'da', nor: 'no', nob: 'nb', norwegian: 'no', fin: 'fi', finnish: 'fi',
  ces: 'cs', cze: 'cs', czech: 'cs', ron: 'ro', rum: 'ro', romanian: 'ro', hun: 'hu', hungarian: 'hu',
  cat: 'ca', catalan: 'ca', heb: 'he', hebrew: 'he', hin: 'hi', hindi: 'hi',
};

/** Files read concurrently (results are still processed in order, so output stays deterministic). */
export const READ_CONCURRENCY = 8;
/** How rejections of unsupported files say what is supported. */
export const SUPPORTED_EXTENSIONS_HINT = 'plain text (.txt, .md, .text), HTML (.html, .htm, .xhtml), JSON Lines (.jsonl, .ndjson) or an RSS/Atom feed (.rss, .atom, .xml)';
