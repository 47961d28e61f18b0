// Word lists for quantities, per language (en/fr/es/de). All keys are lower case, apostrophes
// folded to "'". Multi-word entries are written with single spaces between the tokens the
// tokenizer produces ("per cent", "jusqu ' à", "km ²").
import type { QuantityDimension } from '../../../model/extraction.js';

export type Lang = 'en' | 'fr' | 'es' | 'de';

/** How a cue before a number turns it into an interval. */
export type CueKind = 'about' | 'nearly' | 'less' | 'more' | 'upTo' | 'atLeast';

export type UnitEntry = { words: string; unit: string; dimension: QuantityDimension; factor: number };

export type LangLexicon = {
  /** Cardinal words and their values ("twenty" → 20); hundreds (es "doscientos") are values too. */
  numbers: Record<string, number>;
  /** Words that are "1" only before a scale, an approximate noun or a unit with a half ("a thousand", "une heure et demie"). */
  articles: string[];
  /** Multipliers after a number ("hundred", "million", "Millionen", "mil"). */
  scales: Record<string, number>;
  /** Round nouns that make a number approximate ("une dizaine", "un millar", "medio centenar"). */
  approxNouns: Record<string, number>;
  /** Plurals that mean "several times N" ("dozens", "des milliers", "Zehntausende"). */
  vaguePlurals: Record<string, number>;
  /** "several", "plusieurs", "varios", "mehrere". */
  several: string[];
  /** "half" words (value 0.5 before a unit: "half an hour", "une demi-heure", "media hora"). */
  halves: string[];
  /** After a unit: "and a half", "et demie", "y media". */
  andHalf: string[];
  /** Joins number words ("two hundred and fifty", "vingt et un", "treinta y dos"). */
  joiners: string[];
  cues: Record<string, CueKind>;
  /** Range openers and connectors: "between 12 and 14", "12 to 14", "entre 12 et 14", "zwischen 12 und 14". */
  between: string[];
  betweenAnd: string[];
  rangeTo: string[];
  /** A "from" before a "to" makes two values (a change), not a range. */
  from: string[];
  /** "of", "de", "d'" between a number/unit and its noun or currency. */
  linkers: string[];
  units: UnitEntry[];
  /** Nouns that make the quantity a number of people (unit "person"). */
  persons: string[];
  /** Words never taken as the counted noun. */
  stop: string[];
  months: string[];
  /** Between the two numbers of a vote or a score: "seven votes to two", "six voix contre trois", "sieben zu zwei". */
  scoreJoin: string[];
  /** "the number of dead … rose to 14", "die Zahl der Toten steigt auf 14": the counted noun stands before the number. */
  numberOf: string[];
  /** Before "N hours" these make a clock time: "à 10 heures", "a las 10 horas", "um 10 Stunden" is rare but "gegen 10 Uhr". */
  clockBefore: string[];
};

const u = (words: string, unit: string, dimension: QuantityDimension, factor = 1): UnitEntry => ({ words, unit, dimension, factor });

const HOUR = 60;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Units written the same in every language (symbols, abbreviations, ISO codes). */
export const COMMON_UNITS: UnitEntry[] = [
  u('%', '%', 'percent'),
  u('€', 'EUR', 'money'), u('eur', 'EUR', 'money'), u('$', 'USD', 'money'), u('usd', 'USD', 'money'),
  u('us $', 'USD', 'money'), u('£', 'GBP', 'money'), u('gbp', 'GBP', 'money'), u('chf', 'CHF', 'money'),
  u('¥', 'JPY', 'money'), u('jpy', 'JPY', 'money'),
  u('min', 'min', 'duration'), u('h', 'min', 'duration', HOUR),
  u('km', 'km', 'distance'), u('km²', 'ha', 'area', 100), u('km2', 'ha', 'area', 100), u('ha', 'ha', 'area'),
  u('kg', 'kg', 'mass'), u('t', 'kg', 'mass', 1000),
];

/** Currency symbols and codes that stand before the number ("€48m", "USD 5 million"). */
export const CURRENCY_BEFORE: Record<string, string> = { '€': 'EUR', eur: 'EUR', '$': 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', chf: 'CHF', '¥': 'JPY' };

/** Suffixes glued to digits: multipliers ("2.5bn", "€48m", "10k") and units ("10km", "24h"). */
export const DIGIT_SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };

