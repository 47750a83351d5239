import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkText } from '../src/check.ts';
import { outputName, parseTargets, runLocalize } from '../src/cli/commands/localize.ts';
import { Workspace } from '../src/cli/workspace.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { localize, type LocalizedText } from '../src/localize/localize.ts';
import { matchCase } from '../src/localize/case.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { fixture } from './fixtures.ts';
import { captureOutput, type CapturedOutput, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

let shipped: NameIndex | undefined;
/** The shipped glossary: the names asserted below are product facts (Selenskyj, Zełenski, Зеленский). */
const index = () => (shipped ??= buildNameIndex(loadGlossary({})));

const article = readFileSync(fixture('localize/eu-ukraine.en.txt'), 'utf8');
const TARGETS = ['de', 'fr', 'pl', 'ru', 'uk', 'bg'];

/** The source rebuilt from a version by putting every found name back: proves nothing else changed. */
function unlocalize(version: LocalizedText, source: string): string {
  let out = '';
  let cursor = 0;
  let at = 0;
  for (const n of version.names) {
    const gap = source.slice(cursor, n.start);
    const next = version.text.indexOf(n.written, at);
    expect(version.text.slice(at, next)).toBe(gap);
    out += gap + n.found;
    at = next + n.written.length;
    cursor = n.end;
  }
  expect(version.text.slice(at)).toBe(source.slice(cursor));
  return out + source.slice(cursor);
}

describe('localize: an English article in six locales', () => {
  const versions = () => Object.fromEntries(localize(article, { from: 'en', to: TARGETS, index: index() }).map((v) => [v.locale, v]));

  it('writes each locale\'s spelling of every name', () => {
    const v = versions();
    expect(v.de!.text).toContain('a video call with Wolodymyr Selenskyj and Dmytro Kuleba');
    expect(v.de!.text).toContain('Selenskyj thanked Ursula von der Leyen');
    expect(v.de!.text).toContain('In Moskau, Sergei Lawrow dismissed the plan. Lawrow said');
    expect(v.de!.text).toContain('strikes on Charkiw and Odessa');
    expect(v.fr!.text).toContain('Volodymyr Zelensky and Dmytro Kouleba');
    expect(v.fr!.text).toContain('who visited Kiev in April');
    expect(v.pl!.text).toContain('Wołodymyr Zełenski and Dmytro Kułeba');
    expect(v.pl!.text).toContain('Zełenski thanked');
    expect(v.pl!.text).toContain('Siergiej Ławrow dismissed');
    expect(v.pl!.text).toContain('who visited Kijów in April');
    expect(v.ru!.text).toContain('Жозеп Боррель said on Monday');
    expect(v.ru!.text).toContain('Владимир Зеленский and Дмитрий Кулеба');
    expect(v.ru!.text).toContain('Зеленский thanked Урсула фон дер Ляйен');
    expect(v.ru!.text).toContain('strikes on Харьков and Одесса');
    expect(v.uk!.text).toContain('Володимир Зеленський and Дмитро Кулеба');
    expect(v.uk!.text).toContain('who visited Київ in April');
    expect(v.bg!.text).toContain('Жозеп Борел said on Monday');
    expect(v.bg!.text).toContain('Володимир Зеленски and Дмитро Кулеба');
    expect(v.bg!.text).toContain('Кая Калас, who is expected to succeed Борел');
  });

  it('keeps case patterns: all caps stays all caps, a capitalised "von der Leyen" keeps its capital', () => {
    const v = versions();
    expect(v.de!.text).toMatch(/^BRÜSSEL — The Europäische Union/m);
    expect(v.ru!.text).toMatch(/^БРЮССЕЛЬ — /m);
    expect(v.ru!.text).toContain('the decision. Фон дер Ляйен, who visited Киев');
    expect(v.de!.text).toContain('the decision. Von der Leyen, who visited Kiew');
    expect(matchCase('BOREL', 'Borrell', 'Borel')).toBe('BORRELL');
    expect(matchCase('NATO', 'OTAN', 'NATO')).toBe('OTAN');
  });

  it('changes nothing but the names', () => {
    for (const v of Object.values(versions())) expect(unlocalize(v, article)).toBe(article);
  });

  it('gives each version a clean check in its own locale', () => {
    for (const v of Object.values(versions())) {
      const errors = checkText(v.text, { locale: v.locale, index: index() }).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${v.locale}: ${d.message}`)).toEqual([]);
      expect(v.kept).toEqual([]);
    }
  });

  it('reports the names written in the nominative where English does not show the case', () => {
    const v = versions();
    expect(v.de!.names.filter((n) => n.nominative)).toEqual([]);
    expect(v.bg!.names.filter((n) => n.nominative)).toEqual([]); // Bulgarian names do not decline
    const ru = v.ru!.names;
    const zelenskyy = ru.find((n) => n.found === 'Volodymyr Zelenskyy')!;
    expect(zelenskyy).toMatchObject({ written: 'Владимир Зеленский', grammaticalCase: 'nominative', nominative: 'case-unknown' });
    // An organisation's name declines like any noun phrase, and English does not show the case either.
    expect(ru.find((n) => n.found === 'European Commission')).toMatchObject({ written: 'Европейская комиссия', nominative: 'case-unknown' });
    // A name that does not decline (фон дер Ляйен, НАТО) is right in every case: nothing to report.
    expect(ru.find((n) => n.found === 'NATO')!.nominative).toBeUndefined();
    expect(ru.find((n) => n.found === 'Von der Leyen')!.nominative).toBeUndefined();
  });
});

describe('localize: grammatical case', () => {
  const one = (text: string, from: string, to: string) => localize(text, { from, to: [to], index: index() })[0]!;

  it('follows the case of a Polish source into Russian, Ukrainian and Czech', () => {
    const text = 'Rozmowa z Wołodymyrem Zełenskim trwała godzinę. Wizyta Zełenskiego w Kijowie.';
    expect(one(text, 'pl', 'ru').text).toBe('Rozmowa z Владимиром Зеленским trwała godzinę. Wizyta Зеленского w Киеве.');
    expect(one(text, 'pl', 'uk').text).toBe('Rozmowa z Володимиром Зеленським trwała godzinę. Wizyta Зеленського w Києві.');
    expect(one(text, 'pl', 'cs').text).toBe('Rozmowa z Volodymyrem Zelenským trwała godzinę. Wizyta Zelenského w Kyjevě.');
    expect(one(text, 'pl', 'ru').names.every((n) => !n.nominative)).toBe(true);
  });

  it('follows the case of a Russian source into Polish, and drops it for German', () => {
    const text = 'Кулеба встретился с Жозепом Боррелем в Киеве. Позже Боррелю позвонили из Харькова.';
    expect(one(text, 'ru', 'pl').text).toBe('Kułeba встретился с Josepem Borrellem в Kijowie. Позже Borrellowi позвонили из Charkowa.');
    expect(one(text, 'ru', 'de').text).toBe('Kuleba встретился с Josep Borrell в Kiew. Позже Borrell позвонили из Charkiw.');
  });
});

describe('localize: names the target has no form for', () => {
  it('lists them and leaves them as the source spells them', () => {
    const text = 'Dmytro Kuleba met Josep Borrell in Kyiv.';
    const [es] = localize(text, { from: 'en', to: ['es'], index: index() });
    expect(es!.text).toBe('Dmytro Kuleba met Josep Borrell in Kiev.');
    expect(es!.kept).toEqual([{ entity: 'dmytro-kuleba', start: 0, end: 13, found: 'Dmytro Kuleba' }]);
  });

  it('leaves names inside Markdown code alone', () => {
    const [de] = localize('Kyiv and `Kyiv`.', { from: 'en', to: ['de'], index: index(), format: 'markdown' });
    expect(de!.text).toBe('Kiew and `Kyiv`.');
  });
});

describe('canonym localize (command)', () => {
  let io: CapturedOutput;
  const capture = () => (io = captureOutput());
  afterEach(() => vi.restoreAllMocks());

  it('names the outputs <name>.<lng>.<ext>, dropping the source locale from the name', () => {
    expect(outputName('a/article.en.md', 'en', 'de')).toBe('article.de.md');
    expect(outputName('article.txt', 'en', 'pl')).toBe('article.pl.txt');
    expect(outputName('-', 'en', 'ru')).toBe('stdin.ru.txt');
    expect(parseTargets(['de,fr', 'pl', 'de'])).toEqual(['de', 'fr', 'pl']);
    expect(() => parseTargets(['xx1'])).toThrow(/unknown locale/);
  });

  it('writes one file per target into --out and reports the cases it could not know', async () => {
    const dir = newTempDir('canonym-localize-');
    capture();
    const code = await runLocalize(new Workspace({}), fixture('localize/eu-ukraine.en.txt'), { to: ['de,ru'], from: 'en', out: dir });
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['eu-ukraine.de.txt', 'eu-ukraine.ru.txt']);
    expect(readFileSync(join(dir, 'eu-ukraine.de.txt'), 'utf8')).toContain('Wolodymyr Selenskyj');
    expect(readFileSync(join(dir, 'eu-ukraine.ru.txt'), 'utf8')).toContain('Владимир Зеленский');
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/eu-ukraine\.ru\.txt: 33 names, 27 in the nominative \(check the case\)/);
    expect(io.stderr).toMatch(/"Volodymyr Zelenskyy" → "Владимир Зеленский" \(nominative: English does not show the case\)/);
  });

  it('prints a single target to standard output, and exits 1 when a name had to be kept', async () => {
    const dir = newTempDir('canonym-localize-');
    const input = join(dir, 'note.txt');
    writeFileSync(input, 'Dmytro Kuleba called Kyiv.\n');
    capture();
    const code = await runLocalize(new Workspace({}), input, { to: ['es'], from: 'en' });
    expect(code).toBe(1);
    expect(io.stdout).toBe('Dmytro Kuleba called Kiev.\n');
    expect(io.stderr).toMatch(/1:1 +kept +"Dmytro Kuleba": the glossary has no es form for dmytro-kuleba/);
    expect(readdirSync(dir)).toEqual(['note.txt']);
  });
});
