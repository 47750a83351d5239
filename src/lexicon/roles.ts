/**
 * The words of roles, titles and settlements that the context judgements read, in the glossary's languages: data
 * kept by hand in one place (no package lists them across these languages), each table with the question it answers.
 * The code that asks them stays with its question: context/context.ts (is the word before a surname part of a longer
 * name?), context/entity-context.ts (which words of a description say something?), fuzzy/roles.ts (is a role of the
 * person's right before a surname?) and suspects/countries.ts (is a capitalised word after a settlement word a place?).
 */

/** Titles and roles that stand before a surname without making a longer name (lower-cased, several languages). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'prime', 'minister', 'chancellor', 'commissioner', 'secretary', 'general', 'mr', 'mrs', 'ms', 'dr', 'sir',
  'dame', 'lord', 'pope', 'king', 'queen', 'prince', 'princess', 'patriarch', 'colonel', 'senator', 'governor', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'chairman', 'chairwoman', 'speaker', 'representative', 'envoy', 'leader',
  'président', 'présidente', 'ministre', 'premier', 'chancelier', 'chancelière', 'commissaire', 'm', 'mme', 'monsieur', 'madame',
  'presidente', 'ministro', 'ministra', 'canciller', 'cancelliere', 'commissario', 'señor', 'signor', 'signora',
  'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'herr', 'frau', 'premierminister', 'außenminister',
  'prezydent', 'premier', 'minister', 'pan', 'pani', 'kanclerz', 'prezident', 'premiér', 'ministr', 'pán', 'paní',
  'voorzitter', 'premier', 'minister', 'president', 'de', 'heer', 'mevrouw',
  'президент', 'премьер', 'министр', 'канцлер', 'глава', 'спикер', 'генсек', 'патриарх', 'прем’єр', 'міністр', 'премиер',
]);

/** Endings of German role nouns that stand before a surname (German compounds them: Außenministerin). */
export const GERMAN_ROLE_NOUN = /(?:kanzler|präsident|minister|chef|sprecher|sekretär|kommissar|vorsitzender?|führer|botschafter|politiker|kandidat|premier|general|berater|gouverneur|bürgermeister|abgeordneter?|diplomat|patriarch|oberhaupt|leiter)(?:in)?$/u;

/** Capitalised words of descriptions that many entities share (roles, institutions, party families): no support. */
export const GENERIC_DESCRIPTION_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'commissioner', 'secretary', 'general', 'chair', 'chairman', 'chairwoman',
  'governor', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'chief', 'deputy', 'first', 'executive', 'high',
  'representative', 'federal', 'european', 'union', 'commission', 'council', 'parliament', 'party', 'republic', 'united',
  'nations', 'national', 'state', 'states', 'social', 'democrat', 'democrats', 'democratic', 'christian', 'liberal', 'liberals',
  'conservative', 'republican', 'green', 'labour', 'foreign', 'affairs', 'defence', 'defense', 'ministry', 'office', 'security',
  'armed', 'forces', 'staff', 'bank', 'central', 'former', 'leader', 'member', 'capital', 'city', 'country', 'region', 'centre',
  'oblast', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'since', 'from', 'until', 'also',
]);

/** Per English role word of a description, the stems of the same role in the glossary's languages (a Map: a
 * description's words are looked up in it, and "constructor" must find nothing). */
export const ROLE_STEMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  // A president's government is named after the president ("администрации Байдена", "administrativa Bidena").
  president: ['president', 'prasident', 'presidente', 'prezydent', 'prezident', 'президент', 'administration', 'administracion', 'amministrazione', 'administrac', 'administrativ', 'администрац', 'адміністрац'],
  general: ['general', 'generaal', 'generale', 'genera', 'генерал'],
  chancellor: ['chancellor', 'kanzler', 'chancelier', 'kanselier', 'canciller', 'cancelliere', 'kanclerz', 'kancler', 'канцлер'],
  premier: ['premier', 'премьер', 'прем', 'премиер'],
  prime: ['premier', 'premie', 'премьер', 'прем', 'премиер'],
  pope: ['pope', 'papst', 'pape', 'paus', 'papa', 'papiez', 'papez', 'папа'],
  king: ['king', 'konig', 'roi', 'koning', 'rey', 're', 'krol', 'kral', 'король', 'крал'],
  queen: ['queen', 'konigin', 'reine', 'koningin', 'reina', 'regina', 'krolowa', 'kralovna', 'королева', 'кралица'],
  commissioner: ['commissioner', 'kommissar', 'commissaire', 'eurocommissaris', 'commissaris', 'comisario', 'commissario', 'komisarz', 'komisar', 'комиссар', 'комісар', 'комисар'],
  chairman: ['chairman', 'vorsitzend', 'voorzitter', 'przewodnicz', 'predsed', 'председател', 'голов'],
  speaker: ['speaker', 'spreker', 'presidente', 'spiker', 'спикер', 'спікер'],
}));

/** Words for a settlement, in the glossary's languages and their case forms, that can stand before a place the
 * glossary does not know ("the village of Maparasha, Kenya"; Ukrainian "села Мапараша, Кенія"). */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set([
  'village', 'town', 'city', 'dorf', 'stadt', 'ville', 'dorp', 'stad', 'pueblo', 'aldea', 'ciudad', 'villaggio', 'paese', 'città',
  'wieś', 'wsi', 'miasto', 'miasta', 'mieście', 'vesnice', 'vesnici', 'obec', 'obci', 'město', 'města', 'městě',
  'село', 'села', 'селі', 'селе', 'місто', 'міста', 'місті', 'містечко', 'містечка', 'город', 'города', 'городе', 'деревня', 'деревни',
  'деревне', 'посёлок', 'поселок', 'посёлка', 'поселка', 'селище', 'селища', 'град', 'града',
]);
