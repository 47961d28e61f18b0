// Word lists for entity extraction (en/fr/es/de). Compared folded (lowercase, accents stripped)
// unless said otherwise. The country gazetteer is built from i18n-iso-countries and world-countries
// in gazetteer.ts; what is here is ours.

const words = (s: string): readonly string[] => s.trim().split(/\s+/u);

/**
 * Capitalised words that never are, nor join, a name, per article language: function words that
 * start sentences, numbers, relative days. Compared folded. ("War" is a German verb but an English noun.)
 */
export const NOT_NAME_WORDS_BY_LANGUAGE: Readonly<Record<'en' | 'fr' | 'es' | 'de', ReadonlySet<string>>> = {
  en: new Set(words(`
    a an the and or but if then so as at by for from in into of on to with about after before over under between during since
    until while this that these those there here it its is are was were be has have had do does did will would can could may must
    not no also only just very more most much many some any all each other such who which what when where why how he she they them
    their his her him we us our you your i me my one two three four five six seven eight nine ten first last next new still even yet
    both neither nor either according meanwhile however although though because instead despite unlike like per via among around
    yesterday today tomorrow tonight photo photos video image read share up down some about nearly almost
    plus fellow`)),
  fr: new Set(words(`
    le la les un une des du de d l au aux et ou mais donc car ni que qui dont en dans par pour sur sous avec sans entre vers chez ce
    cet cette ces son sa ses leur leurs notre nos il elle ils elles on nous vous je tu ne pas plus selon lors apres avant depuis
    pendant aussi alors ainsi environ quelque deux trois cinq onze personne hier aujourd demain photo lire partager plusieurs`)),
  es: new Set(words(`
    el la los las un una unos unas y o pero que quien con sin sobre hacia desde hasta segun su sus se lo le me mi este esta estos
    estas ese esa es son fue como mas muy tambien ya no ni otro otra todo todos tras cuando donde porque nadie ayer hoy manana cinco
    a en de del al por para foto compartir leer`)),
  de: new Set(words(`
    der die das den dem des ein eine einer eines einem einen und oder aber doch sondern dass wenn als wie zu zum zur von vom mit
    ohne fur auf aus bei nach seit bis uber unter vor durch gegen um an am im ins ist sind war sein hat wird er sie es wir ihr ich
    sich seine ihre dieser diese dieses man auch noch schon nur kein keine mehr rund mindestens erstmals heute gestern morgen so wo
    wer dort innerhalb besonders betroffen foto teilen lesen millionen milliarden million milliarde hundert hunderte tausend
    tausende dutzend dutzende`)),
};

/**
 * Capitalised words that are never names in any language: weekdays, months, and the conjunctions
 * machine translation leaves capitalised, which must never join two names ("Joe Biden Y Vladimir Putin").
 */
export const NOT_NAME_WORDS_ANY: ReadonlySet<string> = new Set(words(`
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
  lunes martes miercoles jueves viernes sabado domingo montag dienstag mittwoch donnerstag freitag samstag sonntag
  january february march april june july august september october november december janvier fevrier mars avril mai juin
  juillet aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre octubre
  noviembre diciembre januar februar marz juni juli oktober dezember
  e u et und y
`));

/** Adjectives of nationality and region the country gazetteer does not hold: not entities ("Soviet", "Western"). */
export const EXTRA_DEMONYMS: readonly string[] = words(`
  soviet european western westerners eastern northern southern african asian arab latin baltic crimean transatlantic
  sovietique europeen europeenne occidental occidentaux sovietico europeo europea occidentales sowjetisch europaisch westlich
`);

/**
 * Party adjectives and a member's noun, singular (en/fr/es/de): like demonyms, never a person nor a name of
 * their own ("the Velmont Republican said"); a party's name ends in its own word ("Democratic Party"). The
 * plurals ("Senate Democrats") stay: they name a group that speaks.
 */
export const PARTY_WORDS: readonly string[] = words(`
  republican democrat democratic conservative liberal socialist
  republicain democrate socialiste republicano democrata
  republikaner demokrat sozialdemokrat
`);

