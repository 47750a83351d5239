import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/match/matcher.ts';
import { fixtureIndex } from './helpers.ts';

const mentions = (text: string, locale = 'en') =>
  findMentions(text, fixtureIndex(), { locale }).map((m) => ({ entity: m.entity.id, text: m.text, kind: m.kind, ...(m.exact ? {} : { exact: false }) }));

describe('findMentions', () => {
  it('finds multi-word names at Unicode word boundaries, whatever the case and diacritics', () => {
    expect(mentions('Věra Jourová and VĚRA JOUROVÁ and Vera Jourova.')).toEqual([
      { entity: 'vera-jourova', text: 'Věra Jourová', kind: 'canonical' },
      { entity: 'vera-jourova', text: 'VĚRA JOUROVÁ', kind: 'canonical' },
      { entity: 'vera-jourova', text: 'Vera Jourova', kind: 'canonical', exact: false },
    ]);
  });

  it('does not match inside longer words or lower-case common words', () => {
    expect(mentions('Kyivan pastries; a turkey dinner; Kyivstar.')).toEqual([]);
  });

  it('keeps possessives outside the span and accepts hyphens and line breaks inside a name', () => {
    expect(mentions("Josep Borrell's aide met Jean-Claude Juncker and Josep\nBorrell.")).toEqual([
      { entity: 'josep-borrell', text: 'Josep Borrell', kind: 'canonical' },
      { entity: 'jean-claude-juncker', text: 'Jean-Claude Juncker', kind: 'canonical' },
      { entity: 'josep-borrell', text: 'Josep\nBorrell', kind: 'canonical' },
    ]);
  });

  it('finds a name glued to a French elision, and not a name-like unit inside a word', () => {
    expect(mentions('la visite d’Ursula von der Leyen à Kyiv', 'fr')).toEqual([
      { entity: 'ursula-von-der-leyen', text: 'Ursula von der Leyen', kind: 'canonical' },
      { entity: 'kyiv', text: 'Kyiv', kind: 'canonical' },
    ]);
    expect(mentions('McKyiv and XKyiv are not Kyiv.')).toEqual([{ entity: 'kyiv', text: 'Kyiv', kind: 'canonical' }]);
  });

  it('attributes a surname alone to the entity named earlier, and needs that context for an ambiguous one', () => {
    expect(mentions('Josep Borrell arrived. Borrell spoke.')).toEqual([
      { entity: 'josep-borrell', text: 'Josep Borrell', kind: 'canonical' },
      { entity: 'josep-borrell', text: 'Borrell', kind: 'short' },
    ]);
    expect(mentions('Josep Borrell arrived. Borel spoke.')[1]).toEqual({ entity: 'josep-borrell', text: 'Borel', kind: 'variant' });
  });

  it('tells homonyms apart: Borel the mathematician, Deventer the city', () => {
    expect(mentions('the Borel–Cantelli lemma')).toEqual([{ entity: 'emile-borel', text: 'Borel', kind: 'short' }]);
    expect(mentions('the train from Deventer to Zwolle')).toEqual([
      { entity: 'deventer', text: 'Deventer', kind: 'canonical' },
      { entity: 'zwolle', text: 'Zwolle', kind: 'canonical' },
    ]);
    expect(mentions('Philip Deventer posted a photo. Deventer added that it was about peace.')).toEqual([
      { entity: 'filip-dewinter', text: 'Philip Deventer', kind: 'variant' },
      { entity: 'filip-dewinter', text: 'Deventer', kind: 'variant' },
    ]);
  });

  it('classifies forms by the text locale', () => {
    expect(mentions('Wolodymyr Selenskyj in Kiew', 'de')).toEqual([
      { entity: 'volodymyr-zelenskyy', text: 'Wolodymyr Selenskyj', kind: 'canonical' },
      { entity: 'kyiv', text: 'Kiew', kind: 'canonical' },
    ]);
    expect(mentions('Wolodymyr Selenskyj in Kiew', 'en')).toEqual([
      { entity: 'volodymyr-zelenskyy', text: 'Wolodymyr Selenskyj', kind: 'other-locale' },
    ]);
    // Another locale's one-word place name counts once the document has named the place (it may be a word here).
    expect(mentions('Kyiv again: Wolodymyr Selenskyj in Kiew', 'en')).toEqual([
      { entity: 'kyiv', text: 'Kyiv', kind: 'canonical' },
      { entity: 'volodymyr-zelenskyy', text: 'Wolodymyr Selenskyj', kind: 'other-locale' },
      { entity: 'kyiv', text: 'Kiew', kind: 'other-locale' },
    ]);
    // … except the English form, which machine translation leaves behind.
    expect(mentions('Selenskyj besuchte Kyiv.', 'de')).toEqual([
      { entity: 'volodymyr-zelenskyy', text: 'Selenskyj', kind: 'short' },
      { entity: 'kyiv', text: 'Kyiv', kind: 'other-locale' },
    ]);
    expect(mentions('Kiev', 'en')).toEqual([{ entity: 'kyiv', text: 'Kiev', kind: 'variant' }]);
  });

  it("leaves another locale's form alone when it runs into a longer unknown name", () => {
    expect(mentions('Kyiv, again. They drove down Kijów Street to Kiew.', 'en')).toEqual([
      { entity: 'kyiv', text: 'Kyiv', kind: 'canonical' },
      { entity: 'kyiv', text: 'Kiew', kind: 'other-locale' },
    ]);
  });

  it('recognises inflected forms in Russian and Polish as the right entity', () => {
    expect(mentions('Кулеба встретился с Жозепом Боррелем в Брюсселе.', 'ru')).toEqual([
      { entity: 'josep-borrell', text: 'Жозепом Боррелем', kind: 'inflected' },
    ]);
    expect(mentions('Doradcy Wołodymyra Zełenskiego przyjechali do Kijowa.', 'pl')).toEqual([
      { entity: 'volodymyr-zelenskyy', text: 'Wołodymyra Zełenskiego', kind: 'inflected' },
      { entity: 'kyiv', text: 'Kijowa', kind: 'inflected' },
    ]);
  });

  it('takes a place in the genitive after a capitalised word for its complement, not the end of a longer name', () => {
    // "Посол Киева" as "Банк России": the genitive place is named; a nominative after a capital stays a longer name.
    expect(mentions('Так, Посол Киева заявил.', 'ru')).toEqual([{ entity: 'kyiv', text: 'Киева', kind: 'inflected' }]);
    expect(mentions('Zdaniem Rady Kijowa nic się nie stało.', 'pl')).toEqual([{ entity: 'kyiv', text: 'Kijowa', kind: 'inflected' }]);
  });

  it('makes no longer name of a word in another script, nor of the first word of a quotation', () => {
    expect(mentions('Танки Leopard Києву передали.', 'uk')).toEqual([{ entity: 'kyiv', text: 'Києву', kind: 'inflected' }]);
    expect(mentions('Napisał: „Po Kijowie chodzi spokój.”', 'pl')).toEqual([{ entity: 'kyiv', text: 'Kijowie', kind: 'inflected' }]);
  });

  it('costs the same per word whatever the number of names: one trie lookup per word', () => {
    const index = fixtureIndex();
    expect(index.trie.maxWords).toBeLessThanOrEqual(8);
    expect(index.trie.root.has('borrell')).toBe(true);
    expect(index.trie.root.has('the')).toBe(false);
  });
});
