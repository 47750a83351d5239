/**
 * Czech names in Russian, Ukrainian and Bulgarian (Чешско-русская практическая транскрипция after Gilyarevsky &
 * Starostin; Ukrainian Pravopys 2019 and ukwiki's Czech table; BAS rules). Slovak names mostly come out right
 * too (Šefčovič → Шефчович), but ä, ô, ĺ, ŕ and Slovak y = и are not handled. cs-uk.ts and cs-bg.ts build their
 * schemes from this table.
 */
import { doubles, type Row, type SourceLanguage, table, transcription } from './common.ts';

const V = 'aáeéěiíoóuúůyý';
/** Voiceless consonants: ř after them is рш (Třebíč → Тршебич), elsewhere рж (Dvořák → Дворжак). */
const VOICELESS = 'ptkcčfsšh';
const C = 'bcčdďfghjklmnňpqrřsštťvwxzž';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;

const rows: Row[] = [
  { from: 'a', to: 'а' },
  { from: 'á', to: 'а' },
  // e at the start and after a vowel: э in Russian only.
  ...['e', 'é'].flatMap((e): Row[] => [
    { from: e, to: 'е' },
    { from: e, to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
    { from: e, to: { ru: 'э', uk: 'е', bg: 'е' }, after: V },
  ]),
  // ě only softens the consonant before it (Anděl → Андел, Věra → Вера).
  { from: 'ě', to: 'е' },
  { from: 'i', to: I },
  { from: 'í', to: I },
  { from: 'o', to: 'о' },
  { from: 'ó', to: 'о' },
  // ou is two letters in Russian and Bulgarian (Jourová → Йоурова), not у.
  { from: 'ou', to: 'оу' },
  { from: 'u', to: 'у' },
  { from: 'ú', to: 'у' },
  { from: 'ů', to: 'у' },
  // y, ý: ы in Russian, и after velars and hushers; и in Ukrainian and Bulgarian.
  ...['y', 'ý'].flatMap((y): Row[] => [
    { from: y, to: { ru: 'ы', uk: 'и', bg: 'и' } },
    { from: y, to: 'и', after: 'kghcčšžřj' },
  ]),
  // Adjectival surnames: -ský → -ский / -ський / -ски, -ská → -ская / -ська / -ска.
  { from: 'ský', to: { ru: 'ский', uk: 'ський', bg: 'ски' }, at: 'end' },
  { from: 'cký', to: { ru: 'цкий', uk: 'цький', bg: 'цки' }, at: 'end' },
  { from: 'ská', to: { ru: 'ская', uk: 'ська', bg: 'ска' }, at: 'end' },
  { from: 'cká', to: { ru: 'цкая', uk: 'цька', bg: 'цка' }, at: 'end' },
  ...table({ b: 'б', c: 'ц', č: 'ч', d: 'д', f: 'ф', g: 'г', k: 'к', m: 'м', n: 'н', p: 'п', q: 'к', s: 'с', š: 'ш', t: 'т', v: 'в', w: 'в', x: 'кс', z: 'з', ž: 'ж' }),
  // h is г in Russian and Ukrainian (Praha → Прага, Havel → Гавел), х in Bulgarian (Хавел).
  { from: 'h', to: { ru: 'г', uk: 'г', bg: 'х' } },
  { from: 'ch', to: 'х' },
  { from: 'l', to: 'л' },
  { from: 'r', to: 'р' },
  // Syllabic r and l between consonants (or after one at the end): Bulgarian writes ър, ъл (Brno → Бърно,
  // Petr → Петър, Vltava → Вълтава); Russian and Ukrainian write them bare (Брно, Петр).
  { from: 'r', to: { ru: 'р', uk: 'р', bg: 'ър' }, after: 'bcčdďfghkmnpsštťvzž', before: 'bcčdďfghklmnňpsštťvzž^' },
  { from: 'l', to: { ru: 'л', uk: 'л', bg: 'ъл' }, after: 'bcčdďfghkmnpsštťvzž', before: 'bcčdďfghkmnňpsštťvzž^' },
  { from: 'ř', to: 'рж' },
  { from: 'ř', to: 'рш', after: VOICELESS },
  // ď, ť, ň: soft sign before consonants and at the end, я / ё / ю for a following a / o / u.
  ...(
    [
      ['ď', 'д'],
      ['ť', 'т'],
      ['ň', 'н'],
    ] as const
  ).flatMap(([soft, hard]): Row[] => [
    { from: soft, to: { ru: `${hard}ь`, uk: `${hard}ь`, bg: hard } },
    { from: `${soft}a`, to: `${hard}я` },
    { from: `${soft}á`, to: `${hard}я` },
    { from: `${soft}o`, to: { ru: `${hard}ё`, uk: `${hard}ьо`, bg: `${hard}ьо` } },
    { from: `${soft}u`, to: `${hard}ю` },
    { from: `${soft}ú`, to: `${hard}ю` },
    { from: `${soft}ů`, to: `${hard}ю` },
    { from: `${soft}e`, to: `${hard}е` },
    { from: `${soft}ě`, to: `${hard}е` },
    { from: `${soft}i`, to: { ru: `${hard}и`, uk: `${hard}і`, bg: `${hard}и` } },
    { from: `${soft}í`, to: { ru: `${hard}и`, uk: `${hard}і`, bg: `${hard}и` } },
  ]),
  // j: й before consonants and at the end (Andrej → Андрей); with a vowel at the start or after a vowel я, е/є/йе,
  // йи/ї, йо, ю (Jana → Яна, Jelínek → Елинек, Jihlava → Йиглава / Їглава, Jourová → Йоурова); after a consonant
  // with a soft sign (Kavulják → Кавульяк).
  { from: 'j', to: 'й' },
  ...(
    [
      ['a', 'я', 'я', 'я'],
      ['á', 'я', 'я', 'я'],
      ['e', 'е', 'є', 'йе'],
      ['é', 'е', 'є', 'йе'],
      ['i', 'йи', 'ї', 'йи'],
      ['í', 'йи', 'ї', 'йи'],
      ['o', 'йо', 'йо', 'йо'],
      ['u', 'ю', 'ю', 'ю'],
      ['ú', 'ю', 'ю', 'ю'],
      ['ů', 'ю', 'ю', 'ю'],
    ] as const
  ).flatMap(([v, ru, uk, bg]): Row[] => [
    { from: `j${v}`, to: { ru, uk, bg }, at: 'start' },
    { from: `j${v}`, to: { ru, uk, bg }, after: V },
    { from: `j${v}`, to: { ru: `ь${ru.replace('й', '')}`, uk: `ь${uk.replace('й', '')}`, bg: `ь${bg.replace('й', '')}` }, after: C },
  ]),
  ...doubles({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', z: 'з' }),
];

export const CZECH: SourceLanguage = {
  code: 'cs',
  name: 'Czech',
  rows,
  words: {
    // Traditional: Иржи, not Йиржи.
    jiří: { ru: 'иржи', uk: 'іржі', bg: 'иржи' },
    // Exonyms that are not transcriptions.
    praha: { ru: 'прага', uk: 'прага', bg: 'прага' },
    plzeň: { ru: 'пльзень', uk: 'пльзень', bg: 'пилзен' },
    česko: { ru: 'чехия', uk: 'чехія', bg: 'чехия' },
  },
  notes: {
    ru: 'Not covered: -í of adjectival surnames (Krejčí → Крейчий / Крейчи), German-origin names read the German way, exonyms beyond Прага, Пльзень, Чехия.',
    uk: 'As Russian, with і, и for y, є for je, ї for ji. Ukrainian sources differ on ě after labials (Вера / Віра) and on final -ць.',
    bg: 'As Russian, with х for h, ър / ъл for syllabic r / l, и for y, single letters for doubles.',
  },
};

export const csRu = transcription(CZECH, 'ru');
