/**
 * Russian → Italian: Italian writes Russian names in the scientific transliteration (the Slavists' system, of the
 * ISO/R 9:1968 family), as the Italian Wikipedia, Treccani and the quality press do: Шойгу → Šojgu,
 * Навальный → Naval'nyj, Горбачёв → Gorbačëv, Ельцин → El'cin.
 */
import type { Scheme } from '../types.ts';

export const RU_IT: Scheme = {
  id: 'ru>it',
  language: 'ru',
  target: 'Latn',
  standard: 'Scientific transliteration (ISO/R 9:1968 family), the Italian Wikipedia and Treccani convention',
  year: 1968,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    { from: 'г', to: 'g' },
    { from: 'д', to: 'd' },
    // One letter for one letter: е is e everywhere, even at the start (Евгений → Evgenij, Ельцин → El'cin),
    // and ё is ë (Горбачёв → Gorbačëv).
    { from: 'е', to: 'e' },
    { from: 'ё', to: 'ë' },
    { from: 'ж', to: 'ž' },
    { from: 'з', to: 'z' },
    { from: 'и', to: 'i' },
    // -ий, -ый keep their j, so -ский → -skij (Дмитрий → Dmitrij, Навальный → Naval'nyj).
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
    { from: 'ъ', to: '"' },
    { from: 'ы', to: 'y' },
    // The soft sign is kept as an apostrophe (Казань → Kazan', Мариуполь → Mariupol').
    { from: 'ь', to: "'" },
    { from: 'э', to: 'e' },
    { from: 'ю', to: 'ju' },
    { from: 'я', to: 'ja' },
  ],
  notes: 'Italian exonyms (Москва → Mosca, Севастополь → Sebastopoli) and press spellings from English (Navalny) are left to the glossary.',
};
