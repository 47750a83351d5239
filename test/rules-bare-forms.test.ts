import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { isAdmittedBareForm } from '../src/lexicon/bare-forms.ts';
import { buildNameIndex } from '../src/match/name-index.ts';

const index = buildNameIndex(loadGlossary());
const reports = (text: string, locale: string, severities: Record<string, 'error' | 'off'> = {}) =>
  checkText(text, { locale, index, severities }).diagnostics.map((d) => `${d.ruleId}: ${d.found} → ${d.expected}`);

describe('a foreign name without the marks the locale does not write', () => {
  it('is admitted where the press drops them, letter by letter', () => {
    expect(isAdmittedBareForm('Erdogan', 'Erdoğan', 'en')).toBe(true);
    expect(isAdmittedBareForm('Chisinau', 'Chișinău', 'en-GB')).toBe(true);
    expect(isAdmittedBareForm('Erdogana', 'Erdoğana', 'pl')).toBe(true);
    expect(isAdmittedBareForm('Lodz', 'Łódź', 'en')).toBe(true);
    expect(isAdmittedBareForm('Orban', 'Orbán', 'it')).toBe(true);
    // Marks of the locale's own alphabet are written by its press.
    expect(isAdmittedBareForm('Orban', 'Orbán', 'es')).toBe(false);
    expect(isAdmittedBareForm('Kijow', 'Kijów', 'pl')).toBe(false);
    expect(isAdmittedBareForm('Serguei', 'Sergueï', 'fr')).toBe(false);
    // French capitals may go without their accents (Le Monde, AFP: Etats-Unis); small letters keep them.
    expect(isAdmittedBareForm('Etats-Unis', 'États-Unis', 'fr')).toBe(true);
    expect(isAdmittedBareForm('ETATS-UNIS', 'États-Unis', 'fr')).toBe(true);
    expect(isAdmittedBareForm('Etats-Unis', 'États-Unis', 'de')).toBe(false);
    expect(isAdmittedBareForm('Equateur', 'Équateur', 'fr')).toBe(true);
    expect(isAdmittedBareForm('Etats-Unis d\'Amerique', 'États-Unis d\'Amérique', 'fr')).toBe(false);
    // Not listed: German and Dutch papers keep the marks.
    expect(isAdmittedBareForm('Erdogan', 'Erdoğan', 'de')).toBe(false);
    expect(isAdmittedBareForm('Erdogan', 'Erdoğan', 'nl')).toBe(false);
    // Czech papers keep them too, but write the Turkish ğ and ı bare (ČTK: Erdogan, Yildirim, Fikri Işik).
    expect(isAdmittedBareForm('Erdogan', 'Erdoğan', 'cs')).toBe(true);
    expect(isAdmittedBareForm('Binali Yildirim', 'Binali Yıldırım', 'cs')).toBe(true);
    expect(isAdmittedBareForm('Fikri Işik', 'Fikri Işık', 'cs')).toBe(true);
    expect(isAdmittedBareForm('Fikri Isik', 'Fikri Işık', 'cs')).toBe(false);
    expect(isAdmittedBareForm('Orban', 'Orbán', 'cs')).toBe(false);
    // Only lost marks: not a lost hyphen, not a mark of its own, not the same spelling.
    expect(isAdmittedBareForm('Jean Claude Juncker', 'Jean-Claude Juncker', 'en')).toBe(false);
    expect(isAdmittedBareForm('Huaweï', 'Huawei', 'en')).toBe(false);
    expect(isAdmittedBareForm('Erdoğan', 'Erdoğan', 'en')).toBe(false);
    expect(isAdmittedBareForm('ERDOGAN', 'Erdoğan', 'en')).toBe(true);
  });

  it('is no exact-form report in English, and preferred-form reports it when a house style turns it on', () => {
    const text = 'President Recep Tayyip Erdogan met Natalia Gavrilita in Chisinau.';
    expect(reports(text, 'en')).toEqual([]);
    expect(reports(text, 'en', { 'preferred-form': 'error' })).toEqual([
      'preferred-form: Recep Tayyip Erdogan → Recep Tayyip Erdoğan',
      'preferred-form: Natalia Gavrilita → Natalia Gavrilița',
      'preferred-form: Chisinau → Chișinău',
    ]);
  });

  it('stays an exact-form report in German and for a mark of the locale itself', () => {
    expect(reports('Präsident Recep Tayyip Erdogan traf Natalia Gavrilita.', 'de')).toEqual([
      'exact-form: Recep Tayyip Erdogan → Recep Tayyip Erdoğan',
      'exact-form: Natalia Gavrilita → Natalia Gavrilița',
    ]);
    expect(reports('El primer ministro Pedro Sanchez habló en Madrid.', 'es')).toEqual(['exact-form: Pedro Sanchez → Pedro Sánchez']);
  });
});
