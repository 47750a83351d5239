/**
 * Ukrainian → Dutch practical transcription (the Taalunie rules for Russian applied to Ukrainian spelling, as the
 * Dutch and Flemish press write Ukrainian names): Кулеба → Koeleba, Бахмут → Bachmoet, Янукович → Janoekovytsj.
 */
import type { Scheme } from '../types.ts';

export const UK_NL: Scheme = {
  id: 'uk>nl',
  language: 'uk',
  target: 'Latn',
  standard: 'Nederlandse Taalunie (Dutch practical transcription, applied to Ukrainian)',
  year: 2015,
  rules: [
    { from: 'а', to: 'a' },
    { from: 'б', to: 'b' },
    { from: 'в', to: 'v' },
    { from: 'г', to: 'h' },
    { from: 'ґ', to: 'g' },
    { from: 'д', to: 'd' },
    { from: 'е', to: 'e' },
    { from: 'є', to: 'je' },
    { from: 'ж', to: 'zj' },
    { from: 'з', to: 'z' },
    // -ий and -ський end in -y, -sky in the Dutch press (Зеленський → Zelensky, Сирський → Syrsky).
    { from: 'ий', to: 'y', at: 'end' },
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
    { from: 'с', to: 's' },
    { from: 'т', to: 't' },
    // у is oe (Кулеба → Koeleba, Маріуполь → Marioepol).
    { from: 'у', to: 'oe' },
    { from: 'ф', to: 'f' },
    { from: 'х', to: 'ch' },
    { from: 'ц', to: 'ts' },
    { from: 'ч', to: 'tsj' },
    { from: 'ш', to: 'sj' },
    { from: 'щ', to: 'sjtsj' },
    { from: 'ь', to: '' },
    // ю is joe, я is ja; after і the glide is not written (Юлія → Joelia).
    { from: 'ю', to: 'oe', after: 'і' },
    { from: 'ю', to: 'joe' },
    { from: 'я', to: 'a', after: 'і' },
    { from: 'я', to: 'ja' },
    // The apostrophe only separates (Слов’янськ → Slovjansk).
    { from: '’', to: '' },
    { from: "'", to: '' },
    { from: 'ʼ', to: '' },
  ],
  notes: 'Dutch exonyms (Київ → Kiev, Крим → Krim, Севастополь → Sebastopol) are left to the glossary.',
};
