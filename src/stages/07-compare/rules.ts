// Stage 7 heuristics: what a claim is about (concept lexicon, en/fr/es/de), when two values agree
// (tolerances), and the words that change a quote's meaning. Words are folded (lowercase, accents
// stripped: src/text/fold.ts). An entry "word" matches the word exactly, "word*" any word starting
// with it, "*word" any word ending with it (German compounds), and "two words" the sequence.

/** Relative half-width given to an approximate point ("about 3,000" → 2,850–3,150). Narrower than
 *  stage 4's interval so that two approximations compare on their points ("about 1.2 million" vs
 *  "about 1.4 million" disagree; "around 50 million" vs "48 million" agree). */
export const APPROX_TOLERANCE = 0.05;

/** Stage 4 spreads "about X" by this share of X on each side; a quantity that wide around its
 *  value is read as an approximate point (see APPROX_TOLERANCE), anything wider as a range. */
export const STAGE4_APPROX_SPREAD = 0.1;

/** Exact values compare with this relative slack (rounding in unit conversion). */
export const EXACT_EPSILON = 1e-6;

/** Words looked at before / after a number for what it counts (inside its clause). */
export const WINDOW_BEFORE = 8;
export const WINDOW_AFTER = 4;
/** An anchor this close (in words) to the number, or named by stage 4 as the counted noun, is strong. */
export const ADJACENT_WORDS = 2;

/** A small count ("two ministers", "the two countries") is a reference, not a claim, unless what happened to them is said. */
export const SMALL_COUNT_MAX = 2;

/** Durations of a meeting: between these many minutes (15 min – 1 day). */
export const MEETING_DURATION_MIN = 15;
export const MEETING_DURATION_MAX = 24 * 60;

/** A bare number (no known concept) aligns across articles only when it is exact and at least this large. */
export const BARE_NUMBER_MIN = 10;

/** A value side of a disputed fact needs a claim whose topic word was found (strength ≥ 1) or this many independent origins. */
export const WEAK_SIDE_MIN_ORIGINS = 2;

/** An article holding this many mutually incompatible values for one topic is enumerating, not claiming. */
export const ENUMERATION_VALUES = 3;

export type ConceptEntry = { id: string; label: string; words: readonly string[] };

/**
 * What a number counts or measures. `label` is the English topic word. Anchors are matched on the
 * counted noun stage 4 found, then on the words around the number.
 */
