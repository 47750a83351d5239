import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import type { DocumentFormat } from '../src/formats/document.ts';
import { readDocument } from '../src/formats/index.ts';
import { applySuppressions } from '../src/suppress/apply.ts';
import { fixUntilStable } from '../src/cli/commands/fix.ts';
import { checkJson } from './formats-helpers.ts';
import { fixtureIndex, tempDirsRemovedAfterAll } from './helpers.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const check = (text: string, format: DocumentFormat = 'markdown') =>
  analyse(text, { index: fixtureIndex(), format, locale: 'en', detectAmong: [] }).diagnostics;
/** line: rule found, for the name rules (inconsistent-name follows known-variant here and is left out). */
const report = (text: string, format: DocumentFormat = 'markdown') =>
  check(text, format).filter((d) => d.ruleId !== 'inconsistent-name').map((d) => `${d.line}: ${d.ruleId} ${d.found}`);

// Three lines with a known variant each (Josep Borrell named first, so "Borel" is his).
const lines = ['Josep Borrell spoke in Brussels.', 'Borel said yes.', 'Kiev said no.', 'Vera Yurova agreed.'];

describe('suppression comments in Markdown', () => {
  it('canonym-disable-next-line drops the next line only, for every rule or the rules named', () => {
    const text = [lines[0], '<!-- canonym-disable-next-line -->', lines[1], lines[2]].join('\n');
    expect(report(text)).toEqual(['4: known-variant Kiev']);
    const named = [lines[0], '<!-- canonym-disable-next-line exact-form, known-variant -->', 'Borel and Kiev.', lines[3]].join('\n');
    expect(report(named)).toEqual(['4: known-variant Vera Yurova']);
    const other = [lines[0], '<!-- canonym-disable-next-line exact-form -->', lines[1]].join('\n');
    expect(report(other)).toEqual(['3: known-variant Borel']);
  });

  it('canonym-disable … canonym-enable holds between the two, per rule; enable of one rule inside disable of all', () => {
    const text = [lines[0], '<!-- canonym-disable -->', lines[1], lines[2], '<!-- canonym-enable -->', lines[3]].join('\n');
    expect(report(text)).toEqual(['6: known-variant Vera Yurova']);
    const perRule = [lines[0], '<!-- canonym-disable known-variant -->', lines[1], '<!-- canonym-enable known-variant -->', lines[2]].join('\n');
    expect(report(perRule)).toEqual(['5: known-variant Kiev']);
    const exception = [lines[0], '<!-- canonym-disable -->', '<!-- canonym-enable known-variant -->', lines[1]].join('\n');
    expect(report(exception)).toEqual(['4: known-variant Borel']);
    const unclosed = [lines[0], '<!-- canonym-disable known-variant -- the agency spelling, kept on purpose -->', lines[2], lines[3]].join('\n');
    expect(report(unclosed)).toEqual([]);
  });

  it('canonym-disable-line covers the comment\'s own line', () => {
    expect(report([lines[0], 'Borel said yes. <!-- canonym-disable-line known-variant -->', lines[2]].join('\n'))).toEqual(['3: known-variant Kiev']);
  });

  it('a comment inside code is no comment', () => {
    const text = [lines[0], '```html', '<!-- canonym-disable -->', '```', '', lines[1], '', '`<!-- canonym-disable -->` Kiev.'].join('\n');
    expect(report(text)).toEqual(['6: known-variant Borel', '8: known-variant Kiev']);
  });

  it('an unknown rule id is a warning at its own line:column, and suppresses nothing', () => {
    const text = [lines[0], '<!-- canonym-disable-next-line known-varaint -->', lines[1]].join('\n');
    const diagnostics = check(text);
    const warning = diagnostics.find((d) => d.ruleId === 'suppression-comment')!;
    expect(warning).toMatchObject({ severity: 'warning', line: 2, column: '<!-- canonym-disable-next-line '.length + 1, found: 'known-varaint' });
    expect(warning.message).toContain('known-varaint');
    expect(diagnostics.some((d) => d.ruleId === 'known-variant' && d.found === 'Borel')).toBe(true);
  });

  it('reports unused directives to a library user', () => {
    const text = [lines[0], '<!-- canonym-disable-next-line -->', 'Nothing here.', '<!-- canonym-disable-next-line -->', lines[1]].join('\n');
    const document = readDocument(text, 'markdown');
    const all = analyse(text, { index: fixtureIndex(), format: 'markdown', locale: 'en', detectAmong: [], severities: {} });
    expect(all.diagnostics.some((d) => d.found === 'Borel')).toBe(false);
    // The raw diagnostics again, through applySuppressions: one directive used, one not.
    const raw = analyse(text.replace(/canonym-/g, 'xanonym-'), { index: fixtureIndex(), format: 'markdown', locale: 'en', detectAmong: [] }).diagnostics;
    const result = applySuppressions(document, raw);
    expect(result.unused.map((d) => d.offset)).toEqual([text.indexOf('<!--')]);
    expect(result.suppressed.length).toBeGreaterThan(0);
  });
});

