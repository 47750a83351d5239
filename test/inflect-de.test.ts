import { describe, expect, it } from 'vitest';
import { inflectName, recognisesCaseForms, supportsInflection } from '../src/inflect/index.ts';
import { possessiveForms } from '../src/lexicon/possessive.ts';

const recognised = (name: string, type: 'person' | 'place' | 'organisation') =>
  inflectName({ name, locale: 'de', type }, { recognise: true }).map((f) => f.form);

describe('German case forms (recognise only)', () => {
  it('writes none: a fix keeps the nominative, and German is no inflecting locale', () => {
    expect(inflectName({ name: 'Vereinigte Staaten', locale: 'de', type: 'place' })).toEqual([]);
    expect(supportsInflection('de')).toBe(false);
    expect(recognisesCaseForms('de')).toBe(true);
    expect(recognisesCaseForms('en')).toBe(false);
  });
  it('makes the genitive -s of names, an apostrophe after a sibilant', () => {
    expect(recognised('Donald Trump', 'person')).toContain('Donald Trumps');
    expect(recognised('Borrell', 'person')).toContain('Borrells');
    expect(recognised('Jones', 'person')).toContain("Jones'");
    expect(recognised('Jones', 'person')).not.toContain('Joness');
    expect(recognised('Deutschland', 'place')).toContain('Deutschlands');
    expect(recognised('Iran', 'place')).toContain('Irans');
  });
  it('declines the adjectives of a name with its head noun', () => {
    expect(recognised('Vereinigte Staaten', 'place')).toContain('Vereinigten Staaten');
    expect(recognised('Vereinigte Arabische Emirate', 'place')).toContain('Vereinigten Arabischen Emiraten');
    expect(recognised('Vereinigtes Königreich', 'place')).toEqual(expect.arrayContaining(['Vereinigten Königreichs', 'Vereinigte Königreich', 'Vereinigten Königreich']));
    expect(recognised('Europäische Union', 'organisation')).toContain('Europäischen Union');
    expect(recognised('Europäischer Rat', 'organisation')).toEqual(expect.arrayContaining(['Europäischen Rates', 'Europäischen Rats', 'Europäische Rat']));
    expect(recognised('Europäischer Gerichtshof für Menschenrechte', 'organisation')).toContain('Europäischen Gerichtshofs für Menschenrechte');
  });
  it('declines no word the dictionary does not know as an adjective (Frankfurter)', () => {
    const forms = recognised('Frankfurter Allgemeine Zeitung', 'organisation');
    expect(forms).not.toContain('Frankfurten Allgemeinen Zeitung');
    expect(forms.every((f) => f.startsWith('Frankfurter '))).toBe(true);
  });
  it('makes no genitive that is a word or a name of its own, nor of feminine places', () => {
    expect(recognised('Rau', 'person')).toEqual([]); // raus
    expect(recognised('Fischer', 'person')).toEqual([]); // Fischers
    expect(recognised('Han', 'person')).toEqual([]); // Hans
    expect(recognised('Kur', 'place')).toEqual([]); // Kurs
    expect(recognised('Spiegel', 'organisation')).toEqual([]); // des Spiegels, the mirror
    expect(recognised('Ukraine', 'place')).toEqual([]);
    expect(recognised('Türkei', 'place')).toEqual([]);
    expect(recognised('NATO', 'organisation')).toEqual([]);
  });
});

describe('Czech possessive adjectives of surnames', () => {
  it('makes them from a man’s surname exactly', () => {
    expect(possessiveForms('Trump', 'male', 'cs')).toEqual(expect.arrayContaining(['Trumpův', 'Trumpova', 'Trumpových', 'Trumpovými', 'Trumpově']));
    expect(possessiveForms('Obama', 'male', 'cs')).toContain('Obamova');
    expect(possessiveForms('Babiš', 'male', 'cs')).toContain('Babišova');
    expect(possessiveForms('Babiš', 'male', 'cs')).not.toContain('Babišová');
    expect(possessiveForms('Trump', 'male', 'pl')).toEqual([]);
  });
  it('makes none of a woman’s -ová surname, of adjectival surnames or of names in other vowels', () => {
    expect(possessiveForms('Nováková', 'female', 'cs')).toEqual([]);
    expect(possessiveForms('Merkelová', undefined, 'cs')).toEqual([]);
    expect(possessiveForms('Zelenskyj', 'male', 'cs')).toEqual([]);
    expect(possessiveForms('Modi', 'male', 'cs')).toEqual([]);
    expect(possessiveForms('Kamala', 'female', 'cs')).toContain('Kamalin');
    expect(possessiveForms('Novák', 'female', 'cs')).toEqual([]);
  });
});
