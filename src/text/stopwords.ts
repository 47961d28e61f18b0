// Function words of the four languages Parallax reads closely, lowercased with accents stripped
// (compare with fold() from ./fold.js). Shared by language checks (stage 3) and grouping (stage 6).

export const FUNCTION_WORD_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type FunctionWordLanguage = (typeof FUNCTION_WORD_LANGUAGES)[number];

/**
 * Function words (en/fr/es/de), small on purpose: enough to keep TF-IDF on content words and to
 * refuse capitalised function words ("The", "Le", "El", "Der", and MT leftovers "Y", "Et", "Und")
 * as names. Compared lowercased with accents stripped.
 */
export const STOPWORDS: Record<FunctionWordLanguage, readonly string[]> = {
  en: ('a an the and or but if then than so as at by for from in into of on onto to with without about after before over under ' +
    'between during since until while this that these those there here it its is are was were be been being has have had do does did ' +
    'will would shall should can could may might must not no nor also only just very more most much many some any all each other ' +
    'such own same who whom whose which what when where why how he she they them their his her him we us our you your i me my ' +
    'said says say told according one two new last next first week year years day days time now still even however against ' +
    'would around up down out off again further once both few per via among through because').split(' '),
  fr: ('le la les un une des du de d l au aux et ou mais donc car ni que qui quoi dont ou en dans par pour sur sous avec sans ' +
    'entre vers chez ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu se ' +
    'ne pas plus moins tres aussi est sont etait ete etre avoir a ont avait fait faire comme apres avant depuis lors selon tout ' +
    'tous toute toutes deux autre autres meme encore deja dit ainsi alors').split(' '),
  es: ('el la los las un una unos unas y o pero que quien cual de del al a en por para con sin sobre entre hacia desde hasta ' +
    'segun su sus se lo le les me nos mi tu este esta estos estas ese esa eso es son fue fueron ser estar esta estan ha han habia ' +
    'como mas muy tambien ya no ni otro otra otros otras todo todos toda dos tras cuando donde dijo porque sin embargo').split(' '),
  de: ('der die das den dem des ein eine einer eines einem einen und oder aber doch sondern dass daß wenn als wie zu zum zur von ' +
    'vom mit ohne fur für auf aus bei nach seit bis uber über unter vor hinter zwischen durch gegen um an am im in ins ist sind ' +
    'war waren sein haben hat hatte wird werden wurde wurden kann konnte muss soll nicht kein keine auch noch schon nur sehr mehr ' +
    'er sie es wir ihr ich sich sein seine ihre ihren ihrem dieser diese dieses jener man sagte zwei').split(' '),
};