/** Place abbreviations that end in a full stop inside a name ("St. Louis", "Mt. Hood", "Ft. Worth"): the stop neither ends the sentence nor the name. */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(words('st ste mt ft pt'));

/** Prepositions between a role and a name that make the name the employer, not the holder ("a spokesperson for Velmar Freight", "porte-parole chez Lumora"). */
export const EMPLOYER_PREPOSITIONS: ReadonlySet<string> = new Set(words('for at with pour chez aupres para con bei fur'));

/** Lowercase words allowed inside a name between two capitalised words ("Bank of Alvaria", "Salinas del Mar"). Never "and", "y", "et", "und". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(words('of de del du des von van da di dos'));

/** Name particles of Romance place and family names, allowed after a single word ("Salinas del Mar", "Villanueva del Monte"). */
export const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(words('de del du des da di dos'));

/** Courtesy titles: dropped, they say "person" ("Ms Marsh", "Mme", "Sr.", "Herr"). */
export const HONORIFICS: ReadonlySet<string> = new Set(words('mr mrs ms miss dr prof sir madam m mme mlle sr sra srta don dona herr frau'));

/**
 * Role and title phrases (folded, space-separated), longest first when matched. A name written
 * after one is a person; the phrase goes to the entity's roles.
 */
export const ROLE_PHRASES: readonly string[] = words(`
  foreign_minister interior_minister defence_minister defense_minister finance_minister prime_minister deputy_prime_minister
  minister undersecretary under-secretary secretary_of_state assistant_secretary_of_state undersecretary_of_state under_secretary_of_state deputy_secretary_of_state
  secretary_general secretary president vice_president chief_justice justice judge governor mayor premier chancellor
  spokeswoman spokesman spokesperson chairman chairwoman chief_executive ceo director head coach manager mediator envoy
  counterpart leader union_leader presidents ministers foreign_ministers minister_of_foreign_affairs homologue homologo dirigeant lider
  ambassador commander senator lieutenant king queen prince pope
  ministre ministre_des_affaires_etrangeres ministre_de_l_interieur premier_ministre president_de_la_cour presidente juge
  gouverneure gouverneur maire porte-parole directeur directrice entraineur mediateur ambassadeur
  ministro ministra ministro_de_exteriores ministros_de_exteriores ministro_de_asuntos_exteriores ministra_del_interior ministro_del_interior
  ministre_de_interieur ministres_des_affaires_etrangeres canciller presidente_del_tribunal primer_ministro
  gobernadora gobernador alcalde alcaldesa portavoz directora entrenador mediador embajador jueza juez secretario_general
  aussenminister aussenministerin innenminister innenministerin ministerprasident ministerprasidentin bundeskanzler
  kanzler kanzlerin burgermeister burgermeisterin sprecher sprecherin trainer sportdirektor richter richterin
  gerichtsprasident notenbankchefin notenbankchef vermittler
`).map((p) => p.replace(/_/gu, ' '));

/** Capitalised words found inside role phrases ("ministre des Affaires étrangères"): alone, they are not names. */
export const ROLE_INNER_WORDS: ReadonlySet<string> = new Set(words('affaires etrangeres exteriores exterieur interior interieur state estado'));

/**
 * German descriptive nouns written before a name ("Kleinstadt Weidenau", "Elektronikhersteller
 * Lumora", "Modellnummer LM-HC20"): dropped from the name; the suffix says the type when there is one.
 */
export const DESCRIPTOR_SUFFIXES_DE: readonly (readonly [string, 'place' | 'organization' | 'other'])[] = [
  ['stadt', 'place'], ['gemeinde', 'place'], ['dorf', 'place'], ['ort', 'place'], ['hersteller', 'organization'],
  ['konzern', 'organization'], ['firma', 'organization'], ['unternehmen', 'organization'], ['klub', 'organization'],
  ['verein', 'organization'], ['typ', 'other'], ['modell', 'other'], ['nummer', 'other'],
];

