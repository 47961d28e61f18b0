// Named constants and patterns for stage 2 (clean). index.ts runs a cascade: LINE_RULES in order
// (precise, pattern-based, first match wins), then the context rules at the bottom of this file
// (related lists, duplicates, pull quotes, bylines at the article's edges, a trailing link label).
// Every rule has a fixture in test/fixtures/clean/rules/<NAME>.json with lines it removes and real
// sentences that look similar and are kept. Every pattern is anchored (or bounded) and has no
// ambiguous nested quantifier; each line rule only runs on units up to its `maxChars`.
import type { RemovalReason } from '../../model/article.js';

/** "Not followed by a letter or digit": a word end that also works after accented letters. */
const END = '(?![\\p{L}\\p{N}])';
const whole = (body: string, flags = 'iu'): RegExp => new RegExp(`^(?:${body})[.:]?$`, flags);

// ——— Shapes ————————————————————————————————————————————————————————————————————————

/** A headline-like unit: short and not ending like a sentence. Sub-headings have this shape. */
export const HEADLINE_LIKE = { maxWords: 16, maxChars: 150 } as const;
/** Characters that end a sentence-like unit (after closing quotes/brackets are stripped). */
export const SENTENCE_END = /[.,;:…。．、]$/u;
/** Closing quotes and brackets stripped before looking at a unit's last character. */
export const CLOSING_MARKS = /[\s"'”’»)\]]{1,6}$/u;
/** Lines of a block are joined as hard-wrapped prose when every line but the last is this long. */
export const WRAPPED_PROSE = { minLineChars: 40 } as const;
/** Zero-width characters and soft hyphens dropped before anything else (the first form only detects). */
export const HAS_INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
export const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** Runs of whitespace inside a line (\s covers tabs, no-break and other Unicode spaces); the first form only detects. */
export const HAS_ODD_SPACE = /[^\S ]| \s/u;
export const INLINE_SPACE = /\s+/gu;
/** Quote marks: a paragraph without any cannot contain the quotation a pull quote repeats. */
export const HAS_QUOTE = /[“«„"]/u;
/** A word for comparing units (pull quotes): letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

// ——— Share prompts, cookie banners, ads, copyright ————————————————————————————————————————

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
export const SHARE_ONLY_LINE = { maxWords: 10, separators: /[\s|•·,/]+/u, count: /^\d{1,6}$/u } as const;
/** "Share this article …", "Partager sur …", "Compartir en …", "Artikel teilen" without a sentence. */
export const SHARE_PROMPT_PREFIX = new RegExp(
  `^(?:share (?:this|on|via|with)|partage[rz] (?:cet|cette|sur|par)|compart(?:ir|e) (?:en|esta|este|por)|teilen (?:sie|auf|per)|(?:diesen )?(?:artikel|beitrag) teilen)${END}[^.!?]{0,80}$`, 'iu');

/** A cookie-consent sentence: a site/"we" opener and the word cookie within the same sentence. */
export const COOKIE_BANNER_SENTENCE = new RegExp(
  '^(?:we use|we and our partners|this (?:web)?site uses|our (?:web)?site uses|by (?:using|continuing)|nous utilisons|' +
  'ce site(?: web| internet)? utilise|notre site utilise|en poursuivant|en continuant|utilizamos|usamos|este (?:sitio|portal|web)|' +
  'al (?:continuar|navegar)|wir (?:verwenden|nutzen|setzen)|diese (?:web)?(?:site|seite) (?:verwendet|nutzt)|durch die nutzung)' +
  `${END}[^.!?]{0,250}?cookie`, 'iu');
/** Consent buttons and links left as lines of their own. */
export const COOKIE_BUTTON_LABEL = whole(
  'accept(?: all)?(?: cookies)?|accept and close|reject all|(?:cookie|privacy) (?:settings|policy|preferences)|' +
  'manage (?:cookies|preferences|consent)|tout accepter|tout refuser|accepter(?: et fermer| les cookies)?|' +
  '(?:paramétrer|gérer) (?:les )?cookies|politique (?:de|relative aux) cookies|aceptar(?: todo| todas| cookies| y cerrar)?|' +
  'rechazar(?: todo| todas)?|configurar cookies|política de cookies|alle akzeptieren|alle ablehnen|akzeptieren|ablehnen|' +
  'cookie-einstellungen|cookie-richtlinie|datenschutzeinstellungen');

/** Advertising labels and "story continues below" markers. */
export const ADVERTISING_LABEL = whole(
  'advertisement|advertising|ad|ads|sponsored(?: content| post)?|paid (?:content|post|partnership)|publicité|pub|' +
  'contenu sponsorisé|publicidad|anuncio|contenido patrocinado|anzeige|werbung|gesponsert|' +
  '(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading (?:below|the main story)|' +
  'scroll to continue(?: with content)?|la suite (?:après|sous) (?:la |cette )?publicité|' +
  'el artículo continúa (?:debajo|después)(?: de la publicidad)?|weiterlesen nach der (?:anzeige|werbung)|' +
  '(?:skip|close) (?:ad|advert|advertisement)');
/**
 * A line that starts with a copyright sign or "Copyright ©/2026": short, or with a year or a rights
 * notice near its start (a long unit glued to a credit is text, not a copyright line).
 */
export const COPYRIGHT_LINE = { start: /^(?:©|ⓒ|Ⓒ|\(c\)\s|copyright\s?(?:©|ⓒ|\(c\)|\d{4}))/iu, shortChars: 100, yearNearStart: /^[^\n]{0,12}(?:19|20)\d{2}(?!\d)/u } as const;
/** "All rights reserved" in four languages, anywhere in a short unit. */
export const RIGHTS_RESERVED = /(?:all rights reserved|tous droits réservés|(?:todos los )?derechos reservados|alle rechte vorbehalten)/iu;
/** Reproduction notices ("This material may not be published, broadcast …", "Queda prohibida la reproducción"). */
export const REPRODUCTION_NOTICE = new RegExp(
  '^(?:(?:queda )?prohibida (?:su|la) reproducción|reproduction interdite|toute reproduction (?:est )?interdite|nachdruck (?:nur mit|verboten)|' +
  '(?:this material|no part of this|(?:any |la )?reproduction|jede verwertung)' +
  `${END}[^!?]{0,160}?(?:may not be|is (?:strictly )?(?:prohibited|forbidden)|without (?:the )?(?:prior )?(?:written )?permission|interdite|untersagt|verboten|nur mit))`, 'iu');
/** Punctuation-only lines: separators, stray slashes, "***". */
export const SEPARATOR_LINE = /^[\p{P}\p{S}][\p{P}\p{S} ]{0,39}$/u;

// ——— Disclaimers, comments, promos ———————————————————————————————————————————————————————

export const DISCLAIMER_PREFIX = /^(?:disclaimer|avertissement|aviso legal|descargo de responsabilidad|exención de responsabilidad|haftungsausschluss|rechtlicher hinweis)\s?:/iu;
export const OPINION_DISCLAIMER = new RegExp(
  '^(?:(?:the )?(?:views|opinions) expressed (?:in this|here|are|by)|les (?:opinions|propos) (?:exprimée?s|tenus)|' +
  'las opiniones (?:expresadas|vertidas)|(?:die )?(?:in diesem (?:artikel|beitrag) )?(?:geäußerten|vertretenen) (?:meinungen|ansichten))', 'iu');
export const AFFILIATE_DISCLOSURE = new RegExp(
  '^(?:[^.!?]{0,80}?(?:may|might|will|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of sales)|' +
  'this (?:article|post|page|story) (?:contains|includes|may contain) affiliate links|cet article contient des liens (?:affiliés|d[’\']affiliation)|' +
  'este artículo contiene enlaces de afiliados?|dieser (?:artikel|beitrag) enthält (?:affiliate-links|werbelinks))', 'iu');
/** Syndication/translation notices ("… is auto-generated from a syndicated feed", "machine translated"). */
export const SYNDICATION_NOTICE = new RegExp(
  '^\\(?(?:only the headline|except for the headline|this (?:story|article|content|report) (?:has not been edited|(?:was|is|has been) ' +
  '(?:auto(?:matically)?-?generated|(?:published|generated) from a syndicated feed|automatically translated|machine[- ]translated))|' +
  'cet article a été (?:traduit|généré) automatiquement|este artículo (?:fue|ha sido) (?:traducido|generado) automáticamente|' +
  'dieser (?:artikel|beitrag) wurde (?:automatisch|maschinell) (?:übersetzt|erstellt))', 'iu');
/** "Leave a comment", "Laisser un commentaire", "Deja un comentario", "Kommentar schreiben", counts. */
export const COMMENT_PROMPT = whole(
  '(?:leave|post|add|write) an? (?:comment|reply|replay|response)|add comment|post comment(?: \\(\\+\\))?|join the (?:conversation|discussion)|' +
  'be the first to comment|(?:show|view|see|load|read) (?:all )?(?:\\d{1,5} )?comments|(?:\\d{1,5} )?comments?|no comments(?: yet)?|' +
  '(?:laisser|laissez|ajouter|écrire|rédiger) un commentaire|réagir|réagissez|(?:\\d{1,5} )?commentaires?|voir les commentaires|' +
  '(?:deja|dejar|escribe|escribir|añadir) (?:un comentario|una respuesta|tu comentario)|(?:\\d{1,5} )?comentarios?|ver comentarios|' +
  'kommentar (?:schreiben|verfassen|hinzufügen|abgeben)|(?:\\d{1,5} )?kommentare?|jetzt kommentieren|kommentare anzeigen)(?: \\(\\d{1,5}\\))?(?:');
/** Comment-form and moderation notices. */
export const COMMENT_FORM_NOTICE = new RegExp(
  '^(?:(?:note: )?we (?:are )?(?:temporarily )?moderat(?:e|ing) (?:all )?comments|comments are (?:moderated|closed)|' +
  'your email address will not be published|you must be (?:logged in|registered) to (?:post|leave)|required fields are marked|' +
  'votre adresse (?:e-mail|email|de messagerie|courriel) ne sera pas publiée|vous devez être connecté pour|' +
  '(?:tu|su) dirección de correo(?: electrónico)? no será publicada|debes (?:iniciar sesión|estar registrado) para|' +
  'ihre e-mail-adresse wird nicht veröffentlicht|sie müssen angemeldet sein|erforderliche felder sind)', 'iu');
/** Newsletter/subscription/app/follow-us calls to action (PROMO_VOCABULARY must follow the opener). */
export const NEWSLETTER_PROMO_PREFIX = new RegExp(
  '^(?:sign up|subscribe|register|join (?:our|the)|get (?:our|the)|download (?:our|the)|follow us|like us|don[’\']t miss|never miss|' +
  'want (?:more|the latest)|support (?:our|independent)|receive (?:our|the)|abonnez-vous|inscrivez-vous|recevez|téléchargez|' +
  'suivez-nous|ne manquez|suscr[ií]b(?:ete|ase)|reg[ií]str(?:ate|ese)|rec[ií]b(?:e|a)|descarg(?:a|ue)|s[ií]guenos|no te pierdas|' +
  `abonnieren sie|jetzt abonnieren|melden sie sich|folgen sie uns|laden sie|verpassen sie|erhalten sie)${END}`, 'iu');
export const PROMO_VOCABULARY = /(?:newsletter|inbox|e-?mail|subscri|\bapps?\b|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|updates|alerts|notifications|bulletin|lettre d[’']information|abonn|boletín|correo|suscrip|notificaciones|\babo\b|push|benachrichtigung|podcast|journalism|journalisme|periodismo|journalismus)/iu;
/** A site describing itself: "<Site> is the place where you get news …" (also needs SITE_SELF_REFERENCE). */
export const SITE_SELF_DESCRIPTION = new RegExp(
  '^[^.!?]{1,60}? (?:is|are|est|es|ist) (?:the|your|a|an|le|la|l[’\']|votre|un|une|el|tu|su|una|die|der|das|ihre?|eine?) ?' +
  '(?:(?:best|leading|number one|#1|first|premier|première|meilleur|mejor|primer|führende|beste) )?' +
  `(?:place|site|website|source|destination|portal|platform|home|go-to|one-stop|endroit|plateforme|sitio|lugar|plataforma|ort|seite|plattform|quelle|anlaufstelle)${END}`, 'iu');
export const SITE_SELF_REFERENCE = {
  news: /(?:news|nouvelles|infos|actualités?|noticias|actualidad|nachrichten)/iu,
  audience: /(?:\byou\b|\bwe\b|\bour\b|\bvous\b|\bnous\b|\bnotre\b|usted|nosotros|nuestr|\bsie\b|\bwir\b|unser)/iu,
} as const;

// ——— Related links and teasers ————————————————————————————————————————————————————————————

const RELATED_MARKERS =
  'read also|read more|also read|see also|related|related (?:articles?|stories|content|news|coverage|links?)|more on this(?: story| topic)?|' +
  'recommended(?: for you)?|you (?:may|might) also like|further reading|lire aussi|(?:à|a) lire aussi|(?:à )?lire également|voir aussi|(?:à|a) voir aussi|' +
  'sur le même sujet|articles? liés|lee también|lea también|leer también|leer más|lea más|ver también|(?:también )?(?:te|le) puede interesar|' +
  'puede interesarte|más información|noticias relacionadas|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|' +
  'das könnte sie auch interessieren|weitere artikel|zum thema|mehr dazu';
/** A related-links header alone on its line; the headline-like lines after it are its list. */
export const RELATED_HEADER = new RegExp(`^(?:${RELATED_MARKERS})\\s?[:.»>|–—-]?$`, 'iu');
/** A related headline introduced by its marker: "READ ALSO: …", "Lire aussi » …", "Mehr zum Thema: …". */
export const RELATED_MARKER = new RegExp(`^(?:${RELATED_MARKERS})(?:\\s?[:.»>|–—-]|\\s[»>|–—-])\\s?\\S`, 'iu');
/** Media teasers in capitals ("VIDEO. …", "PHOTOS. …", "EN DIRECT – …") or "Watch: …". */
export const MEDIA_TEASER = new RegExp(
  '^(?:(?:VIDEOS?|VIDÉOS?|VÍDEOS?|PHOTOS?|FOTOS?|EN IMAGES|EN VIDÉO|EN VÍDEO|IN PICTURES|INFOGRAPHIC|INFOGRAPHIE|INFOGRAFÍA|' +
  'INFOGRAFIK|PODCAST|AUDIO|GALERÍA|GALERIE|BILDERSTRECKE|DIAPORAMA|LIVE|EN DIRECT|DIRECTO|EN VIVO|LIVETICKER)\\s?[.:|–—-]|' +
  '(?:Videos?|Vidéo|Vídeo|Photos|Fotos|Watch|Listen|Regardez|Écoutez|Mira|Escucha|Sehen Sie|Hören Sie)\\s?:)\\s?\\S', 'u');

// ——— Captions and credits ————————————————————————————————————————————————————————————————

/** Figure/gallery labels left as lines of their own. */
export const CAPTION_LABEL = whole(
  'images?|photos?|pictures?|videos?|caption|(?:image|photo|media) caption|enlarge(?: this)? image|(?:toggle|hide|show) caption|' +
  'view (?:gallery|slideshow)|click to enlarge|légende|agrandir(?: l[’\']image)?|voir le diaporama|pie de foto|ampliar(?: imagen)?|' +
  'ver galería|bildunterschrift|bild vergrößern|zur bildergalerie|getty images|istock(?:photo)?|shutterstock');
/** Gallery counters: "1 of 6", "3 / 12". */
export const GALLERY_COUNTER = /^\(?\d{1,3} ?(?:of|de|sur|von|\/) ?\d{1,3}\)?$/iu;
/** "FILE PHOTO: …", "Photo d'archive …", "Foto de archivo …", "Archivbild …". */
export const CAPTION_FILE_PHOTO = new RegExp(
  `^(?:file (?:photo|picture|image)|archive (?:photo|picture|image)|(?:photo|image) d[’']archive|(?:foto|imagen) de archivo|archivfoto|archivbild)${END}`, 'iu');
/** A photo credit closing a unit: "… Photo: Name / AGENCY", "Foto: dpa", "Crédit photo : …", "Bild: …". */
export const CAPTION_CREDIT = new RegExp(
  '(?:^|[.!?”"»)\\]] |\\s[|/–—-] )(?:Photos?|PHOTOS?|Photograph|Foto|FOTO|Fotos|Fotografía|Image|IMAGE|Imagen|Picture|Bild|BILD|Bildquelle|' +
  `Illustration|Crédit photo|Crédits? photos?|Credits?|CREDIT|Crédito|Video|Vídeo)(?: credit)? ?: ?\\S[^!?]{0,100}$`, 'u');
/** A parenthesised credit closing a unit: "(Photo by …/Getty Images)", "(Image: © …)". */
export const CAPTION_CREDIT_PARENS = new RegExp(
  `\\((?:Photos?|Foto|Fotos|Image|Imagen|Picture|Bild|Crédit|Credit|Crédito|Illustration|Archive|Archives|Archivo|File)${END}[^()]{0,100}\\)$`, 'u');
/** Agency photo credits: "REUTERS/Name", "AFP PHOTO", "AP Photo/Name", a closing "© AGENCY", "/ Getty Images". */
export const CAPTION_AGENCY_CREDIT = new RegExp(
  '(?:(?:^|\\s)(?:REUTERS|AFP|AP|EPA|EFE|DPA|dpa|ANSA|XINHUA|Xinhua|ANADOLU|SPUTNIK|TASS|UPI|IMAGO|imago|KEYSTONE|Keystone)' +
  '(?: Photo| PHOTO)? ?/ ?\\p{Lu}[^/]{0,60}$|(?:^|\\s)(?:AFP|AP|EPA|REUTERS|ANSA) PHOTO(?![\\p{L}])|\\s©\\s?[^©.!?]{1,60}$|' +
  '[\\s/](?:Getty Images|AFP via Getty Images|Shutterstock|iStock)$)', 'u');
/** An image description without a credit: "A satellite image shows …", "Une photo montre …", "Ein Luftbild zeigt …". */
export const IMAGE_DESCRIPTION = new RegExp(
  '^(?:(?:An?|This) (?:(?:satellite|aerial|file|handout|archive|undated|drone) )?(?:image|photo|photograph|picture|screenshot|still|view)s? (?:shows?|showing)|' +
  '(?:Une?|Cette) (?:image|photo|vue|capture d[’\']écran)(?: satellite| aérienne| d[’\']archive)? (?:montre|montrant)|' +
  '(?:Una?|Esta) (?:imagen|foto|fotografía|vista|captura)(?: satelital| de satélite| aérea| de archivo)? (?:muestra|mostrando)|' +
  `(?:Eine?|Dieses?) (?:Satellitenbild|Luftbild|Luftaufnahme|Foto|Bild|Archivbild|Aufnahme|Screenshot) zeigt)${END}`, 'u');

// ——— Dates, bylines, sources ————————————————————————————————————————————————————————————————

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
export const DATE_ONLY_LINE = {
  maxWords: 14,
  separators: /[\s|,·•–—]+/u,
  trim: /^[([]{1,3}|[)\],.:;]{1,3}$/gu,
  number: /^\d{1,4}(?:st|nd|rd|th|er|e|º|°|\.)?$/u,
  numericDate: /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{2}-\d{2}t[\d:.+z-]{2,20})$/u,
  time: /^\d{1,2}(?:[:h.]\d{2}(?::\d{2})?)?(?:am|pm|h)?$/u,
} as const;

/** Editors' initials closing a wire story: "ab/cd", "xyz-ab / cd / ef". */
export const EDITOR_INITIALS_EXCEPTIONS = /^(?:and\/or|he\/she|his\/her|him\/her|s\/he|w\/o|km\/h|et\/ou|y\/o|und\/oder)$/iu;
export const EDITOR_INITIALS = /^\(?[a-z]{1,6}(?:-[a-z]{1,6})? ?\/ ?[a-z]{1,6}(?:-[a-z]{1,6})?(?: ?\/ ?[a-z]{1,6}(?:-[a-z]{1,6})?){0,10}\)?$/u;
/** A desk credit in capitals: "INTERNATIONAL DESK", "REDACCIÓN", "FOREIGN STAFF". */
export const DESK_CREDIT = new RegExp(
  '^(?=[^\\p{Ll}]{3,60}$)[\\p{Lu} &.-]{0,40}(?:DESK|NEWSROOM|NEWS DESK|WRITING|EDITORIAL|STAFF|REDACCIÓN|REDACCION|RÉDACTION|REDACTION|' +
  `REDAKTION|AGENCIES|AGENCIAS|AGENCES|AGENTUREN|WIRES?|CORRESPONDENTS?|CORRESPONSALE?S?|CORRESPONDANTS?|KORRESPONDENTEN)${END}[\\p{Lu} &.-]{0,40}$`, 'u');
/** "By Name", "Par Name", "Por Name", "Von Name" (names checked word by word; edges of the article only). */
export const BYLINE_PREFIX = /^(?:By|BY|Par|PAR|Por|POR|Von|VON|Texto|Texte|Text)(?:(?::\s?|\s)\p{Lu}[^\d.!?;:()]{0,60})?$/u;
/** Lower-case words allowed inside a name ("Name and Name", "de la", "von der"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'and', 'y', 'et', 'und', 'e', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'bin', 'al', 'el', 'dos',
]);
/** "Name and Name, Associated Press", "Name, AP National Political Writer" (edges of the article only). */
export const AGENCY_BYLINE = new RegExp(
  '^\\p{Lu}[^,.!?;:\\d]{2,60}, (?:The )?(?:Associated Press|AP|Ap|Reuters|AFP|Bloomberg|CNN|BBC|EFE|dpa|Europa Press|Agence France-Presse)' +
  `${END}[^.!?,;:\\d]{0,40}$`, 'u');
/** "Reporting by …; Editing by …" wire credits (the rest must be names, places and credit words). */
export const REPORTING_CREDIT = /^\(?(?:[Aa]dditional [Rr]eporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch) [Bb]y \p{Lu}[^!?]{0,200}$/u;
export const CREDIT_WORDS: ReadonlySet<string> = new Set(['by', 'in', 'at', 'from', 'with', 'and', 'additional', 'reporting', 'writing', 'editing', 'compiled', 'research', 'graphics']);
export const CREDIT_SEPARATORS = /[\s,;()]+/u;
/** "*With information from AGENCY", "Con información de …", "Avec l'AFP", "Mit Material von dpa" (≤ 10 words). */
export const AGENCY_INFO_CREDIT = new RegExp(
  '^\\*?\\s?\\(?(?:with information (?:from|by)|with (?:afp|ap|reuters|efe|dpa|agencies)|con información (?:de|del)|con (?:afp|ap|reuters|efe|dpa|agencias)|' +
  'información de|avec (?:l[’\'])?(?:afp|ap|reuters|agences)|d[’\']après (?:l[’\'])?(?:afp|ap|reuters)|mit (?:material|informationen) von|' +
  `mit agenturmaterial|mit (?:afp|ap|reuters|dpa|agenturen))${END}[^.!?,;]{0,100}[.)]?$`, 'iu');
export const AGENCY_INFO_MAX_WORDS = 10;
/** "Source: …", "Fuente: …", "Quelle: …" as a line of its own. */
export const SOURCE_LINE = /^\(?(?:source|sources|fuente|fuentes|quelle|quellen)\s?:\s?[^!?]{1,100}$/iu;
/** "This article originally appeared in …", "Initialement publié …", "Publicado originalmente …". */
export const ORIGINALLY_PUBLISHED = new RegExp(
  '^\\(?(?:this (?:article|story|post|piece|report) (?:was )?(?:originally|first) (?:appeared|published|ran|posted)|' +
  'this (?:article|story) (?:is|was) republished from|(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)|' +
  'cet article a (?:(?:été|initialement|d[’\']abord) ){1,2}(?:publié|paru)|(?:article )?(?:initialement|originalement) publié|' +
  'este artículo (?:fue|se) publicó (?:originalmente|primero)|publicado originalmente|' +
  'dieser (?:artikel|beitrag) (?:ist|erschien) (?:zuerst|ursprünglich)|zuerst erschienen)', 'iu');
/** A news agency's name alone: "Reuters", "(AFP)", "AP/dpa". */
export const AGENCY_ONLY_LINE = new RegExp(
  '^[(\\[]?(?:Reuters|REUTERS|AFP|AP|EFE|dpa|DPA|EPA|ANSA|Europa Press|(?:The )?Associated Press|Agence France-Presse|Xinhua|Bloomberg|' +
  'Sputnik|TASS|Anadolu|Kyodo|Yonhap|PTI|IANS|AAP|UPI|Agencies|Agences|Agencias|Agenturen)(?: ?[/,] ?(?:Reuters|AFP|AP|EFE|dpa|DPA|EPA|ANSA))?[)\\]]?\\.?$', 'u');
/** A labelled URL alone: "from https://…", "via www.…", "Source: https://…" (bare URLs in lists stay). */
export const LABELLED_URL_LINE = /^(?:from|via|source|sources|fuente|quelle|lien|link)\s?:?\s(?:https?:\/\/|www\.)\S{1,300}$/iu;

// ——— Navigation —————————————————————————————————————————————————————————————————————————————

/** Leftover link labels: "source site", "Read the full article", "Lire la suite", "Weiterlesen". */
export const NAVIGATION_LINK_LABEL = new RegExp(
  '^(?:source (?:site|link|page)|source|original (?:article|story|source)|read (?:the )?(?:full|original|whole|complete) (?:article|story)(?: here)?|' +
  'read more here|continue reading|click here(?: to read more)?|go to (?:the )?(?:source|article|original)|view (?:the )?original(?: article)?|' +
  'article source|visit (?:the )?(?:source|website)|lien (?:source|vers l[’\']article)|site source|voir l[’\']article(?: original)?|lire la suite|' +
  'lire l[’\']article(?: original| complet)?|leer (?:la nota completa|el artículo completo)|ver (?:nota|artículo) (?:completa|completo|original)|' +
  'fuente original|sitio (?:fuente|original)|weiterlesen|zum (?:artikel|original(?:artikel)?)|originalartikel)\\s?(?:»|>|→|…|\\.\\.\\.)?$', 'iu');
/** Menu and page-furniture labels alone on their line. */
export const NAVIGATION_UI_LABEL = whole(
  'menu|main menu|search|close|skip to (?:main )?content|skip navigation|back to top|top|next|previous|prev|(?:next|previous) (?:article|story|post)|' +
  'more|load more|show more|see more|sign in|log in|login|log out|register|subscribe|subscriber services|newsletters?|my account|' +
  'toggle navigation|open menu|home|top stories|latest(?: news)?|breaking news|most read|most popular|most viewed|trending(?: now)?|' +
  'popular this week|editor[’\']s picks|print(?: article| this article| this page)?|accueil|rechercher|recherche|fermer|retour en haut|' +
  'haut de page|article (?:suivant|précédent)|suivant|précédent|se connecter|connexion|s[’\']abonner|mon compte|les plus lus|à la une|' +
  'dernières infos|buscar|búsqueda|cerrar|volver arriba|siguiente|anterior|iniciar sesión|suscribirse|mi cuenta|lo más leído|lo último|' +
  'portada|inicio|suche|schließen|nach oben|(?:nächster|vorheriger) artikel|weiter|zurück|anmelden|abmelden|mein konto|meistgelesen|startseite|ressorts');
/** Breadcrumbs: "Home > World > Europe", "Accueil / International". */
export const BREADCRUMB = /^(?:home|accueil|inicio|portada|startseite|news|actualités|noticias|nachrichten)\s?[>›»/|]\s?[^.!?]{1,150}$/iu;
/** Menus on one line: three or more short items separated by "|", "›", "»" or "•". */
export const SEPARATED_MENU = /^[^|›»•]{1,30}(?: [|›»•] [^|›»•]{1,30}){2,12}$/u;

// ——— The line cascade ——————————————————————————————————————————————————————————————————————

export type LineRule = {
  /** Name of the constant above that defines the rule (reported in Removal.rule). */
  readonly name: string;
  readonly reason: RemovalReason;
  /** Longest unit (characters) the rule is tried on: noise lines are short; long text is never tested. */
  readonly maxChars: number;
  /** Only at the article's edges: before its third sentence-like paragraph or after its last one. */
  readonly edgesOnly?: true;
  readonly test: (unit: string) => boolean;
};

/** A pattern rule; `needs` lists substrings one of which must occur before the pattern is tried (speed only). */
const byPattern = (name: string, reason: RemovalReason, maxChars: number, pattern: RegExp, needs?: readonly string[]): LineRule =>
  needs === undefined
    ? { name, reason, maxChars, test: (s) => pattern.test(s) }
    : { name, reason, maxChars, test: (s) => needs.some((n) => s.includes(n)) && pattern.test(s) };

/** Precise, pattern-based rules in the order they are tried (first match wins). */
export const LINE_RULES: readonly LineRule[] = [
  { name: 'SHARE_ONLY_LINE', reason: 'share-prompt', maxChars: 100, test: isShareOnlyLine },
  byPattern('SHARE_PROMPT_PREFIX', 'share-prompt', 120, SHARE_PROMPT_PREFIX),
  byPattern('COOKIE_BANNER_SENTENCE', 'cookie-banner', 600, COOKIE_BANNER_SENTENCE),
  byPattern('COOKIE_BUTTON_LABEL', 'cookie-banner', 50, COOKIE_BUTTON_LABEL),
  byPattern('ADVERTISING_LABEL', 'boilerplate', 70, ADVERTISING_LABEL),
  {
    name: 'COPYRIGHT_LINE', reason: 'boilerplate', maxChars: 300,
    test: (s) => COPYRIGHT_LINE.start.test(s) && (s.length <= COPYRIGHT_LINE.shortChars || COPYRIGHT_LINE.yearNearStart.test(s) || RIGHTS_RESERVED.test(s)),
  },
  byPattern('RIGHTS_RESERVED', 'boilerplate', 300, RIGHTS_RESERVED, ['eserv', 'éserv', 'echt', 'ESERV', 'ÉSERV', 'ECHT']),
  byPattern('REPRODUCTION_NOTICE', 'boilerplate', 400, REPRODUCTION_NOTICE),
  byPattern('SEPARATOR_LINE', 'boilerplate', 40, SEPARATOR_LINE),
  byPattern('DISCLAIMER_PREFIX', 'disclaimer', 1000, DISCLAIMER_PREFIX),
  byPattern('OPINION_DISCLAIMER', 'disclaimer', 400, OPINION_DISCLAIMER),
  byPattern('AFFILIATE_DISCLOSURE', 'disclaimer', 400, AFFILIATE_DISCLOSURE, ['ommission', 'ffili', 'filia', 'OMMISSION', 'FFILI', 'FILIA']),
  byPattern('SYNDICATION_NOTICE', 'disclaimer', 400, SYNDICATION_NOTICE),
  byPattern('COMMENT_PROMPT', 'comment-prompt', 60, COMMENT_PROMPT),
  byPattern('COMMENT_FORM_NOTICE', 'comment-prompt', 300, COMMENT_FORM_NOTICE),
  { name: 'NEWSLETTER_PROMO_PREFIX', reason: 'promo', maxChars: 250, test: isNewsletterPromo },
  {
    name: 'SITE_SELF_DESCRIPTION', reason: 'promo', maxChars: 400,
    test: (s) => SITE_SELF_DESCRIPTION.test(s) && SITE_SELF_REFERENCE.news.test(s) && SITE_SELF_REFERENCE.audience.test(s),
  },
  byPattern('RELATED_HEADER', 'related-link', 60, RELATED_HEADER),
  byPattern('RELATED_MARKER', 'related-link', 300, RELATED_MARKER),
  byPattern('CAPTION_LABEL', 'caption', 40, CAPTION_LABEL),
  byPattern('GALLERY_COUNTER', 'caption', 20, GALLERY_COUNTER),
  byPattern('CAPTION_FILE_PHOTO', 'caption', 500, CAPTION_FILE_PHOTO),
  byPattern('CAPTION_CREDIT', 'caption', 400, CAPTION_CREDIT, [':']),
  byPattern('CAPTION_CREDIT_PARENS', 'caption', 400, CAPTION_CREDIT_PARENS, ['(']),
  byPattern('CAPTION_AGENCY_CREDIT', 'caption', 400, CAPTION_AGENCY_CREDIT, ['/', '©', 'PHOTO', 'Getty', 'Shutterstock', 'iStock']),
  byPattern('IMAGE_DESCRIPTION', 'caption', 300, IMAGE_DESCRIPTION),
  byPattern('MEDIA_TEASER', 'related-link', 300, MEDIA_TEASER),
  { name: 'DATE_ONLY_LINE', reason: 'date-header', maxChars: 100, test: isDateOnlyLine },
  { name: 'EDITOR_INITIALS', reason: 'byline', maxChars: 80, test: (s) => EDITOR_INITIALS.test(s) && !EDITOR_INITIALS_EXCEPTIONS.test(s) },
  byPattern('DESK_CREDIT', 'byline', 60, DESK_CREDIT),
  { name: 'AGENCY_INFO_CREDIT', reason: 'byline', maxChars: 140, test: (s) => AGENCY_INFO_CREDIT.test(s) && wordCount(s) <= AGENCY_INFO_MAX_WORDS },
  { name: 'REPORTING_CREDIT', reason: 'byline', maxChars: 250, test: isReportingCredit },
  { name: 'BYLINE_PREFIX', reason: 'byline', maxChars: 80, edgesOnly: true, test: (s) => BYLINE_PREFIX.test(s) && isNameList(s.slice(s.indexOf(' ') + 1)) },
  {
    name: 'AGENCY_BYLINE', reason: 'byline', maxChars: 110, edgesOnly: true,
    test: (s) => AGENCY_BYLINE.test(s) && isNameList(s.slice(0, s.indexOf(','))),
  },
  byPattern('SOURCE_LINE', 'source-credit', 120, SOURCE_LINE),
  byPattern('ORIGINALLY_PUBLISHED', 'source-credit', 300, ORIGINALLY_PUBLISHED),
  byPattern('AGENCY_ONLY_LINE', 'source-credit', 40, AGENCY_ONLY_LINE),
  byPattern('LABELLED_URL_LINE', 'source-credit', 330, LABELLED_URL_LINE),
  byPattern('NAVIGATION_LINK_LABEL', 'navigation', 50, NAVIGATION_LINK_LABEL),
  byPattern('NAVIGATION_UI_LABEL', 'navigation', 40, NAVIGATION_UI_LABEL),
  byPattern('BREADCRUMB', 'navigation', 200, BREADCRUMB),
  byPattern('SEPARATED_MENU', 'navigation', 200, SEPARATED_MENU),
];

// ——— Context rules (index.ts applies them after LINE_RULES, in this order) ————————————————————

/** Headline-like lines right after a RELATED_HEADER are its list of related headlines. */
export const RELATED_LIST_AFTER_HEADER = { reason: 'related-link', maxLines: 12 } as const;
/** A sentence-like unit identical to an earlier kept one (after whitespace normalisation). */
export const DUPLICATE_PARAGRAPH = { reason: 'duplicate', minChars: 60 } as const;
/**
 * A headline-like line (not the article's first) whose words recur inside a quotation in a
 * sentence-like paragraph that is not the one right after it: a pull quote. (A sub-heading that
 * echoes the paragraph it introduces is kept; names and titles that recur outside quotes are kept.)
 */
export const PULL_QUOTE = { reason: 'related-link', minWords: 6, opening: '“«„', closing: '”»', straight: '"' } as const;
/**
 * The article's last line when it is a lower-case link label of a few letters-only words ("source
 * site") right after a sentence-like paragraph. Capitalised short lines at the end are kept (names,
 * list items, sub-headings of a cut-off section).
 */
export const TRAILING_LINK_LABEL = { reason: 'navigation', maxWords: 3, pattern: /^\p{Ll}[\p{L} ]{0,29}$/u } as const;
/** Edge-only rules apply before this many sentence-like paragraphs have been seen (or after the last). */
export const EDGE_SENTENCES = 2;

// ——— Predicates used by the rules ————————————————————————————————————————————————————————————

export function wordCount(s: string): number {
  let n = s.length > 0 ? 1 : 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

function isShareOnlyLine(s: string): boolean {
  const words = s.toLowerCase().split(SHARE_ONLY_LINE.separators).filter((w) => w !== '');
  if (words.length === 0 || words.length > SHARE_ONLY_LINE.maxWords) return false;
  let core = false;
  for (const raw of words) {
    const w = raw.replace(/:$/u, '');
    if (SHARE_WORDS.has(w)) core = true;
    else if (!SHARE_FILLER_WORDS.has(w) && !SHARE_ONLY_LINE.count.test(w)) return false;
  }
  return core;
}

function isNewsletterPromo(s: string): boolean {
  const opener = NEWSLETTER_PROMO_PREFIX.exec(s);
  return opener !== null && PROMO_VOCABULARY.test(s.slice(opener[0].length));
}

function isReportingCredit(s: string): boolean {
  if (!REPORTING_CREDIT.test(s)) return false;
  for (const w of s.replace(/\.$/u, '').split(CREDIT_SEPARATORS)) {
    if (w === '' || CREDIT_WORDS.has(w.toLowerCase()) || NAME_CONNECTORS.has(w)) continue;
    if (w.charAt(0) === w.charAt(0).toLowerCase()) return false;
  }
  return true;
}

function isDateOnlyLine(s: string): boolean {
  const words = s.toLowerCase().split(DATE_ONLY_LINE.separators);
  if (words.length > DATE_ONLY_LINE.maxWords) return false;
  let anchor = false;
  for (const raw of words) {
    const w = raw.replace(DATE_ONLY_LINE.trim, '');
    if (w === '') continue;
    if (DATE_NAME_WORDS.has(w) || DATE_NAME_WORDS.has(w.replace(/\.$/u, '')) || DATE_ONLY_LINE.numericDate.test(w)) anchor = true;
    else if (!DATE_FILLER_WORDS.has(w) && !DATE_ONLY_LINE.number.test(w) && !DATE_ONLY_LINE.time.test(w)) return false;
  }
  return anchor;
}

/** Every word is capitalised (or a name connector), and none is a weekday or month: a list of names. */
function isNameList(s: string): boolean {
  const words = s.split(' ');
  for (const w of words) {
    if (w === '' || NAME_CONNECTORS.has(w)) continue;
    const first = w.charAt(0);
    if (first === first.toLowerCase() || DATE_NAME_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}
