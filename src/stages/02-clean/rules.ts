// Named constants and patterns for stage 2 (clean). cascade.ts orders them into LINE_RULES (precise,
// pattern-based, first match wins); index.ts then applies the context rules at the bottom of this
// file (related lists, duplicates, pull quotes, bylines at the article's edges, author and
// press-release tails, a trailing link label). Word lists live in lexicon.ts.
// Every rule has a fixture in test/fixtures/clean/rules/<NAME>.json with lines it removes and real
// sentences that look similar and are kept. Every pattern is anchored (or bounded) and has no
// ambiguous nested quantifier; each line rule only runs on units up to its `maxChars`.
import { NEWSROOM_ROLES, ORGANISATION_NOUNS, POPULAR_LIST_MARKERS, RELATED_MARKERS } from './lexicon.js';

/** "Not followed by a letter or digit": a word end that also works after accented letters. */
const END = '(?![\\p{L}\\p{N}])';
const whole = (body: string, flags = 'iu'): RegExp => new RegExp(`^(?:${body}) ?[.:]?$`, flags);

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
  'advertisement|advertising|advert|adverts|advertorial|ad|ads|sponsored(?: content| post)?|paid (?:content|post|partnership)|publicité|pub|' +
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
  'this (?:document|article|material|content|work|publication) is (?:subject to|protected by) copyright|(?:este|el) contenido no (?:puede|podrá) ser reproducido|' +
  '(?:ce contenu|cet article) ne peut (?:pas )?être reproduit|(?:dieser|der) (?:inhalt|artikel|beitrag) darf nicht (?:ohne|vervielfältigt)|' +
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
/** "This article is for information only …", "… does not constitute investment advice", "Alle Angaben ohne Gewähr". */
export const INFORMATION_DISCLAIMER = new RegExp(
  '^(?:this (?:article|content|information|material|newsletter|post|report|page)[^.!?]{0,60}? (?:is (?:provided )?(?:for|as) (?:general )?information(?:al)?(?: purposes)? only|' +
  'does not constitute (?:an? )?(?:investment|financial|legal|tax) advice|is not (?:intended as )?(?:investment|financial|legal|tax) advice)|' +
  'alle angaben ohne gewähr|keine anlageberatung|(?:ce contenu|cet article|ces informations) ne constituen?t? pas (?:un conseil|une recommandation) (?:en |d[’\'])investissement|' +
  '(?:este (?:artículo|contenido)|esta información) no constituye (?:una )?(?:recomendación|asesoramiento) de inversión)', 'iu');
/** "Citation: <title> (2024, May 3) retrieved 4 May 2024 from https://…": a citation line needs a link or a DOI. */
export const CITATION_LINE = /^citation\s?:\s[^\n]{1,400}?(?:retrieved|doi|https?:\/\/)/iu;
/** Shop disclaimers under deals, each sentence of the unit one of these ("Prices are subject to change. Quantities may be limited."). */
export const DEAL_DISCLAIMER = {
  sentence: new RegExp(
    '^(?:(?:all )?prices? (?:and availability )?(?:are|is|were|was) (?:accurate|correct|valid) (?:at|as of) (?:the )?time of (?:publication|publishing|writing)|' +
    '(?:all )?prices? (?:and availability )?(?:are|is) subject to change(?: without (?:prior )?notice)?|quantities (?:may be|are) limited|(?:offer )?(?:valid )?while (?:supplies|stocks?) last|' +
    '(?:les )?prix (?:sont )?(?:susceptibles? de (?:changer|varier|modifications?)|donnés? à titre indicatif)|dans la limite des stocks disponibles|' +
    'precios? sujetos? a cambios?(?: sin previo aviso)?|hasta agotar (?:existencias|stock)|(?:alle )?preise (?:können sich ändern|ohne gewähr|freibleibend)|solange (?:der )?vorrat reicht)[.!]?$', 'iu'),
  split: /(?<=[.!]) /u,
} as const;
/** "Leave a comment", "Laisser un commentaire", "Deja un comentario", "Kommentar schreiben", counts. */
const COMMENT_LABELS =
  '(?:leave|post|add|write) an? (?:comment|reply|replay|response)|add comment|post comment(?: \\(\\+\\))?|join the (?:conversation|discussion)|' +
  'be the first to comment|(?:show|view|see|load|read) (?:all )?(?:\\d{1,5} )?comments|(?:\\d{1,5} )?comments?|no comments(?: yet)?|' +
  '(?:laisser|laissez|ajouter|écrire|rédiger) un commentaire|réagir|réagissez|(?:\\d{1,5} )?commentaires?|voir les commentaires|' +
  '(?:deja|dejar|escribe|escribir|añadir) (?:un comentario|una respuesta|tu comentario)|(?:\\d{1,5} )?comentarios?|ver comentarios|' +
  'kommentar (?:schreiben|verfassen|hinzufügen|abgeben)|(?:\\d{1,5} )?kommentare?|jetzt kommentieren|kommentare anzeigen|' +
  'tell us what you think|(?:deja|danos|dinos) tu opinión|donnez (?:votre|nous votre) avis|dites-nous ce que vous en pensez|(?:sagen sie uns )?ihre meinung(?: ist gefragt)?';
