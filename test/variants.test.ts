import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { generateVariants } from '../src/variants/generate.ts';

const glossary = loadGlossary();
const index = buildNameIndex(glossary);
const forms = (id: string) => generateVariants(glossary.entities.get(id)!).map((v) => v.form);

describe('the variant generator on the shipped glossary', () => {
  it('makes the round-trip spellings that translated news contains', () => {
    expect(forms('vera-jourova')).toEqual(expect.arrayContaining(['Yurova', 'Iurova', 'Yourova']));
    expect(forms('josep-borrell')).toEqual(expect.arrayContaining(['Borel', 'Borrel', 'Zhozep Borrel']));
    expect(forms('filip-dewinter')).toEqual(expect.arrayContaining(['Devinter']));
    expect(forms('ursula-von-der-leyen')).toEqual(expect.arrayContaining(['Lyayen', 'Liaien']));
    expect(forms('olaf-scholz')).toEqual(expect.arrayContaining(['Sholts']));
    expect(forms('volodymyr-zelenskyy')).toEqual(expect.arrayContaining(['Zelenskiy', 'Zelenskyi', 'Zelenskij']));
  });

  it('records the path that made each spelling', () => {
    const iurova = generateVariants(glossary.entities.get('vera-jourova')!).find((v) => v.form === 'Iurova')!;
    expect(iurova.paths).toContain('ru (media) → ru-icao');
  });

  it('never makes a canonical form of the entity itself', () => {
    for (const id of ['sergey-lavrov', 'kyiv', 'josep-borrell']) {
      const entity = glossary.entities.get(id)!;
      const canonical = new Set(Object.values(entity.names).flat());
      expect(forms(id).filter((f) => canonical.has(f))).toEqual([]);
    }
  });

  it('lets check report spellings nobody listed', () => {
    const found = (text: string) => checkText(text, { locale: 'en', index }).diagnostics.map((d) => `${d.ruleId}: ${d.found} → ${d.expected}`);
    expect(found('EU envoy Zhozep Borrel arrived in Kyiv.')).toEqual(['transliteration-variant: Zhozep Borrel → Josep Borrell']);
    expect(found('Commissioner Vera Iourova answered.')).toEqual(['transliteration-variant: Vera Iourova → Věra Jourová']);
    expect(found('Commissioner Vera Iurova answered.')).toEqual(['known-variant: Vera Iurova → Věra Jourová']);
  });

  it('leaves out generated spellings that belong to another entity or are common words, and says so', () => {
    for (const c of index.collisions) {
      if (c.owner) expect(c.owner.id).not.toBe(c.entity.id);
    }
    expect(index.collisions.length).toBeGreaterThan(0);
  });
});

describe('an admitted spelling of a whole name', () => {
  const found = (locale: string, text: string) => checkText(text, { locale, index }).diagnostics.map((d) => `${d.ruleId}: ${d.found} → ${d.expected}`);
  it('admits its surname alone where it is admitted, and makes it wrong where it is not', () => {
    // "Valery Zaluzhny" is admitted in English (Reuters, BBC): so is "Zaluzhny" after it, or alone.
    expect(found('en', 'Zaluzhny said the front line was holding. General Zaluzhny later met the minister.')).toEqual([]);
    expect(found('de', 'Zaluzhny sagte, die Front halte.')).toEqual(['known-variant: Zaluzhny → Saluschnyj']);
  });
});
