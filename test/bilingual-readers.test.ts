import { readFileSync } from 'node:fs';
import { po as gettextPo, type GetTextTranslation } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { BilingualSyntaxError, readBilingualCsv, readPo, readXliff, type UnitString } from '../src/formats/bilingual/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/bilingual/${name}`, import.meta.url), 'utf8');

/** The file's text at a string's prose ranges, joined. */
const proseOf = (text: string, s: UnitString) => s.prose.map(([a, b]) => text.slice(a, b)).join('');

describe('readPo', () => {
  const text = fixture('news.de.po');
  const po = readPo(text);

  it('reads the header, and the language from it', () => {
    expect(po.targetLanguage).toBe('de');
    expect(po.header?.['Plural-Forms']).toBe('nplurals=2; plural=(n != 1);');
    expect(po.units.some((u) => u.source.text === '')).toBe(false);
  });

  it('decodes every msgid and msgstr as gettext-parser does (context, plurals, escapes, continuation lines, obsolete)', () => {
    const parsed = gettextPo.parse(text);
    const expected: Array<[string, string[]]> = [];
    for (const [context, messages] of Object.entries(parsed.translations)) {
      for (const [id, m] of Object.entries(messages as Record<string, GetTextTranslation>)) if (id !== '') expected.push([context ? `${context}\u0004${id}` : id, m.msgstr]);
    }
    for (const [context, messages] of Object.entries(parsed.obsolete ?? {})) {
      for (const [id, m] of Object.entries(messages as Record<string, GetTextTranslation>)) expected.push([context ? `${context}\u0004${id}` : id, m.msgstr]);
    }
    const got = po.units.map((u) => [u.key, u.targets.map((t) => t.text)]);
    expect(got.sort()).toEqual(expected.sort());
  });

  it('marks fuzzy and obsolete entries and numbers plural forms', () => {
    const fuzzy = po.units.find((u) => u.source.text.startsWith('Věra'))!;
    expect(fuzzy.fuzzy).toBe(true);
    expect(fuzzy.state).toBe('fuzzy');
    const obsolete = po.units.find((u) => u.source.text.startsWith('Old headline'))!;
    expect(obsolete.obsolete).toBe(true);
    expect(obsolete.flags).toContain('obsolete');
    const plural = po.units.find((u) => u.sourcePlural)!;
    expect(plural.sourcePlural!.text).toBe("%d comments on Ursula von der Leyen's speech");
    expect(plural.targets.map((t) => t.plural)).toEqual([0, 1]);
    expect(po.units.find((u) => u.source.text.startsWith('Untranslated'))!.state).toBe('untranslated');
  });

  it('gives the place of each msgstr content, on its first non-empty line for a continued string', () => {
    const zelensky = po.units.find((u) => u.source.text.startsWith('Volodymyr'))!.targets[0]!;
    expect(zelensky.position).toMatchObject({ line: 36, column: 2 });
    expect(text.slice(zelensky.position.offset)).toMatch(/^Wolodymyr Selenskyj dankte/);
    const plural1 = po.units.find((u) => u.sourcePlural)!.targets[1]!;
    expect(text.slice(plural1.start, plural1.end)).toBe('%d Kommentare zur Rede von Vera Yurova');
    expect(plural1.position).toMatchObject({ line: 43, column: 12 });
  });

  it('leaves escapes out of the prose ranges', () => {
    const quoted = po.units.find((u) => u.source.text.startsWith('Olaf Scholz said'))!.targets[0]!;
    expect(quoted.text).toBe('Olaf Scholz sagte "nein", und Sergei Lawrow schwieg.');
    expect(proseOf(text, quoted)).toBe('Olaf Scholz sagte nein, und Sergei Lawrow schwieg.');
    const multi = po.units.find((u) => u.source.text.startsWith('Volodymyr'))!.targets[0]!;
    expect(proseOf(text, multi)).not.toContain('\\n');
  });

  it('refuses a broken file with line and column', () => {
    expect(() => readPo('msgid "a"\nmsgstr "b\n')).toThrow(BilingualSyntaxError);
    expect(() => readPo('msgid "a"\nmsgstr "b"\n"c\n')).toThrow(/^3:1: unterminated/);
    expect(() => readPo('msgid "a"\nmsgstr "b\\q"\n')).toThrow(/^2:10: unknown escape/);
  });
});

