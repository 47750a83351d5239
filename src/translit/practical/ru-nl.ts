/**
 * Russian → Dutch practical transcription (Nederlandse Taalunie, Woordenlijst Nederlandse Taal), the spelling of
 * the Dutch and Flemish press: Путин → Poetin, Шойгу → Sjojgoe, Горбачёв → Gorbatsjov, Ельцин → Jeltsin.
 */
import type { Scheme } from '../types.ts';

/** Russian vowel letters (source side). */
const V = 'аеёиоуыэюя';

export const RU_NL: Scheme = {
  id: 'ru>nl',
  language: 'ru',
  target: 'Latn',
  standard: 'Nederlandse Taalunie (Dutch practical transcription of Russian, Woordenlijst Nederlandse Taal)',
  year: 2015,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    { from: 'г', to: 'g' },
    { from: 'д', to: 'd' },
    // е is je at the start and after vowels (Ельцин → Jeltsin, Евгений → Jevgeni), else e.
    { from: 'е', to: 'je', at: 'start' },
    { from: 'е', to: 'je', after: V + 'ьъ' },
    { from: 'е', to: 'e' },
    // ё: o after the hushing consonants (Горбачёв → Gorbatsjov), else jo (Фёдор → Fjodor).
    { from: 'ё', to: 'o', after: 'жчшщ' },
    { from: 'ё', to: 'jo' },
    // Dutch j is [j], so the hushing sounds are zj, sj, tsj (Пригожин → Prigozjin, Шойгу → Sjojgoe).
    { from: 'ж', to: 'zj' },
    { from: 'з', to: 'z' },
    { from: 'и', to: 'i' },
    // -ий → -i, -ый → -y (Дмитрий → Dmitri, Валерий → Valeri, Грозный → Grozny).
    { from: 'ий', to: 'i', at: 'end' },
    { from: 'ый', to: 'y', at: 'end' },
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
    // у is oe, the Dutch spelling of [u] (Путин → Poetin, Курск → Koersk).
    { from: 'у', to: 'oe' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'ts' },
    { from: 'ч', to: 'tsj' },
    { from: 'ш', to: 'sj' },
    { from: 'щ', to: 'sjtsj' },
    { from: 'ъ', to: '' },
    { from: 'ы', to: 'y' },
    { from: 'ь', to: '' },
    { from: 'э', to: 'e' },
    // ю is joe, я is ja; after и the glide is not written (Мария → Maria).
    { from: 'ю', to: 'oe', after: 'и' },
    { from: 'ю', to: 'joe' },
    { from: 'я', to: 'a', after: 'и' },
    { from: 'я', to: 'ja' },
  ],
  notes: 'Dutch exonyms (Москва → Moskou, Волгоград → Wolgograd) and spellings taken from English are left to the glossary.',
};
