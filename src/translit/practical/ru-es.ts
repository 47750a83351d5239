/**
 * Russian → Spanish practical transcription (Ortografía de la lengua española, RAE 2010; Fundéu RAE), the spelling
 * of the Spanish press and the Spanish Wikipedia: Сергей → Serguéi, Михаил → Mijaíl, Пригожин → Prigozhin,
 * Волгоград → Volgogrado.
 */
import type { Scheme } from '../types.ts';

/** Russian vowel letters (source side). */
const V = 'аеёиоуыэюя';

export const RU_ES: Scheme = {
  id: 'ru>es',
  language: 'ru',
  target: 'Latn',
  standard: 'Ortografía de la lengua española (RAE 2010) and Fundéu RAE (Spanish practical transcription of Russian)',
  year: 2010,
  rules: [
    { from: 'а', to: 'a' },
    // -аил takes the accent of the hiatus (Михаил → Mijaíl).
    { from: 'аил', to: 'aíl', at: 'end' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    // г before e and i is gu, or Spanish would read [x] (Сергей → Serguéi, Евгений → Yevgueni).
    { from: 'г', to: 'gu', before: 'еёиэ' },
    // Cities in -град take the Spanish ending -grado (Волгоград → Volgogrado, Калининград → Kaliningrado).
    { from: 'град', to: 'grado', at: 'end' },
    { from: 'г', to: 'g' },
    { from: 'д', to: 'd' },
    // е is ye at the start and after vowels (Ельцин → Yeltsin, Евгений → Yevgueni), else e.
    { from: 'е', to: 'ye', at: 'start' },
    { from: 'е', to: 'ye', after: V + 'ьъ' },
    // Final -ей is stressed in the names that have it, and Spanish marks the stressed diphthong (Сергей → Serguéi,
    // Алексей → Alekséi, Андрей → Andréi).
    { from: 'ей', to: 'éi', at: 'end' },
    { from: 'е', to: 'e' },
    // ё: o after the hushing consonants (Горбачёв → Gorbachov), yo at the start and after vowels, else io.
    { from: 'ё', to: 'o', after: 'жчшщ' },
    { from: 'ё', to: 'yo', at: 'start' },
    { from: 'ё', to: 'yo', after: V + 'ьъ' },
    { from: 'ё', to: 'io' },
    // Spanish has no [ʒ] or [ʃ]: ж → zh, ш → sh (Пригожин → Prigozhin, Мишустин → Mishustin).
    { from: 'ж', to: 'zh' },
    { from: 'з', to: 'z' },
    { from: 'и', to: 'i' },
    // -ий and -ый are -i (Дмитрий → Dmitri, Навальный → Navalni, Грозный → Grozni).
    { from: 'ий', to: 'i', at: 'end' },
    { from: 'ый', to: 'i', at: 'end' },
    { from: 'й', to: 'y', before: V },
    { from: 'й', to: 'i' },
    { from: 'к', to: 'k' },
    { from: 'л', to: 'l' },
    { from: 'м', to: 'm' },
    { from: 'н', to: 'n' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    { from: 'у', to: 'u' },
    { from: 'ф', to: 'f' },
    // х is the Spanish j [x] (Михаил → Mijaíl, Захарова → Zajárova).
    { from: 'х', to: 'j' },
    { from: 'ц', to: 'ts' },
    { from: 'ч', to: 'ch' },
    { from: 'ш', to: 'sh' },
    { from: 'щ', to: 'sch' },
    { from: 'ъ', to: '' },
    { from: 'ы', to: 'y' },
    { from: 'ь', to: '' },
    { from: 'э', to: 'e' },
    // ю, я: yu, ya at the start and after vowels; iu, ia after consonants (Брянск → Briansk); after и the i is
    // already there (Мария → Maria).
    { from: 'ю', to: 'yu', at: 'start' },
    { from: 'ю', to: 'u', after: 'и' },
    { from: 'ю', to: 'yu', after: V + 'ьъ' },
    { from: 'ю', to: 'iu' },
    { from: 'я', to: 'ya', at: 'start' },
    { from: 'я', to: 'a', after: 'и' },
    { from: 'я', to: 'ya', after: V + 'ьъ' },
    { from: 'я', to: 'ia' },
  ],
  // The written accent depends on the Russian stress, which the spelling does not show: the commonest first names.
  words: {
    владимир: 'vladímir',
    борис: 'borís',
    виктор: 'víktor',
  },
  notes: 'Written accents that depend on the Russian stress (Медведев → Medvédev, Шойгу → Shoigú) are produced only for the listed first names.',
};