describe('suppression markers in plain text', () => {
  it('a line holding only the directive, bare or in an HTML comment', () => {
    expect(report([lines[0], 'canonym-disable-next-line', lines[1], lines[2]].join('\n'), 'text')).toEqual(['4: known-variant Kiev']);
    expect(report([lines[0], '  <!-- canonym-disable-next-line known-variant -->', lines[1]].join('\r\n'), 'text')).toEqual([]);
    expect(report([lines[0], 'canonym-disable known-variant', lines[1], lines[2], 'canonym-enable', lines[3]].join('\n'), 'text')).toEqual(['6: known-variant Vera Yurova']);
  });

  it('a directive inside a sentence is prose, not a marker', () => {
    expect(report([lines[0], 'See canonym-disable-next-line in the manual.', lines[1]].join('\n'), 'text')).toEqual(['3: known-variant Borel']);
  });

  it('an unknown rule in a marker is reported with file:line by check', async () => {
    const path = join(newTempDir('canonym-suppress-'), 'article.txt');
    writeFileSync(path, [lines[0], 'canonym-disable-next-line known-variant borel-rule', lines[1]].join('\n'));
    const { diagnostics } = await checkJson(path);
    expect(diagnostics.filter((d) => d.ruleId === 'suppression-comment').map((d) => `${d.line}:${d.column} ${d.found}`)).toEqual(['2:41 borel-rule']);
    expect(diagnostics.some((d) => d.ruleId === 'known-variant')).toBe(false); // the known id still counts
  });
});

describe('suppression comments in HTML and WebVTT', () => {
  it('HTML comments, as in Markdown; a comment in <script> is not one', () => {
    const html = ['<p>Josep Borrell spoke.</p>', '<!-- canonym-disable-next-line -->', '<p>Borel said yes.</p>', '<script>/* <!-- canonym-disable --> */</script>', '<p>Kiev said no.</p>'].join('\n');
    expect(report(html, 'html')).toEqual(['5: known-variant Kiev']);
    const block = ['<p>Josep Borrell spoke.</p><!-- canonym-disable known-variant -->', '<p>Borel said yes.</p>', '<!-- canonym-enable --><p>Kiev said no.</p>'].join('\n');
    expect(report(block, 'html')).toEqual(['3: known-variant Kiev']);
  });

  it('WebVTT NOTE blocks: disable-next-line covers the next cue', () => {
    const vtt = ['WEBVTT', '', '00:01.000 --> 00:02.000', 'Josep Borrell spoke.', '', 'NOTE canonym-disable-next-line known-variant', '', '00:02.000 --> 00:03.000', 'Borel said yes.', 'Kiev', '', '00:03.000 --> 00:04.000', 'Vera Yurova agreed.'].join('\n');
    expect(report(vtt, 'vtt')).toEqual(['13: known-variant Vera Yurova']);
  });

  it('SubRip has no comments: a directive there is cue text, shown on screen, and suppresses nothing', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:02,000', 'Josep Borrell spoke.', 'canonym-disable-next-line', 'Borel said yes.'].join('\n');
    expect(report(srt, 'srt')).toEqual(['5: known-variant Borel']);
  });
});

describe('fix never rewrites a suppressed span', () => {
  const fixAll = (text: string, format: DocumentFormat) => fixUntilStable(text, (t) => check(t, format));

  it('Markdown: not in the first pass (inconsistent-name beside a suppressed known-variant), nor in a later one', () => {
    const first = ['Vera Yurova spoke.', '', '<!-- canonym-disable-next-line known-variant -->', 'Yurova said yes.', ''].join('\n');
    const fixed = fixAll(first, 'markdown');
    expect(fixed.output).toBe(first.replace('Vera Yurova', 'Věra Jourová'));
    // Still reported by the rule the directive does not name, but with no fix.
    const left = check(fixed.output, 'markdown').filter((d) => d.found === 'Yurova');
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((d) => d.fix === null)).toBe(true);
    // "Borel" becomes inconsistent only once "Josep Borel" is fixed (second pass).
    const later = ['Josep Borel spoke.', '', '<!-- canonym-disable-next-line known-variant -->', 'Borel said yes.', ''].join('\n');
    expect(fixAll(later, 'markdown').output).toBe(later.replace('Josep Borel', 'Josep Borrell'));
  });

  it('WebVTT: a cue under a NOTE directive keeps its spelling through every pass', () => {
    const vtt = ['WEBVTT', '', '00:01.000 --> 00:02.000', 'Josep Borel spoke.', '', 'NOTE canonym-disable-next-line known-variant', '', '00:02.000 --> 00:03.000', 'Borel said yes.', ''].join('\n');
    const fixed = fixAll(vtt, 'vtt');
    expect(fixed.output).toBe(vtt.replace('Josep Borel', 'Josep Borrell'));
    expect(fixed.diagnostics.filter((d) => d.fix !== null)).toEqual([]);
  });
});
