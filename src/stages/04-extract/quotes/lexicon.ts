// Word lists for quote attribution, en/fr/es/de. Lower-case; multi-word cues are matched as written
// (single spaces). Each list is used by a named rule in rules.ts.

/** Speech verbs that attribute a quote (past and present forms; the auxiliary for fr/es perfects is in CUE_AUXILIARIES). */
export const SPEECH_VERBS: readonly string[] = [
  // en
  'said', 'says', 'told', 'tells', 'added', 'adds', 'insisted', 'insists', 'stressed', 'stresses', 'noted',
  'warned', 'warns', 'explained', 'explains', 'declared', 'declares', 'stated', 'announced', 'announces',
  'argued', 'argues', 'claimed', 'asserted', 'asserts', 'assured', 'remarked', 'replied', 'responded',
  'wrote', 'writes', 'tweeted', 'acknowledged', 'admitted', 'confirmed', 'denied', 'emphasized', 'emphasised',
  'pointed out', 'continued', 'recalled', 'summarized', 'summarised', 'urged', 'suggested', 'observed', 'reported',
  'estimated', 'maintained', 'promised', 'predicted', 'concluded', 'conceded', 'complained', 'countered', 'lamented',
  'asked', 'added that', 'told reporters', 'told journalists', 'said in a statement',
  // fr (participles after "a"/"ont", and present tense)
  'déclaré', 'dit', 'ajouté', 'affirmé', 'assuré', 'souligné', 'expliqué', 'indiqué', 'estimé', 'insisté', 'averti',
  'précisé', 'rappelé', 'annoncé', 'martelé', 'prévenu', 'reconnu', 'confié', 'lancé', 'répondu', 'jugé', 'résumé',
  'déclare', 'ajoute', 'affirme', 'assure', 'souligne', 'explique', 'indique', 'estime', 'insiste', 'avertit', 'précise',
  'rappelle', 'annonce', 'martèle', 'reconnaît', 'répond', 'résume', 'dit-il', 'dit-elle', 'écrit', 'écrivent', 'proclamé', 'témoigné', 'témoigne',
  // es
  'dijo', 'afirmó', 'aseguró', 'declaró', 'añadió', 'agregó', 'explicó', 'señaló', 'indicó', 'advirtió', 'subrayó',
  'insistió', 'sostuvo', 'manifestó', 'destacó', 'apuntó', 'recordó', 'reconoció', 'respondió', 'anunció', 'afirma',
  'escribió', 'escribe', 'proclamó', 'resumió', 'defendió', 'asegura', 'dice', 'declara', 'añade', 'explica', 'señala', 'advierte', 'subraya', 'dicho', 'afirmado', 'asegurado',
  'declarado', 'añadido', 'explicado', 'señalado', 'advertido', 'subrayado',
  // de
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'warnte', 'warnt', 'meinte', 'meint', 'versicherte',
  'versichert', 'fügte hinzu', 'ergänzte', 'ergänzt', 'bekräftigte', 'unterstrich', 'kündigte an', 'räumte ein',
  'teilte mit', 'sagte er', 'sagte sie', 'schrieb', 'schreibt', 'verkündete', 'bestätigte', 'kritisierte', 'forderte',
];

/**
 * Reporting verbs of beliefs and claims (PolNeAR annotates them as attributions: "Republicans say they
 * will…", "Trump has suggested Clinton is…", "saying the president…"), English present, past and -ing forms.
 */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'saying', 'adding', 'noting', 'telling', 'arguing', 'claiming', 'warning', 'insisting', 'suggesting', 'stressing',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'argue', 'claim', 'claims', 'warn', 'insist',
  'acknowledge', 'acknowledges', 'deny', 'denies', 'denied', 'suggests', 'contend', 'contends', 'contended',
  'show', 'shows', 'showed', 'showing', 'found', 'indicate', 'indicates', 'indicated', 'vowed', 'pledged', 'charged',
  'wrote in', 'said in interviews', 'told reporters', 'mentioned', 'boasted', 'boasts',
];