/** One or two of these labels ("Kommentare (12) – Jetzt kommentieren"), with an optional count. */
export const COMMENT_PROMPT = whole(`(?:${COMMENT_LABELS})(?: \\(\\d{1,5}\\))?(?: ?[–—·|/-] ?(?:${COMMENT_LABELS})(?: \\(\\d{1,5}\\))?)?`);
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
  'abonnieren sie|jetzt abonnieren|newsletter (?:abonnieren|bestellen)|melden sie sich|folgen sie uns|laden sie|verpassen sie|erhalten sie|' +
  'click here to|tap here to|get (?:unlimited |full |instant |digital )?access|start (?:your|the) (?:day|morning|week)' +
  `)${END}`, 'iu');
export const PROMO_VOCABULARY = new RegExp(
  '(?:newsletter|inbox|e-?mail|subscri|\\bapps?\\b|twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|updates|alerts|notifications|bulletin|' +
  'lettre d[’\']information|abonn|boletín|correo|suscrip|notificaciones|\\babo\\b|push|benachrichtigung|podcast|journalism|journalisme|periodismo|journalismus|' +
  'postfach|bo[iî]te (?:mail|de réception)|bandeja de entrada|briefing|digest|forums?|social media|réseaux sociaux|redes sociales|sozialen medien|' +
  'as little as|cancel anytime|premier mois|first month|sign[- ]up)', 'iu');