export const ANCHORS: readonly ConceptEntry[] = [
  { id: 'dead', label: 'people killed', words: ['dead', 'deaths', 'fatalities', 'death toll', 'morts', 'deces', 'muertos', 'fallecidos', 'muertes', 'tote', 'toten', 'todesopfer', '*tote', '*toten'] },
  { id: 'people', label: 'people', words: ['people', 'persons', 'residents', 'inhabitants', 'men', 'women', 'civilians', 'personnes', 'habitants', 'gens', 'hommes', 'civils', 'personas', 'vecinos', 'habitantes', 'hombres', 'civiles', 'menschen', 'personen', 'einwohner', 'bewohner', 'zivilisten'] },
  { id: 'troops', label: 'troops', words: ['troops', 'soldiers', 'servicemen', 'troupes', 'soldats', 'militaires', 'tropas', 'soldados', 'militares', 'truppen', 'soldaten'] },
  { id: 'workers', label: 'workers', words: ['workers', 'employees', 'staff', 'dockworkers', 'dockers', 'miners', 'travailleurs', 'salaries', 'ouvriers', 'employes', 'trabajadores', 'empleados', 'estibadores', 'obreros', 'arbeiter', '*arbeiter', 'beschaftigte', 'mitarbeiter'] },
  { id: 'rescuers', label: 'firefighters and rescuers', words: ['firefighters', 'rescuers', 'pompiers', 'secouristes', 'bomberos', 'efectivos', 'rescatistas', 'feuerwehrleute', 'einsatzkrafte', 'retter', 'helfer'] },
  { id: 'ships', label: 'ships', words: ['ships', 'vessels', 'boats', 'navires', 'bateaux', 'buques', 'barcos', 'schiffe', '*schiffe'] },
  { id: 'aircraft', label: 'aircraft', words: ['aircraft', 'planes', 'helicopters', 'avions', 'helicopteres', 'aeriens', 'aviones', 'helicopteros', 'aereos', 'flugzeuge', 'hubschrauber', '*flugzeuge'] },
  { id: 'seats', label: 'seats', words: ['seats', 'sieges', 'escanos', 'asientos', 'sitze', 'mandate'] },
  { id: 'votes', label: 'votes', words: ['votes', 'vote', 'voix', 'suffrages', 'votos', 'stimmen'] },
  { id: 'goals', label: 'goals', words: ['goals', 'buts', 'goles', 'tore'] },
  { id: 'products', label: 'units', words: ['units', 'devices', 'power banks', 'chargers', 'batteries', 'products', 'appareils', 'produits', 'unidades', 'dispositivos', 'baterias', 'productos', 'gerate', 'akkus', '*akkus', 'powerbanks', 'produkte'] },
  { id: 'meeting', label: 'meeting', words: ['meeting', 'meetings', 'talks', 'discussions', 'discussion', 'dialogue', 'negotiations', 'session', 'summit', 'reunion', 'rencontre', 'entretien', 'entretiens', 'pourparlers', 'negociations', 'sommet', 'reuniones', 'encuentro', 'conversaciones', 'dialogo', 'negociaciones', 'cumbre', 'treffen', 'gesprach*', '*gesprach', '*gesprache', '*gesprachen', 'unterredung', 'verhandlung*', 'dialog', 'gipfel'] },
  { id: 'turnout', label: 'turnout', words: ['turnout', 'participation', 'participacion', 'wahlbeteiligung', 'beteiligung'] },
  { id: 'inflation', label: 'inflation', words: ['inflation', 'hausse des prix', 'inflacion', 'teuerung', 'inflationsrate'] },
  { id: 'rate', label: 'interest rate', words: ['precio del dinero', 'rate', 'taux', 'tipo', 'zins', 'zinssatz', 'leitzins', '*zins', '*zinssatz'] },
  { id: 'pay', label: 'pay rise', words: ['pay', 'wage', 'wages', 'salary', 'salaires', 'salaire', 'salarial', 'salario', 'sueldo', 'lohn*', '*lohn', 'gehalt'] },
  { id: 'shares', label: 'share price', words: ['shares', 'stock', 'acciones', 'aktie', 'aktien', '*aktie'] },
  { id: 'fee', label: 'transfer fee', words: ['fee', 'transfer', 'transfert', 'indemnite', 'traspaso', 'fichaje', 'ablose', '*ablose', 'ablosesumme'] },
  { id: 'clause', label: 'release clause', words: ['clause', 'clausula', '*klausel'] },
  { id: 'price', label: 'price', words: ['price', 'prix', 'precio', 'preis', '*preis'] },
  { id: 'cost', label: 'cost', words: ['cost', 'costs', 'losses', 'damage', 'cout', 'manque a gagner', 'pertes', 'costo', 'coste', 'costado', 'perdidas', 'kosten', '*kosten', 'schaden', '*schaden'] },
  { id: 'area', label: 'area', words: [] },
  { id: 'happening', label: 'event', words: [] },
  { id: 'aid', label: 'aid', words: ['aid', 'relief', 'aide', 'ayuda', 'ayudas', 'hilfe', '*hilfe', '*hilfen'] },
];

