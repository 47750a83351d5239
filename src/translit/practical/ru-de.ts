/**
 * Russian → German practical transcription (Duden), the spelling of the German press and the German Wikipedia:
 * Лавров → Lawrow, Шойгу → Schoigu, Ельцин → Jelzin, Горбачёв → Gorbatschow, Навальный → Nawalny.
 */
import type { Scheme } from '../types.ts';

/** Russian vowel letters (source side). */
const V = 'аеёиоуыэюя';

export const RU_DE: Scheme = {
  id: 'ru>de',
  language: 'ru',
  target: 'Latn',
  standard: 'Duden (German practical transcription of Russian)',
  year: 2020,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'w' },
    { from: 'г', to: 'g' },
    { from: 'д', to: 'd' },
    // е is [je] at the start of a word, after a vowel and after ь/ъ (Ельцин → Jelzin, Матвиенко → Matwijenko);
    // after a consonant the softness is not written (Медведев → Medwedew).
    { from: 'е', to: 'je', at: 'start' },
    { from: 'е', to: 'je', after: V + 'ьъ' },
    { from: 'е', to: 'e' },
    // ё: o after the hushing consonants, whose softness German cannot show anyway (Горбачёв → Gorbatschow).
    { from: 'ё', to: 'o', after: 'жчшщ' },
    { from: 'ё', to: 'jo' },
    // Duden writes voiced and voiceless sibilants alike: ж → sch, з → s (Захарова → Sacharowa, Пригожин → Prigoschin).
    { from: 'ж', to: 'sch' },
    { from: 'з', to: 's' },
    // ьи → ji (Ильич → Iljitsch); ия → ija (Мария → Marija), the glide German readers would not hear in "ia".
    { from: 'и', to: 'ji', after: 'ь' },
    { from: 'ия', to: 'ija' },
    { from: 'и', to: 'i' },
    // й is dropped after и and ы at the end: -ий → -i, -ый → -y, so -ский → -ski (Дмитрий → Dmitri, Навальный → Nawalny).
    { from: 'ий', to: 'i', at: 'end' },
    { from: 'ый', to: 'y', at: 'end' },
    // й is j before a vowel and after и/ы before a consonant (Новороссийск → Noworossijsk), else i (Шойгу → Schoigu, Сергей → Sergei).
    { from: 'й', to: 'j', before: V },
    { from: 'й', to: 'j', after: 'иы' },
    { from: 'й', to: 'i' },
    { from: 'к', to: 'k' },
    // Duden: кс is always x (Алексей → Alexei, Александр → Alexander).
    { from: 'кс', to: 'x' },
    { from: 'л', to: 'l' },
    { from: 'м', to: 'm' },
    { from: 'н', to: 'n' },
    { from: 'о', to: 'o' },
    { from: 'п', to: 'p' },
    { from: 'р', to: 'r' },
    // с between vowels is ss, or German would read a voiced s (Василий → Wassili, Герасимов → Gerassimow) ...
    { from: 'с', to: 'ss', after: V, before: V },
    // ... except at the seam of a compound with ново-, where the second part keeps its single s (Новосибирск → Nowosibirsk).
    { from: 'новос', to: 'nowos', at: 'start' },
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    { from: 'у', to: 'u' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'z' },
    { from: 'ч', to: 'tsch' },
    { from: 'ш', to: 'sch' },
    { from: 'щ', to: 'schtsch' },
    { from: 'ъ', to: '' },
    { from: 'ы', to: 'y' },
    // ь is not written; before о it is a glide (Соловьёв, Ульянов: ья/ье/ьё get j from their own rules).
    { from: 'ьо', to: 'jo' },
    { from: 'ь', to: '' },
    { from: 'э', to: 'e' },
    { from: 'ю', to: 'ju' },
    { from: 'я', to: 'ja' },
  ],
  notes: 'Traditional exonyms (Москва → Moskau, Киев → Kiew, Санкт-Петербург → Sankt Petersburg) are not produced: the glossary has them.',
};