/** "Follow <Account Name> on …" (capitalised account name; PROMO_VOCABULARY must follow, as for the openers above). */
export const FOLLOW_ACCOUNT_PREFIX = /^[Ff]ollow (?:\p{Lu}[\p{L}\p{N}’'.&-]{0,25} ){1,4}on /u;
/** A site describing itself: "<Site> is the place where you get news …" (also needs SITE_SELF_REFERENCE). */
export const SITE_SELF_DESCRIPTION = new RegExp(
  '^[^.!?]{1,60}? (?:is|are|est|es|ist) (?:the|your|a|an|le|la|l[’\']|votre|un|une|el|tu|su|una|die|der|das|ihre?|eine?) ?' +
  '(?:(?:best|leading|number one|#1|first|premier|première|meilleur|mejor|primer|führende|beste) )?' +
  `(?:place|site|website|source|destination|portal|platform|home|go-to|one-stop|endroit|plateforme|sitio|lugar|plataforma|ort|seite|plattform|quelle|anlaufstelle)${END}`, 'iu');
export const SITE_SELF_REFERENCE = {
  news: /(?:news|nouvelles|infos|actualités?|noticias|actualidad|nachrichten)/iu,
  audience: /(?:\byou\b|\bwe\b|\bour\b|\bvous\b|\bnous\b|\bnotre\b|usted|nosotros|nuestr|\bsie\b|\bwir\b|unser)/iu,
} as const;
/** "If you enjoyed this article …", "Si vous avez aimé cet article", "Wenn Ihnen dieser Artikel gefallen hat". */
export const READER_APPEAL = new RegExp(
  '^(?:if you (?:enjoyed|liked|found value in|appreciate[d]?) (?:this (?:article|story|post|piece|content|newsletter)|our (?:journalism|reporting|work|content)|reading)|' +
  'si (?:vous avez aimé|vous avez apprécié) cet (?:article|contenu)|si cet article vous a plu|si te (?:ha gustado|gustó) (?:este|esta) (?:artículo|noticia|contenido)|' +
  `(?:wenn|falls) ihnen (?:dieser|der) (?:artikel|beitrag) gefallen hat|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen)${END}`, 'iu');

// ——— Related links and teasers ————————————————————————————————————————————————————————————

/** A related-links header alone on its line; the headline-like lines after it are its list. */
export const RELATED_HEADER = new RegExp(`^(?:${RELATED_MARKERS})\\s?[:.»>|–—-]?$`, 'iu');
/** A related headline introduced by its marker: "READ ALSO: …", "Lire aussi » …", "Mehr zum Thema: …". */
export const RELATED_MARKER = new RegExp(
  `^(?:(?:${RELATED_MARKERS})(?:\\s?[:.»>|–—-]|\\s[»>|–—-])|(?:${POPULAR_LIST_MARKERS})\\s?:)\\s?\\S`, 'iu');
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
  `\\((?:Photos?|Foto|Fotos|Image|Imagen|Picture|Bild|Crédit|Credit|Crédito|Illustration|Archive|Archives|Archivo|File|credit|crédit|crédito)${END}[^()]{0,100}\\)$`, 'u');
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
/** "Name and Name, Associated Press", "Name, AP National Political Writer" (edges of the article only). */
export const AGENCY_BYLINE = new RegExp(
  '^\\p{Lu}[^,.!?;:\\d]{2,60}, (?:The )?(?:Associated Press|AP|Ap|Reuters|AFP|Bloomberg|CNN|BBC|EFE|dpa|Europa Press|Agence France-Presse)' +
  `${END}[^.!?,;:\\d]{0,40}$`, 'u');
/** "Reporting by …; Editing by …" wire credits (the rest must be names, places and credit words). */
export const REPORTING_CREDIT = /^\(?(?:[Aa]dditional [Rr]eporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch) [Bb]y \p{Lu}[^!?]{0,200}$/u;
export const CREDIT_SEPARATORS = /[\s,;()]+/u;
/** "*With information from AGENCY", "Con información de …", "Avec l'AFP", "Mit Material von dpa" (≤ 10 words). */
export const AGENCY_INFO_CREDIT = new RegExp(
  '^\\*?\\s?\\(?(?:with information (?:from|by)|with (?:afp|ap|reuters|efe|dpa|agencies)|con información (?:de|del)|con (?:afp|ap|reuters|efe|dpa|agencias)|' +
  'información de|avec (?:l[’\'])?(?:afp|ap|reuters|agences)|d[’\']après (?:l[’\'])?(?:afp|ap|reuters)|mit (?:material|informationen) (?:von|der|des)|' +
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
/** A byline glued to a numeric date: "Por Name 02/04/2026 20:15", "Desk / Outlet 21/04/2026" (a "By" or two names or more, checked word by word). */
export const BYLINE_DATE_LINE = /^(By |Por |Par |Von )?(\p{Lu}[^\d.!?;:()]{1,60}?)(?: [|·,–—-] |,? )(?:\d{1,2}([./-])\d{1,2}\3\d{2,4}|\d{4}-\d{2}-\d{2})(?:,? \d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?)?$/u;
/** "By our correspondent", "Par notre correspondant, Name", "De nuestro enviado especial en …", "Von unserem Korrespondenten". */
export const CORRESPONDENT_BYLINE = new RegExp(
  '^(?:[Bb]y|[Ff]rom|[Pp]ar|[Dd]e|[Pp]or|[Vv]on) (?:our|notre|nos|nuestr[oa]s?|unser(?:em|er|en)) (?:own |special |propre )?' +
  '(?:correspondents?|reporters?|staff|correspondante?s?|envoyée?s? spéciale?s?|corresponsale?s?|enviad[oa]s? especial(?:es)?|' +
  '[Kk]orrespondent(?:in|en)?|[Rr]eporter(?:in)?|[Mm]itarbeiter(?:in)?)(?: (?:in|à|a|en|au|aux|aus) \\p{Lu}[\\p{L}’\' -]{0,40}?)?(?:,? \\p{Lu}[^\\d.!?;:()]{0,50})?$', 'u');
/** "<Names> contributed to this report." (and FR/ES/DE forms); what precedes the verb must be names and credit words. */
export const CONTRIBUTED_CREDIT = new RegExp(
  '^\\(?(\\p{Lu}[^.!?;:]{0,200}?) (?:contributed (?:additional )?(?:reporting )?to (?:this|the) (?:report|story|article)|' +
  '(?:a|ont) contribué à (?:cet article|ce reportage)|(?:contribuyó|contribuyeron|colaboró|colaboraron) (?:a|en) (?:este (?:informe|artículo)|esta información)|' +
  '(?:hat|haben) zu diesem (?:bericht|artikel|beitrag) beigetragen)\\.?\\)?$', 'u');
/** A closing sign-off naming a news agency: "— Continental Press Agency", "– Agencia de Noticias" (end of the article only). */
export const AGENCY_SIGNOFF = { pattern: /^[—–] ?(\p{Lu}[^.!?,;:\d]{1,60})$/u, agency: /(?:press|agency|agence|agencia|agentur|presse|prensa|news service|wire)/iu } as const;
/** An editor's shorthand in parentheses closing a story: "(red)", "(ab)" (end of the article only). */
export const EDITOR_SHORTHAND = /^\((?!(?:sic|etc|ibid|idem|cont)\.?\))\p{Ll}{2,4}\.?\)$/u;
/** Author links left as lines: "View author archive", "email the author", "À propos de l'auteur". */
export const AUTHOR_LINK_LABEL = whole(
  'view (?:the )?author(?:[’\']s)? (?:archive|profile|page)|(?:view|see|more) (?:all )?(?:articles|posts|stories) by (?:this|the) author|' +
  '(?:e-?mail|contact|follow|message) (?:the )?author|about the author|(?:tous )?les articles de l[’\']auteur|contacter l[’\']auteur|' +
  'à propos de l[’\']auteur|(?:más )?artículos del autor|contactar (?:con el|al) autor|sobre el autor|(?:alle )?artikel (?:des|der) autor(?:s|in)|' +
  'e-?mail an (?:den )?autor(?:in)?|über (?:den )?autor(?:in)?');

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
/**
 * Author bios and contacts closing an article (the last `maxUnits` kept units, from the end, while
 * each matches): "<Name> is a senior writer at …", "<Name> covers … for …", a unit with "@" and
 * "Email <Name> at …", "Follow him @…", "<Name> may be reached at …".
 */
export const AUTHOR_TAIL = {
  reason: 'byline',
  maxUnits: 3,
  maxChars: 400,
  /** The bio's subject: two to four capitalised words (initials allowed). */
  name: /^\p{Lu}[\p{L}.’'-]{0,20}(?: \p{Lu}[\p{L}.’'-]{0,20}){1,3} /u,
  bio: new RegExp(`^(?:is|was|est|es|ist) (?:(?:a|an|the|un|une|le|la|l[’']|el|ein|eine|der|die) )?(?:[\\p{L}&-]{1,20} ){0,4}?(?:${NEWSROOM_ROLES})${END}`, 'iu'),
  /** "<Name> covers energy for <Outlet>.": the sentence ends with the outlet's name. */
  covers: /^(?:covers|writes about|reports on|couvre|cubre|berichtet über|schreibt über) [^.!?]{1,80}? (?:for|at|pour|para|en|für|bei) (?:the |The |l[ae] |el |die |der )?\p{Lu}[^.!?,;]{0,60}\.?$/u,
  contact: new RegExp(
    '(?:^|[.!?] )(?:(?:[Ee]-?mail|[Cc]ontact|[Rr]each|[Ww]rite to) (?:him|her|them|the (?:author|reporters?|writer)|\\p{Lu}[\\p{L}’\'-]{1,20}(?: \\p{Lu}[\\p{L}’\'-]{1,20}){0,2}) (?:at|on|via)|' +
    '[Ff]ollow (?:him|her|them|me) (?:on [\\p{L} ]{1,20} )?(?:at )?@|(?:[Hh]e|[Ss]he|[Tt]hey|\\p{Lu}[\\p{L}’\'-]{1,20}(?: \\p{Lu}[\\p{L}’\'-]{1,20}){0,2}) (?:can|may) be reached (?:at|by|via|on)|' +
    '[Hh]ave a (?:news )?tip\\?|[Ss]uivez-(?:le|la|les) sur|[Ss]íg(?:ue|a)(?:le|la) en|[Ff]olgen [Ss]ie (?:ihm|ihr) auf)', 'u'),
} as const;
/**
 * A press release's closing "About <Org>" header and the paragraphs after it that describe the
 * organisation ("<Org> is a global provider of …", "… is headquartered in …"), in the last
 * `withinLast` kept units.
 */
export const PRESS_RELEASE_ABOUT = {
  reason: 'boilerplate',
  withinLast: 6,
  maxUnits: 3,
  header: /^(?:About|ABOUT|À propos de|A propos de|Acerca de|Sobre|Über|ÜBER) (?:l[’'])?(\p{Lu}[^.!?:]{0,60})$/u,
  description: new RegExp(`^[^.!?]{1,80}? (?:is|est|es|ist) [^.!?]{0,120}?(?:${ORGANISATION_NOUNS}|headquartered|founded in|basé|basée|con sede|fundada|mit sitz|gegründet)${END}`, 'iu'),
} as const;
/** Edge-only rules apply before this many sentence-like paragraphs have been seen (or after the last). */
export const EDGE_SENTENCES = 2;
