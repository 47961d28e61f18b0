// Word lists for date and time expressions in en/fr/es/de. Keys are lower-case and accent-exact;
// lookups lower-case the matched text first.

export type Lang = 'en' | 'fr' | 'es' | 'de';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'de'];

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: Record<Lang, Record<string, number>> = {
  en: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'aug.': 8, 'sept.': 9, 'sep.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
  },
  fr: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
    'janv.': 1, 'févr.': 2, 'déc.': 12,
  },
  es: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  de: {
    januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
    'jan.': 1, 'feb.': 2, 'okt.': 10, 'dez.': 12,
  },
};

/** Weekday names → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS: Record<Lang, Record<string, number>> = {
  en: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  fr: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  es: { lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7 },
  de: { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 },
};

/** Number words used in "eleven days ago", "il y a onze jours", "hace once días", "vor elf Tagen". */
export const NUMBER_WORDS: Record<Lang, Record<string, number>> = {
  en: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, ninety: 90, hundred: 100,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
  },
  es: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
    catorce: 14, quince: 15, dieciséis: 16, veinte: 20, treinta: 30,
  },
  de: {
    ein: 1, einem: 1, einer: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
    zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, zwanzig: 20, dreißig: 30,
  },
};

export type Unit = 'D' | 'W' | 'M' | 'Y';
/** Calendar unit words (singular and plural) → unit. */
export const UNIT_WORDS: Record<Lang, Record<string, Unit>> = {
  en: { day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y' },
  fr: { jour: 'D', jours: 'D', semaine: 'W', semaines: 'W', mois: 'M', an: 'Y', ans: 'Y', année: 'Y', années: 'Y' },
  es: { día: 'D', días: 'D', dia: 'D', dias: 'D', semana: 'W', semanas: 'W', mes: 'M', meses: 'M', año: 'Y', años: 'Y' },
  de: { tag: 'D', tagen: 'D', tage: 'D', woche: 'W', wochen: 'W', monat: 'M', monaten: 'M', monate: 'M', jahr: 'Y', jahren: 'Y', jahre: 'Y' },
};

/** Hedges allowed between "ago"-type cues and the number: "hace apenas once días", "vor knapp elf Tagen". */
export const AGO_HEDGES: Record<Lang, string[]> = {
  en: ['just', 'only', 'about', 'some', 'nearly', 'almost', 'around', 'barely'],
  fr: ['à peine', 'seulement', 'environ', 'près de', 'presque', 'quelque'],
  es: ['apenas', 'solo', 'sólo', 'unos', 'unas', 'casi', 'cerca de', 'poco más de'],
  de: ['knapp', 'nur', 'erst', 'etwa', 'rund', 'fast', 'gut'],
};

/** Days relative to publication: phrase → offset in days. Longer phrases win over their parts. */
export const RELATIVE_DAYS: Record<Lang, Record<string, number>> = {
  en: {
    'the day before yesterday': -2, yesterday: -1, 'last night': -1, today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0,
    'this evening': 0, tomorrow: 1, 'the day after tomorrow': 2,
  },
  fr: {
    'avant-hier': -2, hier: -1, "aujourd'hui": 0, 'aujourd’hui': 0, 'ce matin': 0, 'cet après-midi': 0, 'ce soir': 0, 'cette nuit': 0,
    demain: 1, 'après-demain': 2,
  },
  es: {
    anteayer: -2, 'antes de ayer': -2, ayer: -1, anoche: -1, hoy: 0, 'esta mañana': 0, 'esta tarde': 0, 'esta noche': 0, mañana: 1,
    'pasado mañana': 2,
  },
  de: { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2, 'heute morgen': 0, 'heute früh': 0 },
};

/** Relative-day phrases that also name a part of the day (TimeML "this evening" → …TEV). */
export const RELATIVE_DAY_PARTS: Record<Lang, Record<string, string>> = {
  en: { 'this morning': 'MO', 'this afternoon': 'AF', 'this evening': 'EV', tonight: 'NI', 'last night': 'NI' },
  fr: { 'ce matin': 'MO', 'cet après-midi': 'AF', 'ce soir': 'EV', 'cette nuit': 'NI' },
  es: { 'esta mañana': 'MO', 'esta tarde': 'AF', 'esta noche': 'NI', anoche: 'NI' },
  de: { 'heute morgen': 'MO', 'heute früh': 'MO' },
};

/** Vague counts before a unit ("several years ago" is a past reference, not a date). */
export const VAGUE_COUNTS: Record<Lang, string[]> = {
  en: ['several', 'a few', 'few', 'many', 'some'], fr: ['quelques', 'plusieurs'], es: ['unos', 'unas', 'algunos', 'algunas', 'varios', 'varias'],
  de: ['einigen', 'wenigen', 'mehreren', 'vielen'],
};

/** Parts of day after a day word ("yesterday evening", "jeudi soir", "el jueves por la noche", "Donnerstagabend") → TimeML code. */
export const DAY_PARTS: Record<Lang, Record<string, string>> = {
  en: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  fr: { matin: 'MO', 'après-midi': 'AF', soir: 'EV', 'dans la soirée': 'EV', nuit: 'NI' },
  es: { 'por la mañana': 'MO', 'por la tarde': 'AF', 'por la noche': 'NI', 'en la noche': 'NI' },
  de: { morgen: 'MO', früh: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI' },
};

/** Periods relative to publication: phrase → [unit, offset]. */
export const RELATIVE_PERIODS: Record<Lang, Record<string, [Unit, number]>> = {
  en: {
    'this week': ['W', 0], 'earlier this week': ['W', 0], 'earlier in the week': ['W', 0], 'later this week': ['W', 0], 'next week': ['W', 1],
    'last week': ['W', -1], 'the past week': ['W', -1], 'this month': ['M', 0], 'earlier this month': ['M', 0], 'next month': ['M', 1],
    'last month': ['M', -1], 'this year': ['Y', 0], 'earlier this year': ['Y', 0], 'early this year': ['Y', 0], 'later this year': ['Y', 0],
    'next year': ['Y', 1], 'last year': ['Y', -1], 'the end of the year': ['Y', 0], 'the end of year': ['Y', 0], 'the coming week': ['W', 1], 'the past year': ['Y', -1],
    'the past month': ['M', -1],
  },
  fr: {
    'cette semaine': ['W', 0], 'en début de semaine': ['W', 0], 'plus tôt dans la semaine': ['W', 0], 'la semaine prochaine': ['W', 1],
    'la semaine dernière': ['W', -1], 'la semaine passée': ['W', -1], 'ce mois-ci': ['M', 0], 'le mois prochain': ['M', 1],
    'le mois dernier': ['M', -1], 'cette année': ['Y', 0], "l'année prochaine": ['Y', 1], 'l’année prochaine': ['Y', 1], "l'an prochain": ['Y', 1],
    'l’an prochain': ['Y', 1], "l'année dernière": ['Y', -1], 'l’année dernière': ['Y', -1], "l'an dernier": ['Y', -1], 'l’an dernier': ['Y', -1],
    "l'an passé": ['Y', -1], 'l’an passé': ['Y', -1], "d'ici la fin de l'année": ['Y', 0],
  },
  es: {
    'esta semana': ['W', 0], 'a principios de semana': ['W', 0], 'la próxima semana': ['W', 1], 'la semana próxima': ['W', 1],
    'la semana que viene': ['W', 1], 'la semana pasada': ['W', -1], 'este mes': ['M', 0], 'el próximo mes': ['M', 1], 'el mes próximo': ['M', 1],
    'el mes que viene': ['M', 1], 'el mes pasado': ['M', -1], 'este año': ['Y', 0], 'el próximo año': ['Y', 1], 'el año próximo': ['Y', 1],
    'el año que viene': ['Y', 1], 'el año pasado': ['Y', -1],
  },
  de: {
    'diese woche': ['W', 0], 'dieser woche': ['W', 0], 'anfang der woche': ['W', 0], 'anfang dieser woche': ['W', 0], 'nächste woche': ['W', 1],
    'nächster woche': ['W', 1], 'kommende woche': ['W', 1], 'kommender woche': ['W', 1], 'letzte woche': ['W', -1], 'letzter woche': ['W', -1],
    'vergangene woche': ['W', -1], 'vergangener woche': ['W', -1], 'diesen monat': ['M', 0], 'nächsten monat': ['M', 1], 'letzten monat': ['M', -1],
    'vergangenen monat': ['M', -1], 'dieses jahr': ['Y', 0], 'dieses jahres': ['Y', 0], 'nächstes jahr': ['Y', 1], 'nächsten jahres': ['Y', 1],
    'im nächsten jahr': ['Y', 1], 'letztes jahr': ['Y', -1], 'im vergangenen jahr': ['Y', -1], 'vergangenes jahr': ['Y', -1],
    'letzten jahres': ['Y', -1], 'im letzten jahr': ['Y', -1],
  },
};

/** Days relative to the previous date of the article ("the day before" → −1). */
export const ANCHOR_DAYS: Record<Lang, Record<string, number>> = {
  en: { 'the day before': -1, 'the previous day': -1, 'the next day': 1, 'the following day': 1, 'a day later': 1, 'the day after': 1 },
  fr: { 'la veille': -1, 'le lendemain': 1, 'le jour suivant': 1, 'un jour plus tard': 1 },
  es: { 'el día anterior': -1, 'la víspera': -1, 'al día siguiente': 1, 'el día siguiente': 1, 'un día después': 1 },
  de: { 'am vortag': -1, 'tags zuvor': -1, 'am nächsten tag': 1, 'am folgetag': 1, 'tags darauf': 1, 'einen tag später': 1 },
};

/** Words before a weekday or month that point forward / backward / to the current one. */
export const NEXT_WORDS: Record<Lang, string[]> = {
  en: ['next', 'coming'], fr: ['prochain', 'prochaine'], es: ['próximo', 'próxima', 'que viene'], de: ['nächsten', 'nächste', 'kommenden', 'kommende'],
};
export const LAST_WORDS: Record<Lang, string[]> = {
  en: ['last', 'past', 'previous', 'this past'], fr: ['dernier', 'dernière', 'passé'], es: ['pasado', 'pasada'], de: ['letzten', 'letzte', 'vergangenen', 'vergangene'],
};
export const THIS_WORDS: Record<Lang, string[]> = {
  en: ['this'], fr: ['ce', 'cet'], es: ['este', 'esta'], de: ['diesen', 'dieser', 'diese'],
};

/** Cues of a future reference in the words before an expression (same clause). */
export const FUTURE_CUES: Record<Lang, string[]> = {
  en: ['will', 'll', 'shall', 'going to', 'is to', 'are to', 'set to', 'due to', 'scheduled', 'expected to', 'plans to', 'plan to', 'planned', 'upcoming', 'is due', 'would', 'should', 'expected', 'as soon as', 'as early as', 'planning'],
  fr: ['sera', 'seront', 'aura', 'auront', 'va', 'vont', 'doit', 'doivent', 'devrait', 'devraient', 'prévu', 'prévue', 'prévues', 'prévus', 'attendu', 'attendue', 'attendus', 'attendues', 'dès'],
  es: ['será', 'serán', 'va a', 'van a', 'debe', 'deberá', 'prevé', 'previsto', 'prevista', 'tendrá', 'habrá', 'espera', 'esperan', 'podría', 'a partir del'],
  de: ['wird', 'werden', 'soll', 'sollen', 'will', 'wollen', 'geplant', 'erwartet', 'dürfte', 'sollte', 'ab'],
};
/** Cues of a past reference (with FUTURE_CUES absent, a clause that has one reads as past). */
export const PAST_CUES: Record<Lang, string[]> = {
  en: ['said', 'was', 'were', 'had', 'did', 'since', 'ago'],
  fr: ['a', 'ont', 'avait', 'avaient', 'était', 'étaient', 'fut', 'depuis'],
  es: ['fue', 'fueron', 'había', 'habían', 'ha', 'han', 'desde'],
  de: ['hat', 'haben', 'hatte', 'hatten', 'war', 'waren', 'wurde', 'wurden', 'seit'],
};

/** Time zones → UTC offset ("Z" for GMT/UTC). */
export const ZONES: Record<string, string> = {
  gmt: 'Z', utc: 'Z', cet: '+01:00', cest: '+02:00', bst: '+01:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  pst: '-08:00', pdt: '-07:00', msk: '+03:00', eet: '+02:00', eest: '+03:00', mez: '+01:00', mesz: '+02:00',
};

/** Nouns after a four-digit number that make it a count, not a year ("2014 people"). */
export const COUNT_NOUNS = [
  'people', 'persons', 'troops', 'soldiers', 'dead', 'deaths', 'jobs', 'euros', 'dollars', 'pounds', 'km', 'kilometres', 'kilometers',
  'meters', 'metres', 'tonnes', 'tons', 'personnes', 'morts', 'soldats', 'personas', 'muertos', 'soldados', 'menschen', 'tote', 'soldaten',
  'hectares', 'hectáreas', 'hektar', 'votes', 'voix', 'votos', 'stimmen', 'units', 'cars', 'points',
];