/** German compound titles end in these (folded): "Innenministerin", "Gerichtspräsident", "UN-Vermittler". */
export const ROLE_SUFFIXES_DE: readonly string[] = words(`
  minister ministerin prasident prasidentin chef chefin meister meisterin direktor direktorin richter richterin vermittler
  vermittlerin sprecher sprecherin trainer trainerin kanzler kanzlerin
`);

/** Head words of roles, for resolving "the Russian minister" to the person the article named with that role. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(words(`
  minister secretary president governor mayor premier chancellor spokeswoman spokesman coach judge mediator envoy
  ministre gouverneure gouverneur maire ministro ministra canciller gobernadora gobernador alcalde
`));

/** Words that make a capitalised sequence an organization wherever they stand in it (folded). */
export const ORG_WORDS: ReadonlySet<string> = new Set(words(`
  ministry agency bank court party union alliance commission council assembly authority association company corporation
  group organization organisation institute university parliament government police army navy committee federation league
  electronics inc ltd plc gmbh ag sa club fc cd
  ministere agence banque cour parti syndicat conseil assemblee autorite societe gouvernement universite
  ministerio agencia banco tribunal partido sindicato consejo asamblea autoridad sociedad gobierno universidad alianza
  ministerium agentur gericht partei gewerkschaft rat versammlung behorde gesellschaft regierung bundesbank notenbank
  zentralbank verband kommission allianz
`));

/** German compound organizations end in these (folded): "Verfassungsgericht", "Einheitspartei", "Hafenbehörde". */
export const ORG_SUFFIXES_DE: readonly string[] = words('gericht partei ministerium gewerkschaft behorde bank verband kommission allianz agentur');

/**
 * German country names end in these (Bulgarien, Dravonien, Finnland, Tesland; genitive with -s):
 * a lone German word ending so is a place, unless it is one of the common nouns listed after.
 */
export const GERMAN_COUNTRY_SUFFIXES: readonly string[] = words('ien iens land lands');
export const GERMAN_COUNTRY_SUFFIX_EXCEPTIONS: ReadonlySet<string> = new Set(words(`
  ferien medien linien studien familien kriterien materialien serien prinzipien aktien arien archive bestien
  land lands ausland auslands inland inlands nachbarland nachbarlands heimatland bundesland bundeslands festland umland
  hinterland ackerland weideland gelande mutterland vaterland
`));

/**
 * Generic words of organization and place names across languages, compared as one word so
 * "Bank of Alvaria" = "Banco de Alvaria" and "Palais Lindenhof" = "Palacio Lindenhof" (word order is
 * then ignored: such keys are sorted).
 */
export const GENERIC_NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ...words('bank banque banco').map((w) => [w, 'bank'] as const),
  ...words('palace palais palacio palast palazzo').map((w) => [w, 'palace'] as const),
  ...words('court cour tribunal gericht').map((w) => [w, 'court'] as const),
  ...words('assembly assemblee asamblea versammlung').map((w) => [w, 'assembly'] as const),
  ...words('party parti partido partei').map((w) => [w, 'party'] as const),
  ...words('union syndicat sindicato gewerkschaft').map((w) => [w, 'union'] as const),
  ...words('alliance alianza allianz').map((w) => [w, 'alliance'] as const),
  ...words('commission comision kommission').map((w) => [w, 'commission'] as const),
  ...words('ministry ministere ministerio ministerium').map((w) => [w, 'ministry'] as const),
  ...words('university universite universidad universitat').map((w) => [w, 'university'] as const),
  ...words('national nationale nacional').map((w) => [w, 'national'] as const),
  ...words('constitutional constitutionnelle constitucional').map((w) => [w, 'constitutional'] as const),
  ...words('central centrale zentral').map((w) => [w, 'central'] as const),
]);

/**
 * German determiners: a lone word right after one is a common noun ("die Regierung", "der Hafen"),
 * unless the gazetteer knows it ("die Schweiz") or it is a compound organization ("die Bürgerallianz").
 */