/** Words right after a number that make it a time of day or a clock reading, not a quantity. */
export const CLOCK_WORDS = ['uhr', 'a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'cet', 'cest'];

const EN: LangLexicon = {
  clockBefore: [],
  scoreJoin: ['to', '-', '–'],
  numberOf: ['number', 'toll'],
  numbers: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  articles: ['a', 'an'],
  scales: { hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, dozen: 12 },
  approxNouns: {},
  vaguePlurals: { dozens: 12, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 },
  several: ['several', 'a few'],
  halves: ['half'],
  andHalf: ['and a half'],
  joiners: ['and'],
  cues: {
    about: 'about', around: 'about', some: 'about', roughly: 'about', approximately: 'about', 'an estimated': 'about',
    circa: 'about', nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly',
    'less than': 'less', 'fewer than': 'less', under: 'less', 'a little less than': 'less',
    'more than': 'more', over: 'more', 'upwards of': 'more', 'in excess of': 'more', 'just over': 'more',
    'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'up to': 'upTo', 'as many as': 'upTo',
  },
  between: ['between'],
  betweenAnd: ['and'],
  rangeTo: ['to', '-', '–'],
  from: ['from'],
  linkers: ['of'],
  units: [
    u('percent', '%', 'percent'), u('per cent', '%', 'percent'), u('pct', '%', 'percent'),
    u('percentage point', 'pp', 'percent'), u('percentage points', 'pp', 'percent'),
    u('euro', 'EUR', 'money'), u('euros', 'EUR', 'money'), u('dollar', 'USD', 'money'), u('dollars', 'USD', 'money'),
    u('pound', 'GBP', 'money'), u('pounds', 'GBP', 'money'), u('pounds sterling', 'GBP', 'money'),
    u('franc', 'CHF', 'money'), u('francs', 'CHF', 'money'), u('swiss francs', 'CHF', 'money'),
    u('crown', 'crown', 'money'), u('crowns', 'crown', 'money'), u('yen', 'JPY', 'money'),
    u('second', 'min', 'duration', 1 / 60), u('seconds', 'min', 'duration', 1 / 60), u('minute', 'min', 'duration'),
    u('minutes', 'min', 'duration'), u('hour', 'min', 'duration', HOUR), u('hours', 'min', 'duration', HOUR),
    u('hrs', 'min', 'duration', HOUR), u('day', 'min', 'duration', DAY), u('days', 'min', 'duration', DAY),
    u('week', 'min', 'duration', WEEK), u('weeks', 'min', 'duration', WEEK),
    u('kilometre', 'km', 'distance'), u('kilometres', 'km', 'distance'), u('kilometer', 'km', 'distance'),
    u('kilometers', 'km', 'distance'), u('metre', 'km', 'distance', 1e-3), u('metres', 'km', 'distance', 1e-3),
    u('meter', 'km', 'distance', 1e-3), u('meters', 'km', 'distance', 1e-3), u('m', 'km', 'distance', 1e-3),
    u('mile', 'km', 'distance', 1.609344), u('miles', 'km', 'distance', 1.609344),
    u('hectare', 'ha', 'area'), u('hectares', 'ha', 'area'), u('square kilometres', 'ha', 'area', 100),
    u('square kilometers', 'ha', 'area', 100), u('sq km', 'ha', 'area', 100),
    u('tonne', 'kg', 'mass', 1000), u('tonnes', 'kg', 'mass', 1000), u('ton', 'kg', 'mass', 1000),
    u('tons', 'kg', 'mass', 1000), u('kilograms', 'kg', 'mass'), u('kilos', 'kg', 'mass'),
  ],
  persons: [
    'people', 'persons', 'person', 'residents', 'inhabitants', 'troops', 'soldiers', 'men', 'women', 'children',
    'dead', 'victims', 'evacuees', 'firefighters', 'workers', 'dockworkers', 'dockers', 'employees', 'staff',
    'protesters', 'demonstrators', 'refugees', 'migrants', 'civilians', 'officers', 'policemen', 'passengers',
    'voters', 'casualties', 'wounded', 'injured', 'killed', 'fatalities', 'rescuers', 'volunteers', 'villagers',
    'prisoners', 'hostages', 'fighters', 'personnel', 'citizens', 'patients', 'students', 'members', 'judges',
  ],
  stop: [
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'from', 'for', 'by', 'with', 'was', 'were', 'is',
    'are', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'said', 'per', 'each', 'every', 'ago', 'later',
    'earlier', 'more', 'less', 'than', 'that', 'this', 'it', 'its', 'their', 'his', 'her', 'as', 'after', 'before',
    'since', 'until', 'into', 'over', 'under', 'about', 'against', 'respectively', 'yesterday', 'today', 'so', 'but',
    'within', 'during', 'across', 'along', 'near', 'off', 'through', 'toward', 'towards', 'around', 'amid', 'despite', 'behind',
  ],
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
};

const FR: LangLexicon = {
  clockBefore: ['à', 'vers'],
  scoreJoin: ['contre', 'à', '-', '–'],
  numberOf: ['nombre', 'bilan'],
  numbers: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60,
  },
  articles: ['un', 'une'],
  scales: { cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  approxNouns: {
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
    soixantaine: 60, centaine: 100, millier: 1e3,
  },
  vaguePlurals: { dizaines: 10, douzaines: 12, centaines: 100, milliers: 1e3, millions: 1e6, milliards: 1e9 },
  several: ['plusieurs', 'quelques'],
  halves: ['demi', 'demie'],
  andHalf: ['et demie', 'et demi'],
  joiners: ['et'],
  cues: {
    environ: 'about', quelque: 'about', 'autour de': 'about', approximativement: 'about', 'près de': 'nearly',
    presque: 'nearly', quasiment: 'nearly', 'pas moins de': 'atLeast', 'moins de': 'less', 'un peu moins de': 'less',
    'plus de': 'more', 'au moins': 'atLeast', "jusqu ' à": 'upTo', 'un peu plus de': 'more',
  },
  between: ['entre'],
  betweenAnd: ['et'],
  rangeTo: ['à', '-', '–'],
  from: ['de', 'du'],
  linkers: ['de', "d '"],
  units: [
    u('pour cent', '%', 'percent'), u('pourcent', '%', 'percent'), u('point de pourcentage', 'pp', 'percent'),
    u('points de pourcentage', 'pp', 'percent'), u('euro', 'EUR', 'money'), u('euros', 'EUR', 'money'),
    u('dollar', 'USD', 'money'), u('dollars', 'USD', 'money'), u('livre', 'GBP', 'money'), u('livres', 'GBP', 'money'),
    u('livres sterling', 'GBP', 'money'), u('franc', 'CHF', 'money'), u('francs', 'CHF', 'money'),
    u('francs suisses', 'CHF', 'money'), u('couronne', 'crown', 'money'), u('couronnes', 'crown', 'money'),
    u('seconde', 'min', 'duration', 1 / 60), u('secondes', 'min', 'duration', 1 / 60), u('minute', 'min', 'duration'),
    u('minutes', 'min', 'duration'), u('heure', 'min', 'duration', HOUR), u('heures', 'min', 'duration', HOUR),
    u('jour', 'min', 'duration', DAY), u('jours', 'min', 'duration', DAY), u('semaine', 'min', 'duration', WEEK),
    u('semaines', 'min', 'duration', WEEK), u('kilomètre', 'km', 'distance'), u('kilomètres', 'km', 'distance'),
    u('mètre', 'km', 'distance', 1e-3), u('mètres', 'km', 'distance', 1e-3), u('m', 'km', 'distance', 1e-3),
    u('hectare', 'ha', 'area'), u('hectares', 'ha', 'area'), u('kilomètres carrés', 'ha', 'area', 100),
    u('tonne', 'kg', 'mass', 1000), u('tonnes', 'kg', 'mass', 1000), u('kilos', 'kg', 'mass'),
  ],
  persons: [
    'personnes', 'personne', 'habitants', 'résidents', 'soldats', 'militaires', 'hommes', 'femmes', 'enfants', 'morts',
    'victimes', 'évacués', 'pompiers', 'travailleurs', 'salariés', 'ouvriers', 'dockers', 'employés', 'manifestants',
    'réfugiés', 'migrants', 'civils', 'policiers', 'gendarmes', 'passagers', 'électeurs', 'blessés', 'tués', 'sauveteurs',
    'bénévoles', 'secouristes', 'détenus', 'otages', 'combattants', 'agents', 'patients', 'élèves', 'membres', 'juges',
  ],
  stop: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'à', 'au', 'aux', 'en', 'et', 'ou', 'par', 'pour',
    'sur', 'dans', 'avec', 'sans', 'est', 'sont', 'ont', 'a', 'ont', 'été', 'qui', 'que', 'se', 's', 'ce', 'cette',
    'plus', 'moins', 'depuis', 'après', 'avant', 'contre', 'entre', 'selon', 'chacun', 'respectivement', 'hier',
  ],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const ES: LangLexicon = {
  clockBefore: ['las'],
  scoreJoin: ['a', 'contra', '-', '–'],
  numberOf: ['número', 'cifra', 'balance'],
  numbers: {
    cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
    diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24,
    veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40,
    cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200,
    doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500,
    quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800,
    ochocientas: 800, novecientos: 900, novecientas: 900,
  },
  articles: ['un', 'una'],
  scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6 },
  approxNouns: { decena: 10, docena: 12, quincena: 15, veintena: 20, treintena: 30, centenar: 100, millar: 1e3 },
  vaguePlurals: { decenas: 10, docenas: 12, cientos: 100, centenares: 100, miles: 1e3, millares: 1e3, millones: 1e6 },
  several: ['varios', 'varias', 'algunos', 'algunas', 'unos cuantos', 'unas cuantas'],
  halves: ['medio', 'media'],
  andHalf: ['y media', 'y medio'],
  joiners: ['y'],
  cues: {
    unos: 'about', unas: 'about', 'alrededor de': 'about', aproximadamente: 'about', 'en torno a': 'about',
    'cerca de': 'nearly', casi: 'nearly', 'más de': 'more', 'mas de': 'more', 'menos de': 'less', 'al menos': 'atLeast',
    'por lo menos': 'atLeast', hasta: 'upTo', 'un poco menos de': 'less', 'poco menos de': 'less', 'poco más de': 'more',
  },
  between: ['entre'],
  betweenAnd: ['y'],
  rangeTo: ['a', '-', '–'],
  from: ['de', 'desde', 'del'],
  linkers: ['de'],
  units: [
    u('por ciento', '%', 'percent'), u('punto porcentual', 'pp', 'percent'), u('puntos porcentuales', 'pp', 'percent'),
    u('euro', 'EUR', 'money'), u('euros', 'EUR', 'money'), u('dólar', 'USD', 'money'), u('dólares', 'USD', 'money'),
    u('libra', 'GBP', 'money'), u('libras', 'GBP', 'money'), u('franco', 'CHF', 'money'), u('francos', 'CHF', 'money'),
    u('corona', 'crown', 'money'), u('coronas', 'crown', 'money'), u('segundo', 'min', 'duration', 1 / 60),
    u('segundos', 'min', 'duration', 1 / 60), u('minuto', 'min', 'duration'), u('minutos', 'min', 'duration'),
    u('hora', 'min', 'duration', HOUR), u('horas', 'min', 'duration', HOUR), u('día', 'min', 'duration', DAY),
    u('días', 'min', 'duration', DAY), u('semana', 'min', 'duration', WEEK), u('semanas', 'min', 'duration', WEEK),
    u('kilómetro', 'km', 'distance'), u('kilómetros', 'km', 'distance'), u('metro', 'km', 'distance', 1e-3),
    u('metros', 'km', 'distance', 1e-3), u('m', 'km', 'distance', 1e-3), u('milla', 'km', 'distance', 1.609344),
    u('millas', 'km', 'distance', 1.609344), u('hectárea', 'ha', 'area'), u('hectáreas', 'ha', 'area'),
    u('kilómetros cuadrados', 'ha', 'area', 100), u('tonelada', 'kg', 'mass', 1000), u('toneladas', 'kg', 'mass', 1000),
    u('kilos', 'kg', 'mass'),
  ],
  persons: [
    'personas', 'persona', 'vecinos', 'habitantes', 'residentes', 'soldados', 'militares', 'hombres', 'mujeres', 'niños',
    'muertos', 'víctimas', 'evacuados', 'desalojados', 'bomberos', 'efectivos', 'trabajadores', 'estibadores',
    'empleados', 'manifestantes', 'refugiados', 'migrantes', 'civiles', 'policías', 'agentes', 'pasajeros', 'votantes',
    'heridos', 'fallecidos', 'rescatistas', 'voluntarios', 'detenidos', 'rehenes', 'combatientes', 'pacientes',
    'alumnos', 'miembros', 'jueces', 'magistrados',
  ],
  stop: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'y', 'o', 'por', 'para', 'con',
    'sin', 'sobre', 'es', 'son', 'fue', 'han', 'ha', 'que', 'se', 'su', 'sus', 'este', 'esta', 'más', 'menos', 'desde',
    'tras', 'antes', 'contra', 'entre', 'según', 'cada', 'respectivamente', 'ayer',
  ],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
};