describe('readXliff 2.0', () => {
  const text = fixture('news.en-de.xlf');
  const xliff = readXliff(text);

  it('reads version and languages from the root', () => {
    expect(xliff).toMatchObject({ version: '2.0', sourceLanguage: 'en-US', targetLanguage: 'de-DE' });
  });

  it('lists one unit per segment, with states and translate="no", and no ignorable or note as a unit', () => {
    expect(xliff.units.map((u) => [u.id, u.state, u.translate])).toEqual([
      ['u1', 'translated', true],
      ['u2#s2', 'reviewed', true],
      ['u2#s3', 'final', true],
      ['u3', 'initial', false],
      ['u4', 'translated', true],
    ]);
  });

  it('keeps text inside <pc>, leaves <ph/> and originalData out, resolves character references', () => {
    const [u1, u2, u3, , u4] = xliff.units;
    expect(u1!.targets[0]!.text).toBe('Außenminister Sergey Lavrov traf in Berlin ein.');
    expect(u2!.source.text).toBe('Josep Borrell met Volodymyr Zelenskyy in Kyiv.');
    expect(u3!.targets[0]!.text).toBe('Vera Yurova & Olaf Scholz sprachen später.');
    expect(u4!.source.text).toBe('Ursula von der Leyen\u2019s office confirmed it.');
    expect(u4!.targets[0]!.text).toBe('Das Büro von Ursula\u00a0von\u00a0der\u00a0Leyen bestätigte es; auch Sergey Lavrov.');
  });

  it('gives content ranges whose prose is the file text outside tags and references', () => {
    for (const u of xliff.units) {
      const t = u.targets[0]!;
      const raw = text.slice(t.start, t.end);
      expect(raw).not.toMatch(/^\s*<target/);
      for (const [a, b] of t.prose) {
        expect(a >= t.start && b <= t.end).toBe(true);
        expect(text.slice(a, b)).not.toMatch(/[<>&]/);
      }
    }
    const u1 = xliff.units[0]!.targets[0]!;
    expect(proseOf(text, u1)).toBe('Außenminister Sergey Lavrov traf in Berlin ein.');
    expect(u1.position).toMatchObject({ line: 13, column: 17 });
  });

  it('refuses a file that does not nest, with line and column', () => {
    expect(() => readXliff('<xliff version="2.0">\n  <file><unit></file>\n</xliff>')).toThrow(/^2:15: <\/file> closes <unit>/);
    expect(() => readXliff('<html><body/></html>')).toThrow(/not an XLIFF file/);
  });
});

describe('readXliff 1.2', () => {
  const text = fixture('news.en-de.v12.xlf');
  const xliff = readXliff(text);

  it('reads languages from <file>, states from <target>, and skips alt-trans targets', () => {
    expect(xliff).toMatchObject({ version: '1.2', sourceLanguage: 'en-US', targetLanguage: 'de-DE' });
    expect(xliff.units.map((u) => [u.id, u.state ?? null, u.translate, u.targets.length])).toEqual([
      ['1', 'translated', true, 1],
      ['2', 'signed-off', true, 1],
      ['3', null, false, 1],
      ['4', 'needs-review-translation', true, 1],
    ]);
    expect(xliff.units[0]!.targets[0]!.text).toBe('Außenminister Sergey Lavrov ist eingetroffen.');
  });

  it('keeps <g> text and leaves the native code of <bpt>, <ept>, <ph> out', () => {
    expect(xliff.units[1]!.targets[0]!.text).toBe('Er sprach in Kiew.');
    const u4 = xliff.units[3]!.targets[0]!;
    expect(u4.text).toBe('Olaf Scholz  sagte nein.');
    expect(proseOf(text, u4)).not.toContain('Lavrov');
  });
});

describe('readBilingualCsv', () => {
  it('takes locale-named columns as source and target, an id column as the row name, and RFC 4180 quoting', () => {
    const text = fixture('news.en-de.csv');
    const csv = readBilingualCsv(text);
    expect(csv).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'de' });
    expect(csv.units.map((u) => u.id)).toEqual(['h1', 'h2', 'h3', 'h4']);
    const h3 = csv.units[2]!.targets[0]!;
    expect(h3.text).toBe('Er sagte zweimal "Kiew".');
    expect(proseOf(text, h3)).toBe('Er sagte zweimal "Kiew".');
    expect(h3.prose.length).toBe(3);
    expect(csv.units[3]!.targets[0]!.text).toBe('Zwei Zeilen\nüber Olaf Scholz');
  });

  it('reads source/target columns with a locale in brackets, and TSV', () => {
    const csv = readBilingualCsv('key,source (en),target [pl]\nk1,Kyiv,Kijów\n');
    expect(csv).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'pl' });
    expect(csv.units[0]).toMatchObject({ id: 'k1', source: { text: 'Kyiv' } });
    const tsv = readBilingualCsv(fixture('news.tsv'), '\t');
    expect(tsv.targetLanguage).toBeUndefined();
    expect(tsv.units.map((u) => u.targets[0]!.text)).toEqual(['Josep Borrell sprach.', 'Selenski dankte ihm.']);
  });

  it('refuses a file without source and target columns, and an unterminated quote', () => {
    expect(() => readBilingualCsv('id,text\n1,Kyiv\n')).toThrow(/header row/);
    expect(() => readBilingualCsv('en,de\n"Kyiv,Kiew\n')).toThrow(/^2:1: unterminated/);
  });
});
