import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { keyDistance } from '../src/fuzzy/distance.ts';
import { nameKey } from '../src/fuzzy/key.ts';
import { DeleteIndex } from '../src/fuzzy/symspell.ts';
import { fixtureIndex } from './helpers.ts';

describe('nameKey', () => {
  it('puts the spellings of one name on one key across languages and scripts', () => {
    const same = (...words: string[]) => expect(new Set(words.map(nameKey)).size, words.join(' / ')).toBe(1);
    same('Zelenskyy', 'Zelenskiy', 'Zelensky', 'Zełenski', 'Зеленский', 'Зеленський');
    same('Kuznetsov', 'Kuznetzov', 'Кузнецов');
    same('Scholz', 'Sholts', 'Шольц');
    same('Shoigu', 'Schoigu', 'Szojgu', 'Sjojgoe');
    same('Jourová', 'Yurova');
    same('Philip', 'Filip');
    same('Borrell', 'Borel');
    same('Lavrov', 'Lawrow', 'Ławrow');
  });
  it('keeps different names apart', () => {
    expect(nameKey('Dewinter')).not.toBe(nameKey('Deventer'));
    expect(nameKey('Lavrov')).not.toBe(nameKey('Lavrentiev'));
  });
});

describe('keyDistance', () => {
  it('charges half for letters spellings swap and stops at the bound', () => {
    expect(keyDistance('devinter', 'deventer', 2)).toBe(0.5);
    expect(keyDistance('gadafi', 'kadafi', 2)).toBe(0.5);
    expect(keyDistance(nameKey('Borrelll'), nameKey('Borel'), 1)).toBe(0);
    expect(keyDistance('lavrov', 'peskov', 2)).toBe(Infinity);
  });
});

describe('DeleteIndex', () => {
  it('finds keys within one or two edits without scanning', () => {
    const index = new DeleteIndex<string>();
    for (const key of ['devinter', 'deventer', 'kuleba', 'lavrov']) index.add(key, key.toUpperCase());
    expect(index.candidates('devintr').map((c) => c.key).sort()).toEqual(['devinter']);
    expect(index.candidates('lavrof').map((c) => c.key)).toEqual(['lavrov']);
    expect(index.candidates('zwolle')).toEqual([]);
  });
});

describe('suspected variants in context', () => {
  const suspects = (text: string, locale = 'en') =>
    checkText(text, { locale, index: fixtureIndex() }).diagnostics.filter((d) => d.ruleId === 'suspected-variant').map((d) => `${d.found} → ${d.expected}`);

  it('finds a full name whose every word is close, and the same surname alone afterwards', () => {
    // "Phillip Deventerr" is listed nowhere; the city Deventer is a right name, yet two words agree with Filip Dewinter.
    expect(suspects('Vlaams Belang MP Phillip Deventerr posted a photo. Deventerr added that it was about peace.'))
      .toEqual(['Phillip Deventerr → Filip Dewinter', 'Deventerr → Dewinter']);
  });
  it('says nothing on a right name of another entity, a homonym, or a lone look-alike without context', () => {
    expect(suspects('The train from Deventer to Zwolle was late.')).toEqual([]);
    expect(suspects('The Borel–Cantelli lemma is a classic.')).toEqual([]);
    expect(suspects('Borrelll is a word nobody uses.')).toEqual([]);
  });
  it('uses the document: a surname alone is suspected once the entity is named', () => {
    expect(suspects('Josep Borrell arrived. Later Borrelll said the EU would respond.')).toEqual(['Borrelll → Borrell']);
  });
  it('gives a fix only above the threshold the user sets', () => {
    const text = 'Vlaams Belang MP Phillip Deventerr posted a photo.';
    const plain = checkText(text, { locale: 'en', index: fixtureIndex() }).diagnostics.find((d) => d.ruleId === 'suspected-variant')!;
    expect(plain.fix).toBeNull();
    const fixing = checkText(text, { locale: 'en', index: fixtureIndex(), fixSuspectsAbove: 0.9 }).diagnostics.find((d) => d.ruleId === 'suspected-variant')!;
    expect(fixing.fix?.text).toBe('Filip Dewinter');
  });
});

describe('the seed case without the listed variant', () => {
  it('still reports "Philip Deventer" as Filip Dewinter, and the later "Deventer" too', async () => {
    const { loadGlossary } = await import('../src/glossary/load.ts');
    const { buildNameIndex } = await import('../src/match/name-index.ts');
    const { fixture } = await import('./fixtures.ts');
    const glossary = loadGlossary({ withoutShipped: true, layers: [fixture('glossary')] });
    glossary.entities.get('filip-dewinter')!.variants = [];
    const index = buildNameIndex(glossary);
    const text = 'One of the leaders of Vlaams Belang, Philip Deventer, shared a photo. The message is about neutrality, Deventer added.';
    const found = checkText(text, { locale: 'en', index }).diagnostics.map((d) => `${d.ruleId}: ${d.found} → ${d.expected}`);
    expect(found).toEqual(['suspected-variant: Philip Deventer → Filip Dewinter', 'suspected-variant: Deventer → Dewinter']);
  });
});
