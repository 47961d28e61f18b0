// Multilingual word lists and phrase alternations (EN, FR, ES, DE) used by the patterns in
// rules.ts and the predicates in cascade.ts. Data only: no patterns are compiled here.

// ——— Share bars ———————————————————————————————————————————————————————————————————————————

/** Words that make up a share bar: a line of only these (and SHARE_FILLER_WORDS) is a share prompt. */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'shares', 'tweet', 'email', 'e-mail', 'mail', 'print', 'facebook', 'twitter', 'x', 'whatsapp',
  'linkedin', 'pinterest', 'reddit', 'telegram', 'messenger', 'flipboard', 'bluesky', 'copy', 'sms',
  'partager', 'partagez', 'imprimer', 'envoyer', 'courriel', 'compartir', 'comparte', 'imprimir', 'enviar',
  'correo', 'teilen', 'drucken', 'kopieren', 'twittern', 'versenden',
]);
export const SHARE_FILLER_WORDS: ReadonlySet<string> = new Set([
  'this', 'the', 'on', 'via', 'by', 'to', 'with', 'article', 'story', 'page', 'post', 'link', 'url', 'and', 'or',
  'cet', 'cette', 'sur', 'par', 'le', 'la', 'lien', 'copier', 'et', 'ou', 'en', 'esta', 'este', 'noticia',
  'artículo', 'enlace', 'copiar', 'por', 'y', 'o', 'diesen', 'artikel', 'auf', 'per', 'beitrag', 'seite', 'und', 'oder',
]);

// ——— Related links ——————————————————————————————————————————————————————————————————————————

/** Markers that introduce related links (alone on a line: a header; followed by a separator: one link). */
export const RELATED_MARKERS =
  'read also|read more|also read|see also|related|related (?:articles?|stories|content|news|coverage|links?)|more on this(?: story| topic)?|' +
  'recommended(?: for you)?|you (?:may|might) also like|further reading|lire aussi|(?:à|a) lire aussi|(?:à )?lire également|voir aussi|(?:à|a) voir aussi|' +
  'sur le même sujet|articles? liés|lee también|lea también|leer también|leer más|lea más|ver también|(?:también )?(?:te|le) puede interesar|' +
  'puede interesarte|más información|noticias relacionadas|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|' +
  'das könnte sie auch interessieren|weitere artikel|zum thema|mehr dazu|recent (?:articles|posts|stories)|latest (?:articles|posts|stories)|' +
  'more (?:[\\p{L}&’\'-]{1,20} ){0,3}(?:stories|articles|news|headlines)|don[’\']t miss';
/** Lists of popular links: only followed by a colon and a headline ("Most read: …"); alone they are navigation. */
export const POPULAR_LIST_MARKERS = 'most (?:read|popular|viewed|shared)|trending(?: now)?|popular now|les plus (?:lus|partagés)|lo más (?:leído|visto)|meistgelesen|meistgeklickt';

// ——— Dates and names ——————————————————————————————————————————————————————————————————————

/** Weekday and month names (EN, FR, ES, DE, with common abbreviations): the anchors of a date line. */
export const DATE_NAME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'hours', 'hour', 'minutes', 'ago', 'heures', 'heure', 'hace', 'horas', 'minutos', 'stunden', 'minuten', 'today', 'yesterday', "aujourd'hui", 'hier', 'hoy', 'ayer', 'heute', 'gestern',
]);
/** Words that may accompany a date on a date-only line ("Published on …", "Mis à jour le …", "Stand: …"). */
export const DATE_FILLER_WORDS: ReadonlySet<string> = new Set([
  'published', 'updated', 'posted', 'modified', 'first', 'last', 'on', 'at', 'the', 'of', 'de', 'del', 'le', 'la', 'el', 'à', 'a', 'um', 'am',
  'den', 'der', 'uhr', 'h', 'publié', 'publiée', 'mis', 'jour', 'modifié', 'publicado', 'publicada', 'actualizado', 'actualizada',
  'veröffentlicht', 'aktualisiert', 'zuletzt', 'stand', 'et', 'y', 'und', 'and', 'il', 'vor', 'pm', 'am', 'a.m', 'p.m', 'gmt', 'utc',
  'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'et', 'pt', 'bst', 'mez', 'mesz', 'hora', 'las', 'min', 'read', 'lecture',
]);
/** Lower-case words allowed inside a name ("Name and Name", "de la", "von der"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'and', 'y', 'et', 'und', 'e', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'bin', 'al', 'el', 'dos',
]);
export const CREDIT_WORDS: ReadonlySet<string> = new Set(['by', 'in', 'at', 'from', 'with', 'and', 'additional', 'reporting', 'writing', 'editing', 'compiled', 'research', 'graphics']);/** Lower-case words allowed before "contributed to this report" besides names. */
export const CONTRIBUTOR_WORDS: ReadonlySet<string> = new Set([
  'and', 'in', 'at', 'from', 'of', 'the', 'also', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents',
  'staff', 'journalist', 'journalists', 'producer', 'producers', 'et', 'à', 'y', 'en', 'und', 'aus',
]);

// ——— Authors and organisations —————————————————————————————————————————————————————————————

/** Job titles of a newsroom, for author bios at the end ("Name is a senior writer at …"). */
export const NEWSROOM_ROLES =
  'editor|editors|writer|reporter|correspondent|columnist|journalist|contributor|producer|analyst|author|' +
  'rédacteur|rédactrice|journaliste|chroniqueur|chroniqueuse|correspondante?|éditorialiste|' +
  'periodista|redactora?|corresponsal|columnista|editora?|' +
  'redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|autor(?:in)?|kolumnist(?:in)?';
/** What an organisation says it is in a press release's "About …" paragraph. */
export const ORGANISATION_NOUNS =
  'provider|company|firm|leader|manufacturer|developer|maker|supplier|organi[sz]ation|group|network|agency|' +
  'fournisseur|entreprise|société|groupe|leader|fabricant|empresa|proveedor|compañía|fabricante|grupo|líder|' +
  'unternehmen|anbieter|hersteller|konzern|gruppe';
