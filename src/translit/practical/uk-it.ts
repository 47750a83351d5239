/**
 * Ukrainian → Italian: the scientific transliteration of Ukrainian, as the Italian Wikipedia and Treccani write
 * Ukrainian names: Зеленський → Zelens'kyj, Шмигаль → Šmyhal', Миколаїв → Mykolaïv, Запоріжжя → Zaporižžja.
 */
import type { Scheme } from '../types.ts';

export const UK_IT: Scheme = {
  id: 'uk>it',
  language: 'uk',
  target: 'Latn',
  standard: 'Scientific transliteration of Ukrainian (ISO/R 9:1968 family), the Italian Wikipedia and Treccani convention',
  year: 1968,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'g' },
    { from: 'д', to: 'd' },
    { from: 'е', to: 'e' },
    { from: 'є', to: 'je' },
    { from: 'ж', to: 'ž' },
    { from: 'з', to: 'z' },
    // и is y, і is i, ї is ï (Кличко → Klyčko, Авдіївка → Avdiïvka).
    { from: 'и', to: 'y' },
    { from: 'і', to: 'i' },
    { from: 'ї', to: 'ï' },
    { from: 'й', to: 'j' },
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
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'c' },
    { from: 'ч', to: 'č' },
    { from: 'ш', to: 'š' },
    { from: 'щ', to: 'šč' },
    // The soft sign is kept as an apostrophe (Донецьк → Donec'k, Мелітополь → Melitopol').
    { from: 'ь', to: "'" },
    { from: 'ю', to: 'ju' },
    { from: 'я', to: 'ja' },
    // The Ukrainian apostrophe (hard separation) is the scientific ʺ, written " (Слов’янськ → Slov"jans'k).
    { from: '’', to: '"' },
    { from: "'", to: '"' },
    { from: 'ʼ', to: '"' },
  ],
  notes: 'Italian exonyms (Київ → Kiev, Львів → Leopoli, Крим → Crimea) are left to the glossary.',
};
