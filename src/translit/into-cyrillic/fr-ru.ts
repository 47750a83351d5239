/**
 * French names in Russian, Ukrainian and Bulgarian (Французско-русская практическая транскрипция after
 * Gilyarevsky & Starostin; Ukrainian Pravopys 2019 and ukwiki's French table; BAS rules). fr-uk.ts and fr-bg.ts
 * build their schemes from this table.
 *
 * French spelling is read right to left as much as left to right: silent endings, nasal vowels before a consonant
 * but not before a vowel or a doubled n/m. The engine sees one letter of context either side of a match, so the
 * endings are written as whole letter groups (-les, -tes, -ques, -ier).
 */
import { doubles, type Row, type SourceLanguage, transcription } from './common.ts';

const V = 'aàâeéèêëiîïoôuûùüyœ';
/** Consonants, for "before a consonant" (nasal vowels, soft l). */
const C = 'bcçdfghjklmnpqrstvwxz';
/** After these a final -le / -re is its own syllable: Grenoble → Гренобль / Гренобъл, Havre → Гавр / Хавър. */
const STOP = 'bcdfgkptv';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;
const E_START = { ru: 'э', uk: 'е', bg: 'е' } as const;
const SOFT_L = { ru: 'ль', uk: 'ль', bg: 'л' } as const;
/** Nasal vowels are nasal before a consonant other than n, m, h, or at the end of the word. */
const NASAL = { notBefore: V + 'nmh' } as const;

