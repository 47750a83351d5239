/**
 * Ukrainian → French practical transcription: the French press (AFP, Le Monde) and the French Wikipedia since 2022:
 * Зеленський → Zelensky, Кулеба → Kouleba, Запоріжжя → Zaporijjia, Миколаїв → Mykolaïv.
 */
import type { Scheme } from '../types.ts';

/** Ukrainian vowel letters (source side). */
const V = 'аеєиіїоуюя';
/** Vowels after which a following i-sound is written with a diaeresis. */
const TREMA = 'аеєиоуюя';
const APOSTROPHES = ['’', "'", 'ʼ'];

export const UK_FR: Scheme = {
  id: 'uk>fr',
  language: 'uk',
  target: 'Latn',
  standard: 'Usual French transcription of Ukrainian (French press and Wikipédia convention)',
  year: 2024,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    // Ukrainian г is h (Шмигаль → Chmyhal, Луганськ → Louhansk); ґ is g, gu before e and i.
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'gu', before: 'еєиі' },
    { from: 'ґ', to: 'g' },
    { from: 'д', to: 'd' },
    { from: 'е', to: 'e' },
    { from: 'є', to: 'ïe', after: TREMA },
    { from: 'є', to: 'ie' },
    { from: 'ж', to: 'j' },
    { from: 'з', to: 'z' },
    // и is y (Володимир → Volodymyr); -ий and -ський end in -y, -sky (Зеленський → Zelensky, Залужний → Zaloujny).
    { from: 'ий', to: 'y', at: 'end' },
    { from: 'и', to: 'y' },
    { from: 'і', to: 'i' },
    // -ій is -i, as French writes the Russian -ий (Валерій → Valeri).
    { from: 'ій', to: 'i', at: 'end' },
    // ї is ï (Миколаїв → Mykolaïv, Авдіївка → Avdiïvka).
    { from: 'ї', to: 'i', at: 'start' },
    { from: 'ї', to: 'ï' },
    { from: 'й', to: 'ï', after: V },
    { from: 'й', to: 'i' },
    { from: 'к', to: 'k' },
    { from: 'л', to: 'l' },
    { from: 'м', to: 'm' },
    { from: 'н', to: 'n' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    // с between vowels is ss, or French would read [z] (Черкаси → Tcherkassy, Одеса → Odessa).
    { from: 'с', to: 'ss', after: V, before: V },
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    { from: 'у', to: 'ou' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'kh' },
    { from: 'ц', to: 'ts' },
    { from: 'ч', to: 'tch' },
    { from: 'ш', to: 'ch' },
    { from: 'щ', to: 'chtch' },
    { from: 'ь', to: '' },
    { from: 'ю', to: 'ïou', after: TREMA },
    { from: 'ю', to: 'ou', after: 'і' },
    { from: 'ю', to: 'iou' },
    // я is ia (Вінниця → Vinnytsia, Бердянськ → Berdiansk); after і the i is already there (Юлія → Ioulia).
    { from: 'я', to: 'ïa', after: TREMA },
    { from: 'я', to: 'a', after: 'і' },
    { from: 'я', to: 'ia' },
    // The apostrophe only separates (Слов’янськ → Sloviansk, Куп’янськ → Koupiansk).
    ...APOSTROPHES.map((a) => ({ from: a, to: '' })),
  ],
  notes: 'French exonyms (Київ → Kiev, Крим → Crimée, Севастополь → Sébastopol) are left to the glossary.',
};
