/**
 * Russian → French practical transcription: the usual French spelling of Russian names in the press (AFP, Le Monde)
 * and on the French Wikipedia: Путин → Poutine, Шойгу → Choïgou, Сергей → Sergueï, Герасимов → Guerassimov.
 */
import type { Scheme } from '../types.ts';

/** Russian vowel letters (source side). */
const V = 'аеёиоуыэюя';
/** Vowels after which и and й are written with a diaeresis, to be read apart (Михаил → Mikhaïl). */
const TREMA = 'аеоуыэюя';

export const RU_FR: Scheme = {
  id: 'ru>fr',
  language: 'ru',
  target: 'Latn',
  standard: 'Usual French transcription of Russian (French press and Wikipédia convention)',
  year: 2024,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    // г before e and i is gu, or French would read [ʒ] (Сергей → Sergueï, Евгений → Evgueni).
    { from: 'г', to: 'gu', before: 'еёиэ' },
    { from: 'г', to: 'g' },
    { from: 'д', to: 'd' },
    // е is e; after a vowel other than и it needs ï to be read apart (Алексеев → Alexeïev).
    { from: 'е', to: 'ïe', after: TREMA },
    { from: 'е', to: 'e' },
    // ё: io in general (Фёдор → Fiodor); after the hushing consonants French keeps e (Горбачёв → Gorbatchev).
    { from: 'ё', to: 'e', after: 'жчшщ' },
    { from: 'ё', to: 'ïo', after: TREMA },
    { from: 'ё', to: 'io' },
    // ж is French j, ш is ch, so ч is tch and щ chtch (Пригожин → Prigojine, Мишустин → Michoustine).
    { from: 'ж', to: 'j' },
    { from: 'з', to: 'z' },
    { from: 'и', to: 'ï', after: TREMA },
    { from: 'и', to: 'i' },
    // French ends surnames in -ine so that -in is not read as the nasal vowel (Путин → Poutine, Ельцин → Eltsine).
    { from: 'ин', to: 'ine', at: 'end' },
    // -ий → -i, -ый → -y, so -ский → -ski (Дмитрий → Dmitri, Навальный → Navalny, Чайковский → Tchaïkovski).
    { from: 'ий', to: 'i', at: 'end' },
    { from: 'ый', to: 'y', at: 'end' },
    // й after a vowel is ï (Сергей → Sergueï, Шойгу → Choïgou), else i.
    { from: 'й', to: 'ï', after: V },
    { from: 'й', to: 'i' },
    { from: 'к', to: 'k' },
    // кс is x (Алексей → Alexeï, Александр → Alexandre in French usage).
    { from: 'кс', to: 'x' },
    { from: 'л', to: 'l' },
    { from: 'м', to: 'm' },
    { from: 'н', to: 'n' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    // с between vowels is ss, or French would read [z] (Василий → Vassili, Новосибирск → Novossibirsk).
    { from: 'с', to: 'ss', after: V, before: V },
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    // у is ou (Шойгу → Choïgou, Курск → Koursk).
    { from: 'у', to: 'ou' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'kh' },
    { from: 'ц', to: 'ts' },
    { from: 'ч', to: 'tch' },
    { from: 'ш', to: 'ch' },
    { from: 'щ', to: 'chtch' },
    { from: 'ъ', to: '' },
    { from: 'ы', to: 'y' },
    { from: 'ь', to: '' },
    { from: 'э', to: 'e' },
    // ю is iou, я is ia (Юлия → Ioulia, Брянск → Briansk); after a vowel ïou/ïa (Навальная → Navalnaïa); after
    // и the i is already there (Мария → Maria).
    { from: 'ю', to: 'ïou', after: TREMA },
    { from: 'ю', to: 'ou', after: 'и' },
    { from: 'ю', to: 'iou' },
    { from: 'я', to: 'ïa', after: TREMA },
    { from: 'я', to: 'a', after: 'и' },
    { from: 'я', to: 'ia' },
  ],
  notes: 'French exonyms (Москва → Moscou, Чечня → Tchétchénie) and accents of established names (Сибирь → Sibérie) are left to the glossary.',
};