export const GERMAN_NOUN_MARKERS: ReadonlySet<string> = new Set(words(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner seine seiner ihre ihrer
  diese dieser diesen unsere
`));

/** Legal-form words after a company name: "Chrysler LLC" = "Chrysler", "General Motors Corporation" = "General Motors". */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(words('inc corp corporation company co llc ltd plc group spa ag gmbh sa sas nv bv holdings'));

/** Words left out of an acronym's initials ("Organization for Security and Co-operation in Europe" → OSCE). */
export const ACRONYM_SKIPPED_WORDS: ReadonlySet<string> = new Set(words('of for and the in on de del des du la le et y und fur der die das von'));

/** German numerals: capitalised words right after one are counted nouns ("drei Stunden Gesprächen", "90 Liter Regen"), not names. */
export const GERMAN_NUMERALS: ReadonlySet<string> = new Set(words(`
  zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreissig vierzig funfzig hundert tausend mehrere einige
  viele wenige zahlreiche etliche paar
`));

/** Football and sports club prefixes: "FC Rheinfels" and "Rheinfels" name one club. */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(words('fc cd sc ac as sv cf ud rc vfb vfl tsv fsv'));

/** Prepositions (as written, lowercase) that make the capitalised word after them a place ("in Vienna", "à Vienne", "en Viena", "in Wien"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(words('in at near à en dans cerca desde nach im aus'));

/** Words that make a capitalised sequence a place (folded): "Sierra de Calvera", "Lake Geneva". */
export const PLACE_WORDS: ReadonlySet<string> = new Set(words(`
  sierra valley lake river mount mountains city province region island islands sea ocean bay gulf coast
  valle lago rio monte montagne lac fleuve ile mer golfe tal see fluss insel kuste
  palace palais palacio palast palazzo castle chateau castillo schloss square place plaza platz stadium stade estadio stadion
`));

/** Cities with their names in en/fr/es/de (the gazetteer's capitals are English only). First is canonical. */
export const CITY_EXONYMS: readonly (readonly string[])[] = [
  ['Vienna', 'Vienne', 'Viena', 'Wien'], ['Washington', 'Washington D.C.', 'Washington DC'], ['Geneva', 'Genève', 'Ginebra', 'Genf'], ['Brussels', 'Bruxelles', 'Bruselas', 'Brüssel'],
  ['Moscow', 'Moscou', 'Moscú', 'Moskau'], ['London', 'Londres'], ['Rome', 'Roma', 'Rom'], ['Kyiv', 'Kiev', 'Kiew', 'Kyïv'],
  ['Warsaw', 'Varsovie', 'Varsovia', 'Warschau'], ['Prague', 'Praga', 'Prag'], ['Lisbon', 'Lisbonne', 'Lisboa', 'Lissabon'],
  ['Munich', 'Múnich', 'München'], ['Cologne', 'Colonia', 'Köln'], ['Beijing', 'Pékin', 'Pekín', 'Peking'],
  ['Strasbourg', 'Estrasburgo', 'Straßburg'], ['The Hague', 'La Haye', 'La Haya', 'Den Haag'], ['New York', 'Nueva York'],
  ['Athens', 'Athènes', 'Atenas', 'Athen'], ['Copenhagen', 'Copenhague', 'Kopenhagen'], ['Bucharest', 'Bucarest', 'Bukarest'],
  ['Belgrade', 'Belgrado', 'Belgrad'], ['Venice', 'Venise', 'Venecia', 'Venedig'], ['Florence', 'Florencia', 'Florenz'],
  ['Milan', 'Milán', 'Mailand'], ['Naples', 'Nápoles', 'Neapel'], ['Seville', 'Séville', 'Sevilla'], ['Zurich', 'Zürich'],
];

/** Continents and world regions in en/fr/es/de. First is canonical. */
export const REGIONS: readonly (readonly string[])[] = [
  ['Europe', 'Europa'], ['Asia', 'Asie', 'Asien'], ['Africa', 'Afrique', 'África', 'Afrika'],
  ['North America', 'Amérique du Nord', 'América del Norte', 'Norteamérica', 'Nordamerika'],
  ['South America', 'Amérique du Sud', 'América del Sur', 'Sudamérica', 'Südamerika'], ['Latin America', 'Amérique latine', 'América Latina', 'Lateinamerika'],
  ['Middle East', 'Moyen-Orient', 'Oriente Medio', 'Oriente Próximo', 'Nahost', 'Naher Osten'], ['Eastern Europe', 'Europe de l’Est', 'Europa del Este', 'Osteuropa'],
  ['Oceania', 'Océanie', 'Ozeanien'], ['Antarctica', 'Antarctique', 'Antártida', 'Antarktis'], ['Balkans', 'Balkans', 'Balcanes', 'Balkan'],
  ['Baltic', 'Baltique', 'Báltico', 'Baltikum'], ['Atlantic', 'Atlantique', 'Atlántico', 'Atlantik'], ['Arctic', 'Arctique', 'Ártico', 'Arktis'], ['Pacific', 'Pacifique', 'Pacífico', 'Pazifik'], ['Mediterranean', 'Méditerranée', 'Mediterráneo', 'Mittelmeer'],
];

/**
 * International organizations: every form (acronyms in several languages, long forms) names one.
 * The first form is canonical. Long forms match with a capitalised first word, the rest in any case
 * ("Nations unies"). Acronyms match only as written.
 */
export const INTERNATIONAL_ORGS: readonly (readonly string[])[] = [
  ['NATO', 'OTAN', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Organisation du traité de l’Atlantique nord',
    'Organización del Tratado del Atlántico Norte', 'Nordatlantikpakt', 'Atlantic Alliance'],
  ['UN', 'ONU', 'UNO', 'United Nations', 'Nations unies', 'Naciones Unidas', 'Vereinte Nationen', 'Vereinten Nationen', 'Organisation des Nations unies', 'Organización de las Naciones Unidas'],
  ['EU', 'UE', 'European Union', 'Union européenne', 'Unión Europea', 'Europäische Union', 'Europäischen Union'],
  ['OSCE', 'OSZE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe',
    'Organisation pour la sécurité et la coopération en Europe', 'Organización para la Seguridad y la Cooperación en Europa',
    'Organisation für Sicherheit und Zusammenarbeit in Europa'],
  ['UN Security Council', 'Security Council', 'Conseil de sécurité', 'Consejo de Seguridad', 'Sicherheitsrat', 'UN-Sicherheitsrat'],
  ['European Commission', 'Commission européenne', 'Comisión Europea', 'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission'],
  ['European Parliament', 'Parlement européen', 'Parlamento Europeo', 'Europäisches Parlament', 'Europäischen Parlament'],
  ['European Central Bank', 'ECB', 'BCE', 'EZB', 'Banque centrale européenne', 'Banco Central Europeo', 'Europäische Zentralbank', 'Europäischen Zentralbank'],
  ['IMF', 'FMI', 'IWF', 'International Monetary Fund', 'Fonds monétaire international', 'Fondo Monetario Internacional', 'Internationaler Währungsfonds'],
  ['World Bank', 'Banque mondiale', 'Banco Mundial', 'Weltbank'],
  ['WHO', 'OMS', 'WHO', 'World Health Organization', 'Organisation mondiale de la santé', 'Organización Mundial de la Salud', 'Weltgesundheitsorganisation'],
  ['WTO', 'OMC', 'World Trade Organization', 'Organisation mondiale du commerce', 'Organización Mundial del Comercio', 'Welthandelsorganisation'],
  ['Red Cross', 'Croix-Rouge', 'Cruz Roja', 'Rotes Kreuz', 'Roten Kreuz', 'ICRC', 'CICR', 'IKRK'],
  ['Council of Europe', 'Conseil de l’Europe', 'Consejo de Europa', 'Europarat'],
  ['African Union', 'AU', 'UA', 'Union africaine', 'Unión Africana', 'Afrikanische Union'],
  ['G7'], ['G20'], ['OPEC', 'OPEP', 'Organization of the Petroleum Exporting Countries'],
  ['Kremlin', 'Kremlin', 'Kreml'], ['Pentagon', 'Pentágono'], ['White House', 'Maison Blanche', 'Casa Blanca', 'Weißes Haus', 'Weißen Haus'],
];
