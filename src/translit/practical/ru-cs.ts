/**
 * Russian → Czech practical transcription (Pravidla českého pravopisu; Internetová jazyková příručka ÚJČ AV ČR),
 * the spelling of the Czech press and Czech Wikipedia: Шойгу → Šojgu, Медведев → Medveděv, Казань → Kazaň.
 */
import type { Scheme } from '../types.ts';

/** Russian vowel letters (source side). */
const V = 'аеёиоуыэюя';

export const RU_CS: Scheme = {
  id: 'ru>cs',
  language: 'ru',
  target: 'Latn',
  standard: 'Pravidla českého pravopisu (Czech practical transcription of Russian, ÚJČ AV ČR)',
  year: 1993,
  rules: [
    { from: 'а', to: 'a' },
    // ě after б in the Slavic root бел- 'white', as in Czech bílý, Bělehrad: the rules allow ě after labials in
    // established names that recall Czech ones (Белгород → Bělgorod, Белоусов → Bělousov, Белинский → Bělinskij).
    { from: 'бе', to: 'bě', at: 'start', before: 'л' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    { from: 'г', to: 'g' },
    // д т н are soft before е ё ю я ь: Czech writes dě tě ně, ďo ťo ňo, ďu ťu ňu, ďa ťa ňa, ď ť ň
    // (Медведев → Medveděv, Екатеринбург → Jekatěrinburg, Казань → Kazaň, Володя → Voloďa).
    { from: 'де', to: 'dě' },
    { from: 'дё', to: 'ďo' },
    { from: 'дю', to: 'ďu' },
    { from: 'дя', to: 'ďa' },
    { from: 'дь', to: 'ď' },
    { from: 'д', to: 'd' },
    { from: 'те', to: 'tě' },
    { from: 'тё', to: 'ťo' },
    { from: 'тю', to: 'ťu' },
    { from: 'тя', to: 'ťa' },
    { from: 'ть', to: 'ť' },
    { from: 'т', to: 't' },
    { from: 'не', to: 'ně' },
    { from: 'нё', to: 'ňo' },
    { from: 'ню', to: 'ňu' },
    { from: 'ня', to: 'ňa' },
    { from: 'нь', to: 'ň' },
    { from: 'н', to: 'n' },
    // е: je at the start, after vowels and ь/ъ (Евгений → Jevgenij, Ельцин → Jelcin), else e.
    { from: 'е', to: 'je', at: 'start' },
    { from: 'е', to: 'je', after: V + 'ьъ' },
    { from: 'е', to: 'e' },
    // ё: o after the hushing consonants (Горбачёв → Gorbačov), else jo (Фёдор → Fjodor).
    { from: 'ё', to: 'o', after: 'жчшщ' },
    { from: 'ё', to: 'jo' },
    { from: 'ж', to: 'ž' },
    { from: 'з', to: 'z' },
    // и: ji after ь (Ильич → Iljič), else i. -ий and -ый stay -ij, -yj: Czech keeps the full adjective ending,
    // so -ский → -skij (Дмитрий → Dmitrij, Навальный → Navalnyj, Достоевский → Dostojevskij).
    { from: 'и', to: 'ji', after: 'ь' },
    { from: 'и', to: 'i' },
    { from: 'й', to: 'j' },
    { from: 'к', to: 'k' },
    // Names of Greek origin keep x, as their Czech counterparts do (Алексей → Alexej, Александр → Alexandr).
    { from: 'алекс', to: 'alex', at: 'start' },
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
    { from: 'ъ', to: '' },
    { from: 'ы', to: 'y' },
    { from: 'ь', to: '' },
    { from: 'э', to: 'e' },
    { from: 'ю', to: 'ju' },
    { from: 'я', to: 'ja' },
  ],
  notes: 'Czech exonyms (Санкт-Петербург → Petrohrad, Сибирь → Sibiř) and long vowels of established names (Дагестан → Dagestán) are left to the glossary.',
};
