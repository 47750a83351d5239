import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../src/glossary/errors.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { isWrongIn } from '../src/glossary/model.ts';
import { parseGlossaryFile } from '../src/glossary/parse.ts';
import { fixture } from './fixtures.ts';

function problemsOf(path: string): string[] {
  try {
    loadGlossary({ withoutShipped: true, layers: [fixture(path)] });
  } catch (error) {
    if (error instanceof GlossaryError) return error.problems.map((p) => `${p.place.line}:${p.place.column} ${p.message}`);
    throw error;
  }
  return [];
}

describe('glossary loading', () => {
  it('reads the fixture glossary with per-locale forms as lists', () => {
    const g = loadGlossary({ withoutShipped: true, layers: [fixture('glossary')] });
    expect(g.entities.get('kyiv')?.names.de).toEqual(['Kiew']);
    expect(g.entities.get('josep-borrell')?.variants.map((v) => v.form)).toEqual(['Borel', 'Borrel', 'Josep Borel', 'Борель']);
  });

  it('points a YAML syntax error at its line', () => {
    const problems = problemsOf('broken/syntax.yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^5:1 YAML: Flow map .* must be sufficiently indented and end with a }/);
  });

  it('rejects an unknown locale code at the line of the form', () => {
    expect(problemsOf('broken/unknown-locale.yaml')).toEqual(['1:3 kyiv: unknown locale code "xx" in names (use a BCP 47 language code such as en, de, uk)']);
  });

  it('rejects a duplicate id at the second definition, naming the first', () => {
    const [problem] = problemsOf('broken/duplicate-id.yaml');
    expect(problem).toMatch(/^5:7 duplicate id "kyiv" \(first defined at .*duplicate-id\.yaml:1\)/);
  });

  it('rejects a variant claimed by two entities', () => {
    const [problem] = problemsOf('broken/shared-variant.yaml');
    expect(problem).toMatch(/^10:14 emile-borel-misfiled: variant "Borel" is also claimed by josep-borrell/);
  });

  it('rejects a canonical form listed as a variant of itself', () => {
    expect(problemsOf('broken/self-variant.yaml')).toEqual(['6:7 kyiv: "Kiew" is the canonical form in de and also listed as a variant wrong in de']);
  });

  it('rejects an unknown field with its name', () => {
    expect(problemsOf('broken/unknown-field.yaml')).toEqual(['1:3 unknown field "spelling"']);
  });

  it('requires a list at the top of a file', () => {
    const parsed = parseGlossaryFile('x.yaml', 'id: kyiv\n');
    expect(parsed.problems[0]?.message).toMatch(/YAML list of entities/);
  });

  it('lets a house-style layer override a canonical form, demoting the old one to a variant', () => {
    const g = loadGlossary({ withoutShipped: true, layers: [fixture('glossary'), fixture('house-style')] });
    const kyiv = g.entities.get('kyiv')!;
    expect(kyiv.names.en).toEqual(['Kiev']);
    expect(kyiv.names.de).toEqual(['Kiew']);
    const old = kyiv.variants.find((v) => v.form === 'Kyiv')!;
    expect(isWrongIn(kyiv, old, 'en')).toBe(true);
    expect(isWrongIn(kyiv, old, 'fr')).toBe(false);
    // The shipped "Kiev is wrong in en" no longer holds in this house style.
    const kiev = kyiv.variants.find((v) => v.form === 'Kiev');
    expect(kiev === undefined || !isWrongIn(kyiv, kiev, 'en')).toBe(true);
  });

  it('refuses a new entity in a layer that lacks required fields', () => {
    const parsed = parseGlossaryFile('layer.yaml', '- id: new-thing\n  names: { en: New Thing }\n');
    expect(parsed.problems).toEqual([]);
    try {
      loadGlossary({ withoutShipped: true, layers: [fixture('house-style')] });
      expect.unreachable();
    } catch (error) {
      expect((error as GlossaryError).problems[0]?.message).toMatch(/entity "kyiv" is new here and lacks type, description/);
    }
  });
});