/** Reporting cues after which the clause may start without "that" ("said he would…", "say they will…"). */
export const ZERO_THAT_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'added', 'insisted', 'warned', 'argued', 'claimed', 'noted', 'stressed', 'saying', 'adding',
  'noting', 'arguing', 'claiming', 'insisting', 'warning', 'suggesting', 'believe', 'believes', 'believed', 'think', 'thinks',
  'thought', 'argue', 'claim', 'claims', 'insist', 'suggested', 'suggests', 'contend', 'contends', 'contended', 'show',
  'shows', 'showed', 'showing', 'found', 'indicated', 'indicates', 'acknowledged', 'admitted', 'vowed', 'charged',
];

/** Auxiliaries before a participle cue: "a déclaré", "ont affirmé", "ha dicho", "hat gesagt" (German participles listed too). */
export const CUE_AUXILIARIES: readonly string[] = ['a', 'ont', 'avait', 'ha', 'han', 'había', 'hat', 'haben', 'has', 'have', 'had'];

/** German participles after hat/haben ("hat gesagt"), kept apart so they only count after an auxiliary. */
export const GERMAN_PARTICIPLES: readonly string[] = ['gesagt', 'erklärt', 'betont', 'gewarnt', 'versichert', 'bekräftigt'];

/** "according to X": the preposition group before the source. */
export const ACCORDING_TO: readonly string[] = ['according to', 'selon', "d'après", 'd’après', 'según', 'laut', 'so', 'de acuerdo con'];

/** Complementisers that open reported (indirect) speech after a cue. */
export const COMPLEMENTISERS: readonly string[] = ['that', 'que', 'qu’', "qu'", 'dass', 'daß'];

/** Personal pronouns that can be the subject of a speech verb; resolved to the nearest preceding person. */
export const PRONOUNS: readonly string[] = ['he', 'she', 'il', 'elle', 'él', 'ella', 'er', 'sie'];

/** Determiners and possessives that may open a role phrase ("the spokeswoman", "la ministre", "der Sprecher"). */
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'son', 'sa', 'el', 'los', 'las',
  'su', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'sein', 'seine', 'ihr', 'ihre',
];

/** Lower-case words allowed inside a name ("Ursula von der Leyen", "Luis de Guindos"). */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'der', 'de', 'del', 'della', 'di', 'da', 'du', 'bin', 'al', 'le', 'la', 'y'];

/** Role nouns that stand for a person ("the spokeswoman said"). */
export const PERSON_ROLES: readonly string[] = [
  'spokeswoman', 'spokesman', 'spokesperson', 'minister', 'secretary', 'president', 'chancellor', 'diplomat', 'official',
  'ambassador', 'envoy', 'leader', 'chief', 'head', 'director', 'governor', 'mayor', 'senator', 'premier', 'prime minister',
  'deputy', 'undersecretary', 'negotiator', 'commissioner', 'general', 'commander', 'chairman', 'chairwoman', 'ceo',
  'coach', 'manager', 'judge', 'prosecutor', 'economist', 'analyst', 'expert', 'lawmaker', 'congressman', 'congresswoman',
  'porte-parole', 'ministre', 'secrétaire', 'président', 'présidente', 'chancelier', 'diplomate', 'ambassadeur', 'maire',
  'dirigeant', 'directeur', 'directrice', 'entraîneur', 'juge', 'portavoz', 'ministro', 'ministra', 'secretario', 'secretaria',
  'presidente', 'presidenta', 'canciller', 'diplomático', 'embajador', 'alcalde', 'director', 'directora', 'entrenador', 'juez',
  'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'diplomat',
  'botschafter', 'bürgermeister', 'bürgermeisterin', 'direktor', 'direktorin', 'trainer', 'richter', 'richterin', 'chef', 'chefin',
];

/**
 * Plural nouns for a group of people that speaks ("critics said", "according to officials", "les
 * manifestants ont déclaré"): the head of a speaker phrase, kept as written when no person is named.
 */
