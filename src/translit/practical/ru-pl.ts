/**
 * Russian → Polish practical transcription (PWN rules), the spelling of the Polish press and Polish Wikipedia:
 * Лавров → Ławrow, Песков → Pieskow, Шойгу → Szojgu, Медведев → Miedwiediew, Навальный → Nawalny.
 */
import type { Scheme } from '../types.ts';

/** Russian vowel letters (source side). */
const V = 'аеёиоуыэюя';
/** Letters before which л is soft (l); before anything else, and at the end, it is ł. */
const SOFT = 'ьиеёюя';

export const RU_PL: Scheme = {
  id: 'ru>pl',
  language: 'ru',
  target: 'Latn',
  standard: 'PWN rules (Polish practical transcription of Russian, Wielki słownik ortograficzny PWN)',
  year: 2016,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'w' },
    { from: 'г', to: 'g' },
    { from: 'д', to: 'd' },
    // е: je at the start, after vowels and ь/ъ; e after л and the hard or hushing ж ц ч ш щ; ie after other
    // consonants, which Polish marks soft with i (Песков → Pieskow, Медведев → Miedwiediew, Лебедев → Lebiediew).
    { from: 'е', to: 'je', at: 'start' },
    { from: 'е', to: 'je', after: V + 'ьъ' },
    { from: 'е', to: 'e', after: 'лжцчшщ' },
    { from: 'е', to: 'ie' },
    // ё in the same three ways (Горбачёв → Gorbaczow, Фёдор → Fiodor, Соловьёв → Sołowjow).
    { from: 'ё', to: 'jo', at: 'start' },
    { from: 'ё', to: 'jo', after: V + 'ьъ' },
    { from: 'ё', to: 'o', after: 'лжчшщ' },
    { from: 'ё', to: 'io' },
    { from: 'ж', to: 'ż' },
    { from: 'з', to: 'z' },
    // и: ji after ь, y after ж ц ш, which are hard in Russian (Пригожин → Prigożyn, Ельцин → Jelcyn).
    { from: 'и', to: 'ji', after: 'ь' },
    { from: 'и', to: 'y', after: 'жцш' },
    { from: 'и', to: 'i' },
    { from: 'й', to: 'j' },
    // Surnames and names of the adjective type take Polish adjective endings (PWN): -ский/-цкий/-кий → -ski/-cki/-ki
    // (Достоевский → Dostojewski, Горький → Gorki), -ый → -y (Навальный → Nawalny, Грозный → Grozny), feminine
    // -ская/-цкая/-ная → -ska/-cka/-na (Навальная → Nawalna). First names keep -ij (Дмитрий → Dmitrij).
    { from: 'кий', to: 'ki', at: 'end' },
    // -нский keeps a plain n: the ń of -нск- (below) is for place names (Зеленский → Zełenski, Зеленская → Zełenska).
    { from: 'нский', to: 'nski', at: 'end' },
    { from: 'нская', to: 'nska', at: 'end' },
    { from: 'ый', to: 'y', at: 'end' },
    { from: 'ая', to: 'a', at: 'end', after: 'кн' },
    { from: 'к', to: 'k' },
    // л: l before ь и е ё ю я, ł before a, o, u, y, consonants and at the end (Лавров → Ławrow, Михаил → Michaił,
    // Ленин → Lenin). A double лл before a soft vowel is ll throughout (Набиуллина → Nabiullina).
    { from: 'лл', to: 'll', before: SOFT },
    { from: 'л', to: 'l', before: SOFT },
    { from: 'л', to: 'ł' },
    { from: 'м', to: 'm' },
    // -нск- is -ńsk, as in Polish Smoleńsk, Mińsk (Брянск → Briańsk, Мурманск → Murmańsk).
    { from: 'нск', to: 'ńsk' },
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
    { from: 'ч', to: 'cz' },
    { from: 'ш', to: 'sz' },
    { from: 'щ', to: 'szcz' },
    { from: 'ъ', to: '' },
    { from: 'ы', to: 'y' },
    // ь: merged into ń ś ź where Polish has those letters (Казань → Kazań); dropped after л and the hushing
    // consonants (Гоголь → Gogol); before a vowel the vowel takes j. PWN's soft mark ´ after other consonants is
    // not used in names by the press (Игорь → Igor).
    { from: 'нь', to: 'ń', notBefore: V },
    { from: 'сь', to: 'ś', notBefore: V },
    { from: 'зь', to: 'ź', notBefore: V },
    { from: 'ь', to: '' },
    { from: 'э', to: 'e' },
    // ю, я: ju/ja at the start, after vowels and ь/ъ; u/a after л and the hushing consonants; iu/ia after other
    // consonants (Собянин → Sobianin, Вячеслав → Wiaczesław, Любовь → Lubow).
    { from: 'ю', to: 'ju', at: 'start' },
    { from: 'ю', to: 'ju', after: V + 'ьъ' },
    { from: 'ю', to: 'u', after: 'лжцчшщ' },
    { from: 'ю', to: 'iu' },
    { from: 'я', to: 'ja', at: 'start' },
    { from: 'я', to: 'ja', after: V + 'ьъ' },
    { from: 'я', to: 'a', after: 'лжцчшщ' },
    { from: 'я', to: 'ia' },
  ],
  // First names that the Polish press always writes in their Polish form, whoever bears them (Борис Немцов →
  // Borys Niemcow, Юлия Навальная → Julia Nawalna).
  words: {
    борис: 'borys',
    юлия: 'julia',
  },
  notes: 'Other Polish equivalents of first names (Кирилл → Cyryl for the patriarch) and exonyms (Ростов-на-Дону → Rostów nad Donem) are left to the glossary.',
};
