import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { dictionaryFiles } from '../src/lexicon/dictionary.ts';
import { findMentions } from '../src/match/matcher.ts';
import { buildNameIndex } from '../src/match/name-index.ts';

// Issue 10: words of the text's language are not names, and a name inside a longer name is not reported alone.
// Sentences written for these tests, in the manner of false alarms seen on human news text.
const index = buildNameIndex(loadGlossary());

const reports = (text: string, locale: string, rule?: string) =>
  checkText(text, { locale, index })
    .diagnostics.filter((d) => rule === undefined || d.ruleId === rule)
    .map((d) => `${d.ruleId}: ${d.found}`);

/** Runs only where the language's dictionary is installed; says so where it is not. */
const withDictionary = (language: string) => {
  const present = dictionaryFiles(language) !== undefined;
  if (!present) it.skip(`no ${language} dictionary installed: rules behave as without the lexicon`, () => {});
  return it.runIf(present);
};

describe('a one-word form of another locale that is a word here (locale-form)', () => {
  withDictionary('fr')('French "Si" is not Xi Jinping', () => {
    expect(reports('Si la pluie continue, le match sera reporté à dimanche.', 'fr')).toEqual([]);
  });
  withDictionary('es')('Spanish "Si" is not Xi Jinping', () => {
    expect(reports('Si nadie protesta, la ley entrará en vigor en enero.', 'es')).toEqual([]);
  });
  withDictionary('it')('Italian "Si" is not Xi Jinping', () => {
    expect(reports('Si prevede un aumento delle temperature nel fine settimana.', 'it')).toEqual([]);
  });
  withDictionary('pl')('Polish "Pan", "Pana" are not Ban Ki-moon', () => {
    expect(reports('Czy był Pan wczoraj w urzędzie? Proszę Pana o odpowiedź.', 'pl')).toEqual([]);
  });
  withDictionary('fr')('is the name once the document wrote the entity that foreign way in full', () => {
    const found = reports('Le président Si Ťin-pching est arrivé à Paris. Si a salué la coopération.', 'fr', 'locale-form');
    expect(found).toContain('locale-form: Si');
    expect(found.length).toBe(2);
  });
});

describe('a place inside a longer name in another language (locale-form)', () => {
  withDictionary('de')('"Press Trust of India" in German', () => {
    expect(reports('Das meldete die Nachrichtenagentur Press Trust of India am Dienstag.', 'de')).toEqual([]);
  });
  withDictionary('cs')('"Brewers of Europe" in Czech', () => {
    expect(reports('Sdružení Brewers of Europe zaslalo poslancům dopis.', 'cs')).toEqual([]);
  });
  withDictionary('fr')('"Middle East" after a company name in French', () => {
    expect(reports('La filiale Cardsystems Middle East a son siège à Dubaï.', 'fr')).toEqual([]);
  });
  withDictionary('de')('but not a place after a German noun: "des Flusses Dnieper" is reported', () => {
    expect(reports('Die Truppen stehen östlich des Flusses Dnieper.', 'de', 'locale-form')).toEqual(['locale-form: Dnieper']);
  });
});

describe('words and derived adjectives that fold like a name (exact-form)', () => {
  withDictionary('cs')('Czech adjectives are not Česko, Rusko, Španělsko without diacritics', () => {
    expect(reports('Česká banka i Ruská federace to potvrdily.', 'cs', 'exact-form')).toEqual([]);
    expect(reports('Španělská vláda zavedla karanténu.', 'cs', 'exact-form')).toEqual([]);
  });
  withDictionary('cs')('derived adjectives are no mentions at all: nothing for names or localize to rewrite', () => {
    const mentions = findMentions('Ruská delegace odjela a Česká spořitelna mlčí. Rusko to popřelo.', index, { locale: 'cs' });
    expect(mentions.map((m) => `${m.text}:${m.entity.id}`)).toEqual(['Rusko:russia']);
  });
  withDictionary('cs')('the Czech locative "v Keni" is right', () => {
    expect(reports('Při nehodě v Keni zemřeli tři lidé.', 'cs', 'exact-form')).toEqual([]);
  });
  withDictionary('cs')('"Téměř" is a Czech word', () => {
    expect(reports('Téměř polovina voličů nepřišla.', 'cs', 'exact-form')).toEqual([]);
  });
  withDictionary('cs')('a given name before a surname is no city: "Milan Novotný"', () => {
    expect(reports('Útočník Milan Novotný dal dva góly.', 'cs', 'exact-form')).toEqual([]);
  });
  withDictionary('cs')('a name without its diacritics is still reported', () => {
    expect(reports('Eurokomisařka Vera Jourová představila zprávu.', 'cs', 'exact-form')).toEqual(['exact-form: Vera Jourová']);
  });
});

describe('ordinary words and other people are no suspects (suspected-variant)', () => {
  withDictionary('de')('German nouns: "Tore", "Fischerei"', () => {
    expect(reports('Jonas Gahr Støre kam nicht. Die Mannschaft schoss drei Tore in der zweiten Halbzeit.', 'de', 'suspected-variant')).toEqual([]);
    expect(reports('Heinz Fischer sprach über die Fischerei in der Nordsee.', 'de', 'suspected-variant')).toEqual([]);
  });
  withDictionary('fr')('French "République"', () => {
    expect(reports('La Tchéquie a répondu. Des Canadiens ont été arrêtés en République populaire.', 'fr', 'suspected-variant')).toEqual([]);
  });
  withDictionary('cs')('Czech possessive adjectives are the name: "Trumpova", "Johnsonova", "Putinových"', () => {
    expect(reports('Donald Trump mluvil v pondělí. Trumpova administrativa to potvrdila.', 'cs')).toEqual([]);
    expect(reports('Boris Johnson odstoupil. Johnsonova dohoda neplatí.', 'cs')).toEqual([]);
    expect(reports('Vladimir Putin promluvil. Z Putinových slov bylo jasné, že nic neustoupí.', 'cs')).toEqual([]);
  });
  it('a given name before another surname is nobody misspelt: "Isobel Coleman"', () => {
    expect(reports('In London, the memorandum was signed by Isobel Coleman and the British minister.', 'en', 'suspected-variant')).toEqual([]);
  });
});

describe('generated spellings that are words (transliteration-variant)', () => {
  withDictionary('es')('"Vine" (the app, or a Spanish verb) is not Vienna', () => {
    expect(reports('Por otro lado, Vine fue arte en seis segundos.', 'es')).toEqual([]);
  });
  withDictionary('en')('an English title in Czech text: "The Lady Is a Tramp" is not Trump', () => {
    expect(reports('Sinatra zpíval ve Spojených státech hit The Lady Is a Tramp.', 'cs')).toEqual([]);
  });
});