const DE: LangLexicon = {
  clockBefore: ['um', 'gegen'],
  scoreJoin: ['zu', 'gegen', ':', '-', '–'],
  numberOf: ['zahl', 'anzahl', 'bilanz'],
  numbers: {
    null: 0, eins: 1, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
    sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, anderthalb: 1.5, eineinhalb: 1.5,
  },
  articles: ['ein', 'eine', 'einen', 'einem', 'einer'],
  scales: {
    hundert: 100, tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
    dutzend: 12,
  },
  approxNouns: {},
  vaguePlurals: {
    dutzende: 12, hunderte: 100, tausende: 1e3, zehntausende: 1e4, hunderttausende: 1e5, millionen: 1e6,
  },
  several: ['mehrere', 'einige', 'ein paar'],
  halves: ['halbe', 'halben', 'halb'],
  andHalf: ['und einhalb'],
  joiners: ['und'],
  cues: {
    etwa: 'about', rund: 'about', ungefähr: 'about', circa: 'about', ca: 'about', 'ca .': 'about', gut: 'more',
    fast: 'nearly', knapp: 'nearly', beinahe: 'nearly', nahezu: 'nearly', 'mehr als': 'more', über: 'more',
    'weniger als': 'less', unter: 'less', 'knapp unter': 'nearly', mindestens: 'atLeast', 'bis zu': 'upTo',
  },
  between: ['zwischen'],
  betweenAnd: ['und'],
  rangeTo: ['bis', '-', '–'],
  from: ['von'],
  linkers: [],
  units: [
    u('prozent', '%', 'percent'), u('prozentpunkt', 'pp', 'percent'), u('prozentpunkte', 'pp', 'percent'),
    u('prozentpunkten', 'pp', 'percent'), u('euro', 'EUR', 'money'), u('dollar', 'USD', 'money'),
    u('us-dollar', 'USD', 'money'), u('pfund', 'GBP', 'money'), u('franken', 'CHF', 'money'),
    u('kronen', 'crown', 'money'), u('krone', 'crown', 'money'), u('sekunde', 'min', 'duration', 1 / 60),
    u('sekunden', 'min', 'duration', 1 / 60), u('minute', 'min', 'duration'), u('minuten', 'min', 'duration'),
    u('stunde', 'min', 'duration', HOUR), u('stunden', 'min', 'duration', HOUR), u('std', 'min', 'duration', HOUR),
    u('tag', 'min', 'duration', DAY), u('tage', 'min', 'duration', DAY), u('tagen', 'min', 'duration', DAY),
    u('woche', 'min', 'duration', WEEK), u('wochen', 'min', 'duration', WEEK), u('kilometer', 'km', 'distance'),
    u('kilometern', 'km', 'distance'), u('meter', 'km', 'distance', 1e-3), u('metern', 'km', 'distance', 1e-3),
    u('m', 'km', 'distance', 1e-3), u('meilen', 'km', 'distance', 1.609344), u('hektar', 'ha', 'area'),
    u('quadratkilometer', 'ha', 'area', 100), u('quadratkilometern', 'ha', 'area', 100),
    u('tonne', 'kg', 'mass', 1000), u('tonnen', 'kg', 'mass', 1000), u('kilo', 'kg', 'mass'), u('kilogramm', 'kg', 'mass'),
  ],
  persons: [
    'menschen', 'personen', 'einwohner', 'bewohner', 'anwohner', 'soldaten', 'männer', 'frauen', 'kinder', 'tote',
    'toten', 'todesopfer', 'opfer', 'feuerwehrleute', 'einsatzkräfte', 'helfer', 'arbeiter', 'hafenarbeiter',
    'beschäftigte', 'mitarbeiter', 'demonstranten', 'flüchtlinge', 'migranten', 'zivilisten', 'polizisten', 'passagiere',
    'wähler', 'verletzte', 'evakuierte', 'retter', 'freiwillige', 'häftlinge', 'geiseln', 'kämpfer', 'patienten',
    'schüler', 'mitglieder', 'richter',
  ],
  stop: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'oder', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei',
    'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'wurden', 'wurde',
    'seit', 'nach', 'vor', 'als', 'mehr', 'weniger', 'pro', 'je', 'jeweils', 'gestern',
  ],
  months: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
};

export const LEXICONS: Readonly<Record<Lang, LangLexicon>> = { en: EN, fr: FR, es: ES, de: DE };

/** German numeral morphemes, for compounds written as one word ("zweiundzwanzig", "dreitausend", "zweieinhalb"). */
export const DE_MORPHEMES: readonly (readonly [string, number])[] = [
  ['hunderttausend', 1e5], ['tausend', 1e3], ['hundert', 100], ['zwanzig', 20], ['dreißig', 30], ['dreissig', 30],
  ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
  ['zwölf', 12], ['zehn', 10], ['elf', 11], ['eins', 1], ['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4],
  ['fünf', 5], ['sechs', 6], ['sech', 6], ['sieben', 7], ['sieb', 7], ['acht', 8], ['neun', 9], ['und', 0],
];
