/**
 * The junit and checkstyle reports are well-formed XML whatever a message holds, and say what the JSON report
 * says: parsed back with fast-xml-parser (its validator first), attribute by attribute.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.ts';
import { formatCheckstyle } from '../src/report/checkstyle.ts';
import { formatJunit } from '../src/report/junit.ts';
import type { FileReport } from '../src/report/types.ts';
import { xmlEscape } from '../src/report/xml.ts';
import { fixture, runCli } from './helpers.ts';

const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => ['file', 'error', 'testsuite', 'testcase'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const NASTY = 'a <b> & "c" \'d\' ]]> \u0001\u0008\u000b\uFFFE \uD800 tab\there\nnew line\r\nCRLF';
// What a reader gets back: the characters XML 1.0 cannot carry as U+FFFD, everything else as it was.
const NASTY_BACK = 'a <b> & "c" \'d\' ]]> \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD tab\there\nnew line\r\nCRLF';

function diagnostic(over: Partial<Diagnostic>): Diagnostic {
  return {
    ruleId: 'known-variant', severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2,
    offset: 0, length: 1, found: 'x', expected: 'y', entity: 'e', fix: null, ...over,
  };
}

const REPORTS: FileReport[] = [
  { path: 'dir/a&b <c>.md', locale: 'en', diagnostics: [diagnostic({ message: NASTY, line: 3, column: 7 }), diagnostic({ ruleId: 'inconsistent-name', severity: 'warning', line: 9, column: 2 })] },
  { path: 'clean.txt', locale: 'de', diagnostics: [] },
];

describe('xmlEscape', () => {
  it('escapes markup and replaces what XML 1.0 cannot hold, keeping surrogate pairs', () => {
    expect(xmlEscape('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
    expect(xmlEscape('\u0000')).toBe('\uFFFD');
    expect(xmlEscape('😀 \uDC00')).toBe('😀 \uFFFD');
  });
});

describe('checkstyle', () => {
  it('is well-formed with any message, one <file> per input, one <error> per diagnostic', () => {
    const doc = parse(formatCheckstyle(REPORTS));
    const files = doc.checkstyle.file;
    expect(files.map((f: { name: string }) => f.name)).toEqual(['dir/a&b <c>.md', 'clean.txt']);
    const [first, second] = files[0].error;
    expect(first).toMatchObject({ line: '3', column: '7', severity: 'error', source: 'canonym.known-variant' });
    expect(first.message).toBe(NASTY_BACK);
    expect(second).toMatchObject({ line: '9', column: '2', severity: 'warning', source: 'canonym.inconsistent-name' });
    expect(files[1].error).toBeUndefined();
  });
});

describe('junit', () => {
  it('is well-formed with any message: a suite per input, a failing case per diagnostic, a passing case for a clean input', () => {
    const doc = parse(formatJunit(REPORTS));
    expect(doc.testsuites).toMatchObject({ tests: '3', failures: '2', errors: '0' });
    const [a, clean] = doc.testsuites.testsuite;
    expect(a).toMatchObject({ name: 'dir/a&b <c>.md', tests: '2', failures: '2' });
    expect(a.testcase[0].failure).toMatchObject({ type: 'error', message: NASTY_BACK });
    expect(a.testcase[0].failure['#text']).toContain('dir/a&b <c>.md:3:7: error: a <b> & "c"');
    expect(a.testcase[1].failure.type).toBe('warning');
    expect(clean).toMatchObject({ name: 'clean.txt', tests: '1', failures: '0' });
    expect(clean.testcase[0].failure).toBeUndefined();
  });
});

describe('canonym check --format junit|checkstyle', () => {
  const G = ['--no-shipped-glossary', '-g', fixture('glossary')];
  const inputs = [fixture('news/consul-expelled.txt'), fixture('news/clean.txt')];

  it('report what --format json reports, with the same exit code', async () => {
    const json = await runCli(['check', ...G, '--format', 'json', ...inputs]);
    const expected = JSON.parse(json.stdout).map((r: { path: string; diagnostics: Diagnostic[] }) => ({
      path: r.path, problems: r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`),
    }));
    expect(expected[0].problems).toHaveLength(6);

    const checkstyle = await runCli(['check', ...G, '--format', 'checkstyle', ...inputs]);
    expect(checkstyle.code).toBe(json.code);
    const cs = parse(checkstyle.stdout).checkstyle.file.map((f: { name: string; error?: Array<Record<string, string>> }) => ({
      path: f.name, problems: (f.error ?? []).map((e) => `${e.line}:${e.column} ${e.severity} ${e.source!.replace('canonym.', '')} ${e.message}`),
    }));
    expect(cs).toEqual(expected);

    const junit = await runCli(['check', ...G, '--format', 'junit', ...inputs]);
    expect(junit.code).toBe(json.code);
    const suites = parse(junit.stdout).testsuites.testsuite;
    const ju = suites.map((s: { name: string; testcase: Array<{ classname: string; line?: string; failure?: Record<string, string> }> }) => ({
      path: s.name,
      problems: s.testcase.filter((c) => c.failure).map((c) => {
        const [, where] = /:(\d+:\d+): /.exec(c.failure!['#text']!)!;
        return `${where} ${c.failure!.type} ${c.classname.replace('canonym.', '')} ${c.failure!.message}`;
      }),
    }));
    expect(ju).toEqual(expected);
  });
});

describe('canonym locales --format checkstyle', () => {
  it('shares the reporter: the same problems as --format json, well-formed', async () => {
    const args = ['locales', '--no-shipped-glossary', '-g', fixture('glossary'), fixture('locale-tree')];
    const json = await runCli([...args, '--format', 'json']);
    const expected = JSON.parse(json.stdout).flatMap((r: { path: string; diagnostics: Diagnostic[] }) => r.diagnostics.map((d) => `${r.path} ${d.line}:${d.column} ${d.ruleId} ${d.message}`));
    expect(expected.length).toBeGreaterThan(3);
    const xml = await runCli([...args, '--format', 'checkstyle']);
    expect(xml.code).toBe(json.code);
    const got = parse(xml.stdout).checkstyle.file.flatMap((f: { name: string; error?: Array<Record<string, string>> }) =>
      (f.error ?? []).map((e) => `${f.name} ${e.line}:${e.column} ${e.source!.replace('canonym.', '')} ${e.message}`));
    expect(got).toEqual(expected);
  });
});