const rows: Row[] = [
  // Vowels.
  { from: 'a', to: 'а' },
  { from: 'à', to: 'а' },
  { from: 'â', to: 'а' },
  // ai, ay, ei are [ɛ]: е, э at the start (Calais → Кале); ay before a vowel is ай (Lafayette → Лафайет).
  ...['ai', 'aî', 'ei'].flatMap((v): Row[] => [
    { from: v, to: 'е' },
    { from: v, to: E_START, at: 'start' },
  ]),
  { from: 'ay', to: 'е' },
  { from: 'ay', to: 'ай', before: V },
  { from: 'au', to: 'о' },
  { from: 'eau', to: 'о' },
  { from: 'aux', to: 'о', at: 'end' },
  { from: 'eaux', to: 'о', at: 'end' },
  ...['e', 'é', 'è', 'ê', 'ë'].flatMap((e): Row[] => [
    { from: e, to: 'е' },
    { from: e, to: E_START, at: 'start' },
    // e after a vowel is its own syllable: Emmanuel → Эмманюэль / Емманюель / Еманюел.
    { from: e, to: E_START, after: 'aouéy' },
  ]),
  // eu, œu are [ø]: ё in Russian, е in Ukrainian, ьо in Bulgarian; ieu → ьё / ьє / ийо (Depardieu).
  { from: 'eu', to: { ru: 'ё', uk: 'е', bg: 'ьо' } },
  { from: 'œu', to: { ru: 'ё', uk: 'е', bg: 'ьо' } },
  { from: 'eu', to: { ru: 'э', uk: 'е', bg: 'йо' }, at: 'start' },
  { from: 'ieu', to: { ru: 'ьё', uk: 'ьє', bg: 'ийо' } },
  { from: 'i', to: I },
  { from: 'î', to: I },
  { from: 'ï', to: I },
  { from: 'y', to: I },
  // ie before a consonant: ье in Russian (Thierry → Тьерри, Pierre → Пьер), ьє in Ukrainian, ие in Bulgarian.
  ...['ie', 'iè', 'ié'].map((v): Row => ({ from: v, to: { ru: 'ье', uk: 'ьє', bg: 'ие' }, notBefore: V + '^' })),
  { from: 'ie', to: I, at: 'end' },
  { from: 'ier', to: { ru: 'ье', uk: 'ьє', bg: 'ие' }, at: 'end' },
  { from: 'iers', to: { ru: 'ье', uk: 'ьє', bg: 'ие' }, at: 'end' },
  { from: 'o', to: 'о' },
  { from: 'ô', to: 'о' },
  // oi is [wa]: уа, in Bulgarian оа (François → Франсуа / Франсоа).
  { from: 'oi', to: { ru: 'уа', uk: 'уа', bg: 'оа' } },
  { from: 'oy', to: { ru: 'уай', uk: 'уай', bg: 'оай' }, before: V },
  { from: 'ou', to: 'у' },
  { from: 'où', to: 'у' },
  { from: 'oû', to: 'у' },
  // u is [y]: ю (Camus → Камю); after ж and ш Ukrainian and Bulgarian write у (Жуль, Жул; Russian Жюль).
  { from: 'u', to: 'ю' },
  { from: 'û', to: 'ю' },
  { from: 'ù', to: 'ю' },
  { from: 'ju', to: { ru: 'жю', uk: 'жу', bg: 'жу' } },
  { from: 'chu', to: { ru: 'шю', uk: 'шу', bg: 'шу' } },
  // Nasal vowels (before a consonant or at the end): an, en → ан; in, ain, ein, un → ен; on → он; oin → уэн.
  { from: 'en', to: 'ан', ...NASAL },
  { from: 'em', to: 'ан', before: 'bp' },
  { from: 'en', to: 'ан', at: 'start', ...NASAL },
  { from: 'ien', to: { ru: 'ьен', uk: 'ьєн', bg: 'иен' }, ...NASAL },
  { from: 'éen', to: 'еен', ...NASAL },
  ...['in', 'ain', 'ein', 'un', 'yn'].flatMap((v): Row[] => [
    { from: v, to: 'ен', ...NASAL },
    { from: v, to: { ru: 'эн', uk: 'ен', bg: 'ен' }, at: 'start', ...NASAL },
  ]),
  ...['im', 'aim', 'um', 'ym'].map((v): Row => ({ from: v, to: 'ен', before: 'bp' })),
  { from: 'oin', to: { ru: 'уэн', uk: 'уен', bg: 'уен' }, ...NASAL },
  // Consonants.
  { from: 'b', to: 'б' },
  { from: 'c', to: 'к' },
  { from: 'c', to: 'с', before: 'eéèêiîy' },
  { from: 'ç', to: 'с' },
  { from: 'cc', to: 'кс', before: 'eéèiy' },
  { from: 'ch', to: 'ш' },
  { from: 'ck', to: 'к' },
  { from: 'cq', to: 'к' },
  { from: 'd', to: 'д' },
  { from: 'f', to: 'ф' },
  { from: 'g', to: 'г' },
  { from: 'g', to: 'ж', before: 'eéèêiîy' },
  // ge before a, o, u is only ж (Georges → Жорж).
  { from: 'gea', to: 'жа' },
  { from: 'jea', to: 'жа' },
  { from: 'geo', to: 'жо' },
  { from: 'gu', to: 'г', before: 'eéèêiy' },
  // The u of gue, gui, que, qui is silent: the vowel after it is not "after a vowel" (Guerlain, Quentin).
  ...['e', 'é', 'è', 'ê'].flatMap((v): Row[] => [
    { from: `gu${v}`, to: 'ге' },
    { from: `qu${v}`, to: 'ке' },
  ]),
  // gn is [ɲ]: нь (Bretagne → Бретань), with a vowel нья / ньо (Avignon → Авиньон); Bulgarian ня, ньо, н.
  { from: 'gn', to: { ru: 'нь', uk: 'нь', bg: 'н' } },
  { from: 'gna', to: { ru: 'нья', uk: 'нья', bg: 'ня' } },
  { from: 'gno', to: 'ньо' },
  { from: 'gne', to: { ru: 'нь', uk: 'нь', bg: 'н' }, at: 'end' },
  { from: 'gnes', to: { ru: 'нь', uk: 'нь', bg: 'н' }, at: 'end' },
  // h is silent. At the start of a word it is read with its vowel, so the word keeps its capital (Hollande →
  // Олланд, Henri → Анри, Hélène → Элен).
  { from: 'h', to: '' },
  { from: 'ha', to: 'а', at: 'start' },
  { from: 'he', to: E_START, at: 'start' },
  { from: 'hé', to: E_START, at: 'start' },
  { from: 'hi', to: I, at: 'start' },
  { from: 'ho', to: 'о', at: 'start' },
  { from: 'hu', to: 'ю', at: 'start' },
  { from: 'hen', to: 'ан', at: 'start', ...NASAL },
  { from: 'j', to: 'ж' },
  { from: 'k', to: 'к' },
  // l: soft before a consonant and at the end in Russian and Ukrainian (Michel → Мишель, Albert → Альбер),
  // hard in Bulgarian (Мишел, Албер).
  { from: 'l', to: 'л' },
  { from: 'l', to: SOFT_L, before: C + '^' },
  { from: 'll', to: { ru: 'лл', uk: 'лл', bg: 'л' } },
  { from: 'll', to: SOFT_L, before: C + '^' },
  // (Listed before the plain -le row, which has the same length.) -ble, -tre … after a stop: Russian and Ukrainian drop the e (Гренобль, Гавр), Bulgarian writes ъ (Гренобъл, Хавър).
  { from: 'le', to: { ru: 'ль', uk: 'ль', bg: 'ъл' }, after: STOP, at: 'end' },
  { from: 're', to: { ru: 'р', uk: 'р', bg: 'ър' }, after: STOP, at: 'end' },
  // Silent final e, es after l: -le, -les, -lle, -lles → ль / л (Charles → Шарль / Шарл, Michelle → Мишель).
  { from: 'le', to: SOFT_L, at: 'end' },
  { from: 'les', to: SOFT_L, at: 'end' },
  { from: 'lle', to: SOFT_L, at: 'end' },
  { from: 'lles', to: SOFT_L, at: 'end' },
  // ill after a vowel is й (Marseillaise); -aille, -eille, -ouille → ай, ей, уй; ill after a consonant with a vowel
  // after it is ий (Guillaume → Гийом); final -ille after a consonant is иль / ил (Camille → Камиль).
  { from: 'ill', to: 'й', after: 'aeuo', before: V },
  { from: 'aille', to: 'ай', at: 'end' },
  { from: 'eille', to: 'ей', at: 'end' },
  { from: 'ouille', to: 'уй', at: 'end' },
  { from: 'ill', to: { ru: 'ий', uk: 'ій', bg: 'ий' }, notAfter: 'aeuo^', before: V },
  { from: 'guill', to: { ru: 'гий', uk: 'гій', bg: 'гий' }, before: V },
  { from: 'ille', to: { ru: 'иль', uk: 'іль', bg: 'ил' }, notAfter: 'aeuo', at: 'end' },
  { from: 'ail', to: 'ай', at: 'end' },
  { from: 'eil', to: 'ей', at: 'end' },
  { from: 'm', to: 'м' },
  { from: 'n', to: 'н' },
  { from: 'p', to: 'п' },
  { from: 'ph', to: 'ф' },
  { from: 'qu', to: 'к' },
  { from: 'r', to: 'р' },
  // s: з between vowels (Josué, Rosa), с elsewhere.
  { from: 's', to: 'с' },
  { from: 's', to: 'з', after: V, before: V },
  { from: 'sc', to: 'с', before: 'eéèiy' },
  { from: 'sch', to: 'ш' },
  { from: 't', to: 'т' },
  { from: 'th', to: 'т' },
  { from: 'tion', to: { ru: 'сьон', uk: 'сьон', bg: 'сион' } },
  { from: 'v', to: 'в' },
  { from: 'w', to: 'в' },
  { from: 'x', to: 'кс' },
  { from: 'z', to: 'з' },
  // Silent endings: -e, -es, -s, -t, -d, -x, -z, -p, -g and their groups; -er, -et, -ez are е (Roger → Роже,
  // Monet → Моне); -ent is ан (Laurent → Лоран); final c, f, l, r, q are read.
  ...['e', 'es', 's', 't', 'ts', 'd', 'ds', 'x', 'z', 'p', 'ps', 'g', 'gs'].map((end): Row => ({ from: end, to: '', at: 'end' })),
  ...['er', 'ers', 'et', 'ets', 'ez', 'ed'].map((end): Row => ({ from: end, to: 'е', at: 'end' })),
  { from: 'ent', to: 'ан', at: 'end' },
  { from: 'ents', to: 'ан', at: 'end' },
  { from: 'que', to: 'к', at: 'end' },
  { from: 'ques', to: 'к', at: 'end' },
  { from: 'cques', to: 'к', at: 'end' },
  { from: 'ge', to: 'ж', at: 'end' },
  { from: 'ges', to: 'ж', at: 'end' },
  { from: 'gue', to: 'г', at: 'end' },
  // -bourg keeps its Germanic г (Strasbourg → Страсбург, Luxembourg → Люксембург; Cherbourg → Шербур is an exception).
  { from: 'bourg', to: 'бург', at: 'end' },
  // Doubles (ss between vowels stays сс, not з).
  ...doubles({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', z: 'з' }),
];

export const FRENCH: SourceLanguage = {
  code: 'fr',
  name: 'French',
  rows,
  words: {
    // Articles and particles of names (the final-e and -le rows would eat them: Le Pen, de Gaulle).
    le: 'ле',
    la: 'ла',
    de: 'де',
    des: 'де',
    du: 'дю',
    // A Breton name: the final en is not nasal.
    pen: 'пен',
    // Traditional forms.
    nicolas: { ru: 'николя', uk: 'ніколя', bg: 'никола' },
    paris: { ru: 'париж', uk: 'париж', bg: 'париж' },
    cherbourg: { ru: 'шербур', uk: 'шербур', bg: 'шербур' },
    luxembourg: 'люксембург',
    // Names of Flemish origin in francophone Belgium are read the Dutch way.
    reynders: 'рейндерс',
  },
  notes: {
    ru:
      'Not covered: stress-dependent readings, e muet inside words (Lefebvre), final consonants that are read in ' +
      'some names (Le Pen, Cannes → Канны are traditional), ll after i that is л (Lille, ville), oe in loanwords, ' +
      'and exonyms (Lyon → Лион, Marseille → Марсель, Nice → Ницца).',
    uk: 'As Russian, with і, е for э and eu, ьє for ie, у after ж and ш (Жуль).',
    bg: 'As Russian, with оа for oi, ьо for eu, ие for ie, ъ in final -ble / -tre, hard l and single letters for doubles.',
  },
};

export const frRu = transcription(FRENCH, 'ru');