/** What happened to what is counted (or is done with it): a claim's qualifiers. Two claims align only with the same qualifiers. */
export const QUALIFIERS: readonly ConceptEntry[] = [
  { id: 'dead', label: 'killed', words: ['killed', 'died', 'dead', 'perished', 'lost their lives', 'tue', 'tues', 'tuee', 'tuees', 'morts', 'decedes', 'perdu la vie', 'muertos', 'murieron', 'fallecieron', 'fallecido*', 'perdieron la vida', 'getotet', 'starben', 'ums leben', 'gestorben'] },
  { id: 'injured', label: 'injured', words: ['injured', 'wounded', 'hurt', 'treated', 'hospitalised', 'hospitalized', 'blesses', 'blessees', 'intoxiques', 'hospitalises', 'heridos', 'atendidos', 'hospitalizados', 'verletzt*', 'behandelt'] },
  { id: 'missing', label: 'missing', words: ['missing', 'disparus', 'desaparecidos', 'vermisst'] },
  { id: 'evacuated', label: 'evacuated', words: ['evacuated', 'evacuees', 'evacuate', 'leave their homes', 'evacues', 'evacuer', 'desalojar', 'desalojados', 'evacuados', 'evakuiert', 'hauser verlassen'] },
  { id: 'sheltered', label: 'in shelters', words: ['shelters', 'heberges', 'hebergees', 'albergues', 'notunterkunft*'] },
  { id: 'deployed', label: 'deployed', words: ['deployed', 'mobilised', 'mobilized', 'mobilises', 'engages', 'deployes', 'desplegados', 'movilizados', 'trabajan', 'einsatz', 'eingesetzt'] },
  { id: 'strike', label: 'on strike', words: ['strike', 'striking', 'walked off', 'stopped work', 'greve', 'grevistes', 'cesse le travail', 'huelga', 'paro', 'streik*', '*streik', 'streikend*'] },
  { id: 'crowd', label: 'gathered', words: ['gathered', 'rally', 'celebrate', 'protest*', 'rassemble*', 'manifest*', 'concentraron', 'reunidos', 'feierten', 'versammel*', 'kundgebung', 'demonstr*'] },
  { id: 'waiting', label: 'waiting off the port', words: ['waiting', 'anchor', 'attendaient', 'mouillage', 'aguardaban', 'fondeados', 'reede'] },
  { id: 'recall', label: 'recalled', words: ['recall*', 'rappel*', 'retira*', 'ruckruf*', '*ruckruf', 'zuruck'] },
  { id: 'demand', label: 'demanded', words: ['demand*', 'reclame*', 'exige*', 'revendique*', 'reclama*', 'exig*', 'forder*', 'gefordert'] },
  { id: 'offer', label: 'offered', words: ['offer*', 'propose*', 'ofrece*', 'oferta', 'angebot*'] },
  { id: 'hold', label: 'kept', words: ['hold', 'keep', 'kept', 'statu quo', 'mantener', 'belassen'] },
  { id: 'target', label: 'target', words: ['target*', 'objectif', 'objetivo', 'ziel', 'strebt'] },
  { id: 'next', label: 'next', words: ['next', 'again', 'new', 'another', 'upcoming', 'prochain*', 'nouveau', 'nouvelle', 'nouvel', 'de nouveau', 'proxim*', 'nuevo', 'nueva', 'de nuevo', 'volver*', 'otra', 'nachst*', 'erneut', 'wieder', 'weitere*'] },
];

/** Verbs that say how long something lasted: a duration with one of them (and no other anchor) is the meeting's. */
export const DURATION_VERBS: readonly string[] = ['lasted', 'last', 'lasting', 'spent', 'dure', 'duree', 'duro', 'prolongo', 'durante', 'dauerte', 'dauerten'];

/** Meeting verbs (a date or duration beside them is the meeting's). */
export const MEETING_VERBS: readonly string[] = ['met', 'meet', 'meets', 'rencontres', 'retrouves', 'reunis', 'reunir', 'reunieron', 'reunira', 'reunio', 'reunirse', 'reunen', 'trafen', 'getroffen', 'treffen'];

/** A number right after these words is a reference point, not the claim ("up from 54 percent", "from a peak of 9.1 percent"). */
export const REFERENCE_BEFORE: readonly string[] = ['up from', 'down from', 'rose from', 'fell from', 'peak', 'pic', 'maximo', 'hochststand', 'previous', 'anterior', 'precedent', 'vorjahr', 'compared with', 'compared to'];

