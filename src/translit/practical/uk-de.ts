/**
 * Ukrainian → German practical transcription (Duden-based, as the German press and the German Wikipedia write
 * Ukrainian names since 2022): Зеленський → Selenskyj, Харків → Charkiw, Запоріжжя → Saporischschja.
 */
import type { Scheme } from '../types.ts';

/** Ukrainian vowel letters (source side). */
const V = 'аеєиіїоуюя';

export const UK_DE: Scheme = {
  id: 'uk>de',
  language: 'uk',
  target: 'Latn',
  standard: 'Duden-based German practical transcription of Ukrainian (German press and Wikipedia usage)',
  year: 2020,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'w' },
    // Ukrainian г is a voiced h (Гостомель → Hostomel, Луганськ → Luhansk); ґ is the plosive g.
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'g' },
    { from: 'д', to: 'd' },
    // Ukrainian е is always hard: no j after consonants or vowels (Зеленський → Selenskyj).
    { from: 'е', to: 'e' },
    { from: 'є', to: 'je' },
    { from: 'ж', to: 'sch' },
    { from: 'з', to: 's' },
    // и is the Ukrainian [ɪ], written y; so -ський → -skyj and -ий → -yj (Сирський → Syrskyj, Залужний → Saluschnyj).
    { from: 'и', to: 'y' },
    { from: 'і', to: 'i' },
    { from: 'ї', to: 'ji' },
    { from: 'й', to: 'j' },
    { from: 'к', to: 'k' },
    { from: 'л', to: 'l' },
    { from: 'м', to: 'm' },
    { from: 'н', to: 'n' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    // с between vowels → ss, as for Russian (Черкаси → Tscherkassy, Одеса → Odessa, Василь → Wassyl).
    { from: 'с', to: 'ss', after: V, before: V },
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    { from: 'у', to: 'u' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'z' },
    { from: 'ч', to: 'tsch' },
    { from: 'ш', to: 'sch' },
    { from: 'щ', to: 'schtsch' },
    // ь is not written (Луцьк → Luzk, Донецьк → Donezk), except as the glide in ьо (Сьомін → Sjomin).
    { from: 'ьо', to: 'jo' },
    { from: 'ь', to: '' },
    { from: 'ю', to: 'ju' },
    { from: 'я', to: 'ja' },
    // The apostrophe only separates: я after it is ja anyway (Слов’янськ → Slowjansk).
    { from: '’', to: '' },
    { from: "'", to: '' },
    { from: 'ʼ', to: '' },
  ],
  notes: 'Exonyms (Київ → Kiew, Крим → Krim, Чернівці → Czernowitz) and self-chosen spellings (Klitschko) come from the glossary.',
};
