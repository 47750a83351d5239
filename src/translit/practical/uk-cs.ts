/**
 * Ukrainian → Czech practical transcription (Pravidla českého pravopisu; ÚJČ AV ČR), the spelling of the Czech
 * press and Czech Wikipedia: Зеленський → Zelenskyj, Шмигаль → Šmyhal, Бердянськ → Berďansk, Ірпінь → Irpiň.
 */
import type { Scheme } from '../types.ts';

export const UK_CS: Scheme = {
  id: 'uk>cs',
  language: 'uk',
  target: 'Latn',
  standard: 'Pravidla českého pravopisu (Czech practical transcription of Ukrainian, ÚJČ AV ČR)',
  year: 1993,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    // г is the Czech h (Шмигаль → Šmyhal, Ужгород → Užhorod); ґ is g.
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'g' },
    // д т н are soft before є ю я ь (and ьо): ďa ťa ňa, ď ť ň (Бердянськ → Berďansk, Ірпінь → Irpiň).
    // Ukrainian е is hard, so де stays de (not dě as in Russian).
    { from: 'дє', to: 'ďe' },
    { from: 'дю', to: 'ďu' },
    { from: 'дя', to: 'ďa' },
    { from: 'дьо', to: 'ďo' },
    { from: 'дь', to: 'ď' },
    { from: 'д', to: 'd' },
    { from: 'тє', to: 'ťe' },
    { from: 'тю', to: 'ťu' },
    { from: 'тя', to: 'ťa' },
    { from: 'тьо', to: 'ťo' },
    { from: 'ть', to: 'ť' },
    { from: 'т', to: 't' },
    { from: 'нє', to: 'ňe' },
    { from: 'ню', to: 'ňu' },
    { from: 'ня', to: 'ňa' },
    { from: 'ньо', to: 'ňo' },
    { from: 'нь', to: 'ň' },
    { from: 'н', to: 'n' },
    { from: 'е', to: 'e' },
    { from: 'є', to: 'je' },
    { from: 'ж', to: 'ž' },
    { from: 'з', to: 'z' },
    // и is y, so -ський → -skyj and -ий → -yj (Сирський → Syrskyj, Залужний → Zalužnyj).
    { from: 'и', to: 'y' },
    { from: 'і', to: 'i' },
    { from: 'ї', to: 'ji' },
    { from: 'й', to: 'j' },
    { from: 'к', to: 'k' },
    { from: 'л', to: 'l' },
    { from: 'м', to: 'm' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    { from: 'с', to: 's' },
    { from: 'у', to: 'u' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'c' },
    { from: 'ч', to: 'č' },
    { from: 'ш', to: 'š' },
    { from: 'щ', to: 'šč' },
    // ь after other consonants is not written (Луцьк → Luck, Тернопіль → Ternopil); ьо is jo.
    { from: 'ьо', to: 'jo' },
    { from: 'ь', to: '' },
    { from: 'ю', to: 'ju' },
    { from: 'я', to: 'ja' },
    // The apostrophe only separates: я after it is ja anyway (Слов’янськ → Slovjansk).
    { from: '’', to: '' },
    { from: "'", to: '' },
    { from: 'ʼ', to: '' },
  ],
  notes: 'Czech exonyms (Київ → Kyjev, Харків → Charkov, Запоріжжя → Záporoží) and Russian-based traditional forms (Донецьк → Doněck) are left to the glossary.',
};
