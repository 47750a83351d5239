/**
 * Dutch (and Flemish) names in Russian, Ukrainian and Bulgarian (Нидерландско-русская практическая транскрипция
 * after Gilyarevsky & Starostin; Ukrainian Pravopys 2019; BAS rules). nl-uk.ts and nl-bg.ts build their schemes
 * from this table.
 */
import { doubles, type Row, type SourceLanguage, table, transcription } from './common.ts';

const I = { ru: 'и', uk: 'і', bg: 'и' } as const;
const E_START = { ru: 'э', uk: 'е', bg: 'е' } as const;

const rows: Row[] = [
  { from: 'a', to: 'а' },
  { from: 'aa', to: 'а' },
  { from: 'ae', to: 'а' },
  { from: 'ai', to: 'ай' },
  { from: 'aai', to: 'ай' },
  // au, auw, ou, ouw are all [ʌu]: ау (Gouda → Гауда).
  { from: 'au', to: 'ау' },
  { from: 'auw', to: 'ау' },
  { from: 'ou', to: 'ау' },
  { from: 'ouw', to: 'ау' },
  { from: 'e', to: 'е' },
  { from: 'ee', to: 'е' },
  { from: 'é', to: 'е' },
  { from: 'è', to: 'е' },
  { from: 'ë', to: { ru: 'э', uk: 'е', bg: 'е' } },
  // e at the start or after a vowel: э in Russian (Эйндховен), е in Ukrainian and Bulgarian.
  { from: 'e', to: E_START, at: 'start' },
  { from: 'ee', to: E_START, at: 'start' },
  { from: 'e', to: E_START, after: 'aou' },
  // ei, ij (and y, the old spelling of ij) are ей (Leiden → Лейден, Dijsselbloem → Дейсселблум).
  { from: 'ei', to: 'ей' },
  { from: 'ij', to: 'ей' },
  { from: 'y', to: 'ей' },
  { from: 'ei', to: { ru: 'эй', uk: 'ей', bg: 'ей' }, at: 'start' },
  { from: 'ij', to: { ru: 'эй', uk: 'ей', bg: 'ей' }, at: 'start' },
  // eu is [øː]: ё (Leuven → Лёвен), Ukrainian е (Левен), Bulgarian ьо (Льовен).
  { from: 'eu', to: { ru: 'ё', uk: 'е', bg: 'ьо' } },
  { from: 'eu', to: { ru: 'э', uk: 'е', bg: 'йо' }, at: 'start' },
  { from: 'i', to: I },
  { from: 'ï', to: I },
  { from: 'ie', to: I },
  { from: 'o', to: 'о' },
  { from: 'oo', to: 'о' },
  { from: 'oi', to: 'ой' },
  { from: 'ooi', to: 'ой' },
  // oe is [u]: у (Hoekstra → Хукстра).
  { from: 'oe', to: 'у' },
  { from: 'oei', to: 'уй' },
  // u, uu are [y]: ю after consonants (Rutte → Рютте), у at the start (Utrecht → Утрехт).
  { from: 'u', to: 'ю' },
  { from: 'uu', to: 'ю' },
  { from: 'u', to: 'у', at: 'start' },
  // ui is [œy]: ёй in current Russian practice (Kuyt → Кёйт), ей in Ukrainian, ьой in Bulgarian.
  { from: 'ui', to: { ru: 'ёй', uk: 'ей', bg: 'ьой' } },
  { from: 'uy', to: { ru: 'ёй', uk: 'ей', bg: 'ьой' } },
  // Consonants.
  ...table({ b: 'б', d: 'д', f: 'ф', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', w: 'в', x: 'кс', z: 'з' }),
  { from: 'c', to: 'к' },
  { from: 'c', to: 'с', before: 'eiy' },
  { from: 'ch', to: 'х' },
  { from: 'ck', to: 'к' },
  { from: 'dt', to: 'дт' },
  // g is г in Russian practice for names (Geert → Герт, Groningen → Гронинген).
  { from: 'g', to: 'г' },
  { from: 'gh', to: 'г' },
  // h: х, in Ukrainian г (Hoekstra → Хукстра / Гукстра).
  { from: 'h', to: { ru: 'х', uk: 'г', bg: 'х' } },
  // j: й; я, ю, йо with a vowel; je at the start is йе (Jeroen → Йерун), Ukrainian є.
  { from: 'j', to: 'й' },
  { from: 'ja', to: 'я' },
  { from: 'je', to: { ru: 'йе', uk: 'є', bg: 'йе' } },
  { from: 'jo', to: 'йо' },
  { from: 'jou', to: 'яу' },
  { from: 'ju', to: 'ю' },
  // Dutch l is hard (Wilders → Вилдерс, Van Gaal → Ван Гал), unlike German and French l in Russian.
  { from: 'l', to: 'л' },
  { from: 'ph', to: 'ф' },
  { from: 'qu', to: 'кв' },
  // sch is [sx]: сх (Schoof → Схоф, Scheveningen → Схевенинген); at the end only с (Bosch → Бос).
  { from: 'sch', to: 'сх' },
  { from: 'sch', to: 'с', at: 'end' },
  { from: 'sj', to: 'ш' },
  { from: 'th', to: 'т' },
  { from: 'tj', to: 'ть' },
  ...doubles({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', z: 'з' }),
];

export const DUTCH: SourceLanguage = {
  code: 'nl',
  name: 'Dutch',
  rows,
  words: {
    // Russian gives the ruler's form of the given name (Александр Де Кро).
    alexander: { ru: 'александр' },
    // Exonyms and traditional forms.
    brussel: { ru: 'брюссель', uk: 'брюссель', bg: 'брюксел' },
    nederland: { ru: 'нидерланды', uk: 'нідерланди', bg: 'нидерландия' },
    gogh: 'гог',
  },
  notes: {
    ru:
      'Not covered: the spelling "de"/"van" in lower case (Барт де Вевер, written De Wever in Flanders: the engine ' +
      'keeps the source case), e after i in loanwords, older forms with г for h (Гаага for Den Haag is an exonym), ' +
      'names of French origin in Belgium.',
    uk: 'As Russian, with і, є for je, е for eu, г for h (Гукстра, Ейндговен).',
    bg: 'As Russian, with ьо for eu, single letters for doubles (Рюте, Тимерманс). Bulgarian sources sometimes write ай for ei/ij (Лайден); not followed.',
  },
};

export const nlRu = transcription(DUTCH, 'ru');
