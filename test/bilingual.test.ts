import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { fixUntilStable } from '../src/cli/commands/fix.ts';
import { escapeReplacement } from '../src/formats/bilingual/index.ts';
import { formatFor, readDocument } from '../src/formats/index.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const index = buildNameIndex(loadGlossary());
const FIXTURES = new URL('./fixtures/bilingual/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const check = (name: string, text = fixture(name), extra: { skipStates?: string[]; locale?: string } = {}) =>
  analyse(text, { index, format: formatFor(name), detectAmong: index.locales, ...extra });

/** Every byte outside the applied fixes' spans is the input's: the output is the input with exactly those spans replaced. */
function expectOnlyFixedSpansChanged(input: string, name: string): string {
  const fixed = fixUntilStable(input, (text) => check(name, text).diagnostics);
  expect(fixed.output).not.toBe(input);
  // Rebuild the output from the first pass's applied fixes; later passes work on their own output, so compare by
  // removing each replaced span from both sides in order.
  let rebuilt = '';
  let cursor = 0;
  const spans = fixed.applied.filter((d) => d.fix).map((d) => d.fix!).sort((a, b) => a.offset - b.offset);
  const chosen: typeof spans = [];
  for (const f of spans) if (!chosen.length || f.offset >= chosen[chosen.length - 1]!.offset + chosen[chosen.length - 1]!.length) chosen.push(f);
  for (const f of chosen) {
    rebuilt += input.slice(cursor, f.offset) + f.text;
    cursor = f.offset + f.length;
  }
  rebuilt += input.slice(cursor);
  expect(fixed.passes).toBe(1);
  expect(rebuilt).toBe(fixed.output);
  return fixed.output;
}

describe('bilingual documents', () => {
  it('blank everything but the checked targets, keeping length and line breaks', () => {
    for (const name of ['news.de.po', 'news.en-de.xlf', 'news.en-de.v12.xlf', 'news.en-de.csv']) {
      const source = fixture(name);
      const doc = readDocument(source, formatFor(name));
      expect(doc.prose.length).toBe(source.length);
      expect(doc.prose.replace(/[^\n]/g, '')).toBe(source.replace(/[^\n]/g, ''));
      expect(doc.bilingual?.segments.length).toBeGreaterThan(0);
      // No markup, no source text, no PO keyword survives.
      expect(doc.prose).not.toMatch(/<|>|msgid|msgstr|Foreign Minister/);
    }
  });

  it('skip translate="no", obsolete and empty targets; skip the states asked for', () => {
    const xliff = readDocument(fixture('news.en-de.xlf'), 'xliff');
    expect(xliff.bilingual!.segments.map((s) => s.id)).toEqual(['u1', 'u2#s2', 'u2#s3', 'u4']);
    const po = readDocument(fixture('news.de.po'), 'po');
    expect(po.prose).not.toContain('Alte Schlagzeile');
    expect(po.bilingual!.segments.some((s) => s.source.startsWith('Untranslated'))).toBe(false);
    expect(po.bilingual!.segments.filter((s) => s.id.includes('[')).map((s) => s.source)).toEqual([
      "One comment on Ursula von der Leyen's speech",
      "%d comments on Ursula von der Leyen's speech",
    ]);
    const skipped = readDocument(fixture('news.en-de.xlf'), 'xliff', { skipStates: ['final', 'Reviewed'] });
    expect(skipped.bilingual!.segments.map((s) => s.id)).toEqual(['u1', 'u4']);
    expect(skipped.prose).not.toContain('Yurova');
    expect(readDocument(fixture('news.de.po'), 'po', { skipStates: ['fuzzy'] }).prose).not.toContain('Jourova');
  });

  it('check the target side in the file’s target locale, with positions in the file', () => {
    const result = check('news.en-de.xlf', undefined, { locale: 'fr' });
    expect(result.locale).toBe('de');
    const lavrov = result.diagnostics.find((d) => d.ruleId === 'locale-form')!;
    expect(lavrov).toMatchObject({ line: 13, column: 76, found: 'Sergey Lavrov', expected: 'Sergei Lawrow' });
    expect(result.diagnostics.some((d) => d.line === 39)).toBe(false); // translate="no"
    const po = check('news.de.po');
    expect(po.locale).toBe('de');
    expect(po.diagnostics.find((d) => d.ruleId === 'known-variant')).toMatchObject({ line: 43, column: 39, found: 'Vera Yurova' });
  });

  it('take the locale from --locale when the file declares none (TSV with source/target columns)', () => {
    const tsv = check('news.tsv', undefined, { locale: 'de' });
    expect(tsv.locale).toBe('de');
    expect(tsv.diagnostics.filter((d) => d.ruleId === 'name-mismatch').map((d) => [d.line, d.entity])).toEqual([[3, 'olaf-scholz']]);
  });

  it('write fixes as the format writes text: XML references, PO escapes', () => {
    const xml = '<xliff version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u"><segment><source>Sergey Lavrov</source><target>Sergey Lavrov</target></segment></unit></file></xliff>';
    const d = check('x.xlf', xml).diagnostics.find((x) => x.fix);
    // Only the letters that differ are replaced (as in HTML); the target then reads right.
    expect(xml.slice(0, d!.fix!.offset) + d!.fix!.text + xml.slice(d!.fix!.offset + d!.fix!.length)).toContain('<target>Sergei Lawrow</target>');
    expect(escapeReplacement('xliff', 'AT&T <b>')).toBe('AT&amp;T &lt;b>');
    expect(escapeReplacement('po', 'Radio "Liberty" \\')).toBe('Radio \\"Liberty\\" \\\\');
    expect(escapeReplacement('csv', 'Smith, John')).toBeUndefined();
    expect(escapeReplacement('tsv', 'Smith, John')).toBe('Smith, John');
  });
});

describe('fix on bilingual files', () => {
  it('PO (header, plurals, fuzzy, obsolete, continued msgstr): only the fixed spans change, and the result still parses the same elsewhere', () => {
    const input = fixture('news.de.po');
    const output = expectOnlyFixedSpansChanged(input, 'news.de.po');
    expect(output).toContain('msgstr "Außenminister Sergei Lawrow trifft in Berlin ein"');
    expect(output).toContain('msgstr[1] "%d Kommentare zur Rede von Věra Jourová"');
    expect(output).toContain('#~ msgstr "Alte Schlagzeile über Kiev"'); // obsolete: never touched
    expect(output.split('\n').length).toBe(input.split('\n').length);
  });

  it('XLIFF 2.0 (inline codes, notes, translate="no"): only the fixed spans change', () => {
    const output = expectOnlyFixedSpansChanged(fixture('news.en-de.xlf'), 'news.en-de.xlf');
    expect(output).toContain('<pc id="1" dataRefStart="d1" dataRefEnd="d2">Sergei Lawrow</pc>');
    expect(output).toContain('<target>Sergey Lavrov</target>'); // translate="no" unit
    expect(output).toContain('<source>Foreign Minister <pc id="1" dataRefStart="d1" dataRefEnd="d2">Sergey Lavrov</pc>');
  });

  it('XLIFF 1.2 (<g>, <x/>, alt-trans, <ph> native code): only the fixed spans change', () => {
    const output = expectOnlyFixedSpansChanged(fixture('news.en-de.v12.xlf'), 'news.en-de.v12.xlf');
    expect(output).toContain('<g id="1" ctype="bold">Sergei Lawrow</g> ist eingetroffen.<x id="2" ctype="lb"/>');
    expect(output).toContain('<target>Außenminister Sergey Lavrov reiste ab.</target>'); // alt-trans
    expect(output).toContain('alt="Sergey Lavrov"'); // native code
  });

  it('the CLI writes the file back byte-identical outside the fixes, and --skip-state is honoured', () => {
    const dir = newTempDir('canonym-bilingual-');
    const file = join(dir, 'news.de.po');
    copyFileSync(new URL('news.de.po', FIXTURES), file);
    const before = readFileSync(file);
    // Exit 1: the missing names (name-mismatch) have no fix.
    expect(spawnSync('npx', ['tsx', 'src/cli/main.ts', 'fix', '--write', file], { encoding: 'utf8' }).status).toBe(1);
    const after = readFileSync(file);
    expect(after.equals(before)).toBe(false);
    const expected = fixUntilStable(before.toString('utf8'), (text) => check('news.de.po', text).diagnostics).output;
    expect(after.toString('utf8')).toBe(expected);
    const skipped = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check', '--format', 'json', '--skip-state', 'fuzzy', join(new URL('.', FIXTURES).pathname, 'news.de.po')], { encoding: 'utf8' });
    expect(skipped.status).toBe(1);
    const diagnostics = JSON.parse(skipped.stdout)[0].diagnostics as Array<{ found: string }>;
    expect(diagnostics.some((d) => d.found === 'Vera Jourova')).toBe(false);
    expect(diagnostics.some((d) => d.found === 'Vera Yurova')).toBe(true);
  }, 240_000);

  it('a broken file is refused with its name, line and column (exit 2)', () => {
    const dir = newTempDir('canonym-bilingual-');
    const file = join(dir, 'broken.xlf');
    writeFileSync(file, '<xliff version="2.0">\n<file><unit></file></xliff>');
    const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check', file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}:2:13: </file> closes <unit>`);
  }, 240_000);
});

describe('XLIFF inline codes read as nothing, as inline markup in HTML', () => {
  const x2 = (target: string) => `<xliff version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u"><segment><source>Sergey Lavrov and Vera Yurova spoke.</source><target>${target}</target></segment></unit></file></xliff>`;
  const x12 = (target: string) => `<xliff version="1.2"><file source-language="en" target-language="de" original="a" datatype="plaintext"><body><trans-unit id="1"><source>Sergey Lavrov and Vera Yurova spoke.</source><target>${target}</target></trans-unit></body></file></xliff>`;
  const found = (xml: string) => check('x.xlf', xml).diagnostics.map((d) => [d.ruleId, d.found, d.fix ? `${xml.slice(d.fix.offset, d.fix.offset + d.fix.length)}→${d.fix.text}` : null]);

  it('2.0 <pc> between the words: one name; a fix that would cross the tag is withheld', () => {
    const xml = x2('Sergey <pc id="1">Lavrov</pc> und Vera <pc id="2">Yurova</pc> sprachen.');
    expect(found(xml)).toContainEqual(['known-variant', 'Vera <pc id="2">Yurova', null]);
    expect(fixUntilStable(xml, (t) => check('x.xlf', t).diagnostics).output).toBe(xml);
  });

  it('2.0 <ph/> inside a word and 1.2 <g>, <x/> between words: one name, fixed letter by letter outside the tags', () => {
    const xml = x2('Věra Jour<ph id="2"/>ova sprach.');
    expect(found(xml)).toContainEqual(['exact-form', 'Věra Jour<ph id="2"/>ova', 'a→á']);
    expect(fixUntilStable(xml, (t) => check('x.xlf', t).diagnostics).output).toBe(xml.replace('<ph id="2"/>ova', '<ph id="2"/>ová'));
    const old = x12('<g id="1">Sergey</g> <x id="2"/>Lawrow und Vera <g id="3">Jourová</g> sprachen.');
    const diagnostics = found(old);
    expect(diagnostics).toContainEqual(['exact-form', 'Vera <g id="3">Jourová', 'e→ě']);
    expect(diagnostics.some(([, f]) => f === 'Sergey</g> <x id="2"/>Lawrow')).toBe(true);
    expect(fixUntilStable(old, (t) => check('x.xlf', t).diagnostics).output).toBe(old.replace('Vera <g', 'Věra <g'));
  });
});