/** A duration followed by these words is an offset ("20 minutes before the start", "onze jours après"), not a length. */
export const OFFSET_AFTER: readonly string[] = ['before', 'after', 'later', 'earlier', 'ago', 'avant', 'apres', 'plus tard', 'antes', 'despues', 'mas tarde', 'spater', 'zuvor', 'danach', 'davor'];
/** … or preceded by these ("hace once días", "il y a", "vor zwei Jahren"). */
export const OFFSET_BEFORE: readonly string[] = ['hace', 'il y a', 'vor'];

/** A meeting date next to these may be another meeting's ("the first round on March 9" in a report of the second; "will meet for the first time in April"): left out. */
export const AMBIGUOUS_MEETING_WORDS: readonly string[] = ['first', 'previous', 'earlier', 'last', 'second', 'premiere', 'premier', 'precedente', 'derniere', 'deuxieme', 'seconde', 'primera', 'primer', 'anterior', 'segunda', 'ultima', 'erste', 'ersten', 'erstes', 'vorherige', 'letzte', 'zweite', 'zweiten'];

/** Qualifiers that say what someone wants or keeps, not what is: a claim without qualifiers never joins their topic. */
export const MODAL_QUALIFIERS: readonly string[] = ['demand', 'offer', 'hold', 'target'];

/** Right before a date, these make it the time of a clause ("in 2002, when four people died", "since 2014"). */
export const TIME_PREPOSITIONS: readonly string[] = ['in', 'since', 'en', 'depuis', 'desde', 'seit', 'im'];

