/**
 * Ukrainian → Spanish practical transcription (Ortografía de la lengua española, RAE 2010; Fundéu RAE), the
 * spelling of the Spanish press and the Spanish Wikipedia: Зеленський → Zelenski, Бахмут → Bajmut, Бердянськ → Berdiansk.
 */
import type { Scheme } from '../types.ts';

/** Ukrainian vowel letters (source side). */
const V = 'аеєиіїоуюя';
const APOSTROPHES = ['’', "'", 'ʼ'];

export const UK_ES: Scheme = {
  id: 'uk>es',
  language: 'uk',
  target: 'Latn',
  standard: 'Ortografía de la lengua española (RAE 2010) and Fundéu RAE (Spanish practical transcription of Ukrainian)',
  year: 2010,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'gu', before: 'еєиі' },
    { from: 'ґ', to: 'g' },
    { from: 'д', to: 'd' },
    { from: 'е', to: 'e' },
    { from: 'є', to: 'ye', at: 'start' },
    { from: 'є', to: 'ye', after: V + 'ь' },
    { from: 'є', to: 'ie' },
    { from: 'ж', to: 'zh' },
    { from: 'з', to: 'z' },
    // Spanish writes y only as a consonant or a final diphthong, so и is i (Тимошенко → Timoshenko).
    { from: 'и', to: 'i' },
    { from: 'і', to: 'i' },
    // -ий, -ій → -i, so -ський → -ski (Зеленський → Zelenski, Віталій → Vitali).
    { from: 'ий', to: 'i', at: 'end' },
    { from: 'ій', to: 'i', at: 'end' },
    { from: 'ї', to: 'i' },
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
    // х is the Spanish j [x] (Бахмут → Bajmut, Херсон → Jersón).
    { from: 'х', to: 'j' },
    { from: 'ц', to: 'ts' },
    { from: 'ч', to: 'ch' },
    { from: 'ш', to: 'sh' },
    { from: 'щ', to: 'shch' },
    { from: 'ь', to: '' },
    { from: 'ю', to: 'yu', at: 'start' },
    { from: 'ю', to: 'u', after: 'иі' },
    { from: 'ю', to: 'yu', after: V + 'ь' },
    { from: 'ю', to: 'iu' },
    // я: ya at the start and after vowels, ia after consonants (Бердянськ → Berdiansk); -ія is -ia (Юлія → Yulia).
    { from: 'я', to: 'ya', at: 'start' },
    { from: 'я', to: 'a', after: 'иі' },
    { from: 'я', to: 'ya', after: V + 'ь' },
    { from: 'я', to: 'ia' },
    // The apostrophe only separates (Куп’янськ → Kupiansk).
    ...APOSTROPHES.map((a) => ({ from: a, to: '' })),
  ],
  // The written accent depends on the stress, which the spelling does not show: the commonest first names.
  words: {
    володимир: 'volodímir',
    віктор: 'víktor',
    петро: 'petró',
  },
  notes: 'Written accents that depend on the stress (Маріуполь → Mariúpol, Дніпро → Dnipró) are produced only for the listed first names.',
};