export const GROUP_SPEAKERS: readonly string[] = [
  'officials', 'critics', 'aides', 'analysts', 'experts', 'lawmakers', 'legislators', 'senators', 'democrats', 'republicans',
  'residents', 'protesters', 'protestors', 'opponents', 'supporters', 'activists', 'investigators', 'prosecutors', 'authorities',
  'diplomats', 'witnesses', 'economists', 'scientists', 'researchers', 'organizers', 'organisers', 'advocates', 'observers',
  'responsables', 'critiques', 'analystes', 'manifestants', 'habitants', 'opposants', 'partisans', 'enquêteurs', 'autorités',
  'diplomates', 'témoins', 'élus', 'funcionarios', 'críticos', 'expertos', 'analistas', 'manifestantes', 'vecinos', 'opositores',
  'autoridades', 'diplomáticos', 'testigos', 'kritiker', 'experten', 'analysten', 'demonstranten', 'anwohner', 'gegner',
  'behörden', 'ermittler', 'diplomaten', 'zeugen',
];

/** Role nouns that stand for an organisation or a document ("the ministry said", "the statement said"). */
export const ORG_ROLES: readonly string[] = [
  'ministry', 'government', 'statement', 'office', 'department', 'agency', 'company', 'alliance', 'kremlin', 'white house',
  'embassy', 'committee', 'council', 'commission', 'court', 'police', 'army', 'military', 'union', 'club', 'bank', 'group',
  'ministère', 'gouvernement', 'communiqué', 'entreprise', 'ministerio', 'gobierno', 'comunicado', 'empresa',
  'ministerium', 'regierung', 'mitteilung', 'erklärung', 'unternehmen', 'behörde',
];

/** Title words that precede a name and are not part of it ("US Secretary of State Antony Blinken"). */
export const TITLE_WORDS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'president', 'secretary', 'minister', 'state', 'foreign', 'defense', 'defence',
  'deputy', 'vice', 'prime', 'chancellor', 'spokeswoman', 'spokesman', 'general', 'senator', 'governor', 'mayor', 'ambassador',
  'undersecretary', 'assistant', 'chief', 'head', 'director', 'ceo', 'chairman', 'commissioner', 'us', 'u.s.', 'uk', 'eu',
  'affairs', 'interior', 'finance', 'economy', 'health', 'justice', 'm.', 'mme', 'sr.', 'sra.', 'herr', 'frau', 'don', 'doña',
  'representative', 'rep', 'rep.', 'sen', 'sen.', 'gov', 'gov.', 'congressman', 'congresswoman', 'speaker', 'leader', 'attorney',
];

/** Capitalised words that never belong to a person's name (org/place heads, months, days, sentence openers). */
export const NON_PERSON_WORDS: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'if', 'after', 'before', 'while', 'this', 'that', 'these', 'those',
  'according', 'although', 'however', 'meanwhile', 'also', 'it', 'we', 'they', 'our', 'their', 'his', 'her', 'there', 'when',
  'ministry', 'affairs', 'organization', 'organisation', 'union', 'council', 'house', 'department', 'party', 'republic',
  'states', 'kingdom', 'nations', 'war', 'treaty', 'forces', 'alliance', 'pact', 'office', 'agency', 'news', 'times', 'post',
  'court', 'bank', 'university', 'hotel', 'europe', 'asia', 'africa', 'america', 'sea', 'lake', 'river', 'street', 'city',
  'committee', 'commission', 'government', 'army', 'navy', 'police', 'press', 'group', 'company', 'inc', 'ltd', 'club',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'eastern', 'western', 'northern',
  'southern', 'north', 'south', 'east', 'west', 'cold', 'white', 'security', 'defense', 'defence', 'foreign', 'state',
  'photo', 'video', 'le', 'la', 'les', 'el', 'los', 'las', 'der', 'die', 'das', 'un', 'une', 'ein', 'eine', 'selon', 'según',
  'laut', 'pour', 'para', 'für', 'mais', 'pero', 'aber', 'ministère', 'ministerio', 'ministerium', 'gobierno', 'regierung',
];

/** Prepositions: a name right after one is an object, not a subject ("in his interview with Fox News"). */
export const PREPOSITION_WORDS: readonly string[] = [
  'with', 'in', 'of', 'to', 'for', 'from', 'by', 'at', 'on', 'about', 'against', 'after', 'before', 'toward', 'towards', 'than',
  'avec', 'de', 'du', 'des', 'à', 'au', 'aux', 'pour', 'par', 'contre', 'chez', 'sur', 'con', 'del', 'a', 'al', 'por', 'para',
  'contra', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'gegen', 'bei', 'beim', 'über', 'an', 'am',
];