/** Words that end a clause for the purpose of finding what a number counts. */
export const CLAUSE_BREAKS = /[,;:()\u2013\u2014"«»“”]|\s-\s/u;

/** After an amount, these make it a rate per day ("15 million euros a day"), compared only with other daily rates. */
export const PER_DAY_AFTER: readonly string[] = ['a day', 'per day', 'each day', 'for each day', 'every day', 'daily', 'par jour', 'chaque jour', 'al dia', 'por dia', 'diarios', 'diarias', 'diario', 'pro tag', 'am tag', 'taglich'];

/** Sentence ends (also clause breaks). */
export const SENTENCE_END = /^[.!?]$/u;

/** Words right after a count that make it an increment ("two more dead", "zwei weitere Tote"), not a total. */
export const INCREMENT_AFTER: readonly string[] = ['more', 'further', 'additional', 'other', 'weitere', 'weiteren', 'autres', 'supplementaires', 'mas', 'otros', 'otras'];
/** … or right before it ("otros dos muertos", "another two"). */
export const INCREMENT_BEFORE: readonly string[] = ['another', 'additional', 'otros', 'otras', 'further'];

/** A claim whose clause names a date more than this many days before publication is about another time ("in 2002, when four people died"). */
export const PAST_REFERENCE_DAYS = 30;

/** Exclusives: names shorter than this are not listed; counts below this are not details. */
export const EXCLUSIVE_ENTITY_MIN_LENGTH = 3;
export const EXCLUSIVE_NUMBER_MIN = 3;
/** A quote is exclusive only with at least this many words (shorter ones are scare quotes), and only when its speaker is quoted by no other origin (else it may be an unmatched translation). */
export const EXCLUSIVE_QUOTE_MIN_WORDS = 4;

// — Quotes: words that change how strong a statement is (per language: French "très" is Spanish "three") —

export type QuoteLang = 'en' | 'fr' | 'es' | 'de';

/** Intensifiers and certainty adverbs: adding one strengthens a statement. */
export const INTENSIFIERS: Readonly<Record<QuoteLang, readonly string[]>> = {
  en: ['very', 'extremely', 'highly', 'totally', 'absolutely', 'completely', 'deeply', 'strongly', 'clearly', 'fully', 'definitely', 'certainly', 'entirely', 'utterly'],
  fr: ['tres', 'extremement', 'totalement', 'absolument', 'profondement', 'vraiment', 'pleinement', 'clairement', 'certainement', 'entierement'],
  es: ['muy', 'extremadamente', 'totalmente', 'absolutamente', 'profundamente', 'realmente', 'plenamente', 'claramente', 'ciertamente', 'sumamente'],
  de: ['sehr', 'aussert', 'extrem', 'vollig', 'absolut', 'zutiefst', 'wirklich', 'eindeutig', 'sicherlich', 'durchaus'],
};
/** Hedges and weak modals: adding one weakens a statement. */
export const HEDGES: Readonly<Record<QuoteLang, readonly string[]>> = {
  en: ['might', 'could', 'perhaps', 'possibly', 'probably', 'somewhat', 'fairly', 'partly', 'slightly', 'maybe', 'likely', 'seems'],
  fr: ['pourrait', 'pourraient', 'peut-etre', 'probablement', 'plutot', 'un peu', 'partiellement', 'semble', 'eventuellement'],
  es: ['podria', 'podrian', 'quizas', 'quiza', 'tal vez', 'probablemente', 'parcialmente', 'parece', 'posiblemente'],
  de: ['konnte', 'konnten', 'vielleicht', 'wahrscheinlich', 'eher', 'ziemlich', 'teilweise', 'moglicherweise', 'scheint'],
};
/** Verbs and adjectives on one scale, weaker (1) and stronger (2): a variant that moves along the scale changes the meaning ("criticized" → "rejected"). */
export const SCALES: readonly { scale: string; level: 1 | 2; words: Readonly<Record<QuoteLang, readonly string[]>> }[] = [
  {
    scale: 'disapprove', level: 1, words: {
      en: ['criticized', 'criticised', 'criticize', 'criticise', 'criticizes', 'criticises', 'questioned'], fr: ['critique*', 'critiqua*'], es: ['critic*'], de: ['kritisier*'],
    },
  },
  {
    scale: 'disapprove', level: 2, words: {
      en: ['rejected', 'reject', 'rejects', 'condemned', 'condemn', 'condemns', 'denounced', 'denounce', 'denounces'], fr: ['rejet*', 'condamn*', 'denonc*'],
      es: ['rechaz*', 'conden*', 'denunci*'], de: ['verurteil*', 'zuruckgewiesen', 'abgelehnt', 'lehnte', 'lehnt'],
    },
  },
  {
    scale: 'certainty', level: 1, words: { en: ['hope', 'hopes', 'hoped'], fr: ['espere*', 'esperons'], es: ['espera*', 'esperamos'], de: ['hoff*'] },
  },
  {
    scale: 'certainty', level: 2, words: { en: ['sure', 'certain', 'convinced'], fr: ['convaincu*', 'certain', 'certains'], es: ['seguro', 'segura', 'seguros', 'convencido*'], de: ['sicher', 'uberzeugt'] },
  },
];
/** Negations: a variant with one and another without one say opposite things. */
export const NEGATIONS: Readonly<Record<QuoteLang, readonly string[]>> = {
  // Ceasing counts as negating ("has stopped distinguishing" = "unterscheidet nicht mehr").
  en: ['stopped', 'ceased', 'stop', 'cease', 'not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'cannot', "n't", "don't", "didn't", "won't", "isn't", "aren't", "wasn't", "can't", "doesn't"],
  // French: the second part only ("ne" alone is often expletive: "plus vite que nous ne pouvons").
  fr: ['cesse', 'cesser', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'nullement', 'guere'],
  es: ['dejado de', 'dejo de', 'dejar de', 'no', 'nunca', 'nada', 'ningun', 'ninguno', 'ninguna', 'jamas', 'tampoco'],
  de: ['aufgehort', 'aufhoren', 'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'nichts'],
};
/** Number words 0–20 (a variant that changes a number changes the claim). */
export const NUMBER_WORDS: Readonly<Record<QuoteLang, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  fr: ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf', 'dreizehn', 'vierzehn', 'funfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'],
};

// — The main happening: where and when it took place —

/** Only the lead (title and first sentences) says where and when the main happening took place. */
export const LEAD_SENTENCES = 4;
/** A place or date this many words or fewer from a happening word is tied to it (more: only when the word opens the sentence). */
export const HAPPENING_WINDOW = 5;
/** … strongly (may stand in a dispute) when this close. */
export const HAPPENING_ADJACENT = 2;
/** A happening word among the first this many words of a sentence is its subject: the sentence is about the happening. */
export const SUBJECT_WORDS = 3;
/** A happening dated more than this many days before publication is another one. */
export const HAPPENING_MAX_AGE_DAYS = 7;

/** Words naming a happening other than a meeting (nouns and verbs; meeting words come from ANCHORS and MEETING_VERBS). */
export const HAPPENING_WORDS: readonly string[] = [
  'wildfire', 'broke out', 'walked off', 'stopped work', 'went on strike',
  'attack', 'attacks', 'attacked', 'bombing', 'explosion', 'blast', 'fire', 'blaze', 'earthquake', 'quake', 'flood', 'floods', 'crash', 'collision', 'vote', 'voted', 'election', 'referendum', 'strike', 'protest', 'rally', 'match', 'ceremony', 'conference', 'took place', 'was held', 'were held',
  'crue', 'crues', 'cesse le travail', 's\'est declare',
  'attaque', 'attentat', 'explosion', 'incendie', 'seisme', 'tremblement de terre', 'inondation*', 'accident', 'collision', 'scrutin', 'election', 'referendum', 'greve', 'manifestation', 'match', 'ceremonie', 'conference', 'a eu lieu', 'ont eu lieu', 's\'est tenu*', 's\'est deroule*',
  'declarado', 'se declaro', 'riada',
  'ataque', 'atentado', 'explosion', 'incendio', 'fuego', 'terremoto', 'sismo', 'inundacion*', 'accidente', 'choque', 'votacion', 'eleccion*', 'referendum', 'huelga', 'protesta', 'manifestacion', 'ceremonia', 'conferencia', 'tuvo lugar', 'se celebro', 'celebrada', 'celebrado',
  'waldbrand', 'ausgebrochen', 'sturzflut', 'flutwelle',
  'angriff', 'anschlag', 'explosion', 'brand', 'feuer', 'erdbeben', 'hochwasser', 'uberschwemmung*', 'unfall', 'zusammenstoss', 'abstimmung', 'wahl', 'referendum', 'streik', 'protest', 'kundgebung', 'zeremonie', 'konferenz', 'fand statt', 'fanden statt',
];

/** Prepositions that place a happening ("in Geneva", "à Genève", "en Ginebra", "in Genf", "im Tessin"), per language. */
export const LOCATIVES: Readonly<Record<string, readonly string[]>> = {
  en: ['in', 'at'], fr: ['a', 'au', 'en'], es: ['en'], de: ['in', 'im'],
};

/** Articles allowed between a locative and its place ("in the Brenntal valley", "en la sierra de Calvera"). */
export const PLACE_ARTICLES: readonly string[] = ['the', 'le', 'la', 'les', "l'", 'el', 'los', 'las', 'der', 'dem', 'den'];
/** Nouns naming a kind of place before "of"/"de" + its name ("at the port of Salinas del Mar", "en el puerto de …", "im Hafen von …"). */
export const PLACE_NOUNS: readonly string[] = [
  'port', 'city', 'town', 'village', 'valley', 'region', 'province', 'capital', 'harbour', 'harbor',
  'ville', 'vallee', 'commune', 'capitale',
  'puerto', 'ciudad', 'pueblo', 'localidad', 'valle', 'region', 'provincia', 'municipio',
  'hafen', 'stadt', 'dorf', 'tal', 'provinz', 'hauptstadt', 'gemeinde',
];
/** "of" between a place noun and the name. */
export const PLACE_OF: readonly string[] = ['of', 'de', 'du', 'des', "d'", 'del', 'von'];
