// Text folding shared by the stages that compare words across spellings and languages.

/** Letters Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Any character outside printable ASCII and common whitespace (then accents may need stripping). */
const NON_ASCII = /[^\t\n\r -~]/;

/** Lowercase, accents stripped, typographic apostrophe made plain: "Volódin" → "volodin", "Sørensen" → "sorensen". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(/’/gu, "'").normalize('NFD').replace(/\p{M}/gu, '').replace(/[øæœßłđðþı]/gu, (c) => UNDECOMPOSED[c] ?? c);
}
