/**
 * Ukrainian names in Russian letters, letter for letter: the spelling of Ukrainian place and personal names that
 * Russian-language media in Ukraine and Ukrainian authorities' Russian-language pages use instead of the
 * traditional Russian exonym (Дніпро → Днипро for Днепр, Рівне → Ривне for Ровно, Львів → Львив for Львов). The
 * Ukrainian letters Russian lacks are replaced by their nearest Russian letters; everything else is kept, so the
 * result is the Ukrainian name as a Russian reader would spell it, not the Russian name.
 */
import type { Scheme } from '../types.ts';

const APOSTROPHES = ['’', "'", 'ʼ'];

export const UK_RU: Scheme = {
  id: 'uk>ru',
  language: 'uk',
  target: 'Cyrl',
  standard: 'letter-for-letter rendering of Ukrainian names in Russian (Russian-language media in Ukraine)',
  year: 2016,
  rules: [
    { from: 'і', to: 'и' },
    // ї is [ji]: йи (Київ → Кийив).
    { from: 'ї', to: 'йи' },
    // є is [je] at the start and after vowels and the apostrophe, where Russian writes е too (Євпаторія → Евпатория).
    { from: 'є', to: 'е' },
    { from: 'ґ', to: 'г' },
    // The apostrophe marks a hard consonant before я, ю, є, ї: Russian writes ь there (Мар'їнка → Марьинка).
    ...APOSTROPHES.map((a) => ({ from: `${a}ї`, to: 'ьи' })),
    ...APOSTROPHES.map((a) => ({ from: a, to: 'ь' })),
  ],
};

/** Schemes between Cyrillic alphabets, ids `<source>><target>`. */
export const CROSS_CYRILLIC_SCHEMES: readonly Scheme[] = [UK_RU];
