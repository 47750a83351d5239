/**
 * HTML and subtitles, property-based: random documents built from names, character references, inline and block
 * tags, comments, code and cue lines. Whatever the input, every report quotes the source at its line:column, every
 * fix lies inside its report, a fix keeps every tag and comment, and fixing a fixed document changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { fixUntilStable } from '../src/cli/commands/fix.ts';
import type { DocumentFormat } from '../src/formats/document.ts';
import { lineColumn } from './formats-helpers.ts';
import { fixtureIndex } from './helpers.ts';

const SEED = Number(process.env.FC_SEED ?? 20261204);
const params = { seed: SEED, numRuns: 300, endOnFailure: true };

const NAMES = ['Josep Borrell', 'Borel', 'Vera Yurova', 'Vera', 'Yurova', 'Jourová', 'Jourov', 'Kiev', 'Zelenskiy', 'Zelen', 'skiy', 'Philip Deventer'];
const REFERENCES = ['&nbsp;', '&aacute;', '&#225;', '&#xE1;', '&amp;', '&lt;', '&copy', '&#8217;', '&#x1F600;', '&', '&bogus;'];
const HTML_MARKUP = ['<b>', '</b>', '<i>', '</i>', '<p>', '</p>', '<br>', '<span class="x">', '</span>', '<!-- c -->', '<code>Kiev</code>', '<img alt="Vera Yurova">', '<abbr title="Borel">', '</abbr>'];
const PROSE = [' ', ' ', '. ', ', ', '\n', '\r\n', "'s ", '-', 'said '];

const pieces = (markup: readonly string[]) => fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.constantFrom(...REFERENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...markup) },
), { maxLength: 30 }).map((p) => p.join(''));

const html = pieces(HTML_MARKUP);
const vtt = fc.array(pieces(['<i>', '</i>', '<v Borel>', '</v>', '<c.x>', '</c>', '<00:00:01.000>']), { maxLength: 5 })
  .map((cues) => 'WEBVTT\n\n' + cues.map((c, i) => `${i}\n00:00:0${i}.000 --> 00:00:0${i + 1}.000\n${c.replace(/(\r?\n)+/g, '\n').replace(/-->/g, '')}\n`).join('\n'));
const srt = fc.array(pieces(['<i>', '</i>', '<font color="red">', '</font>', '{\\an8}']), { maxLength: 5 })
  .map((cues) => cues.map((c, i) => `${i + 1}\r\n00:00:0${i},000 --> 00:00:0${i + 1},000\r\n${c.replace(/(\r?\n)+/g, '\r\n').replace(/-->/g, '')}\r\n`).join('\r\n'));

const run = (source: string, format: DocumentFormat) => analyse(source, { index: fixtureIndex(), format, locale: 'en', detectAmong: [] });

/** Tags (but for the prose values of alt and title), comments and cue lines: what a fix must never change. */
const markupOf = (source: string, format: DocumentFormat) =>
  format === 'html' ? (source.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/ (alt|title)="[^"]*"/g, ' $1')) : source.split(/\r?\n/).filter((l) => l.includes('-->') || /^\d+$/.test(l)).concat(source.match(/<[^>\n]*>|\{\\[^}]*\}/g) ?? []);

function holds(source: string, format: DocumentFormat): void {
  const { diagnostics } = run(source, format);
  for (const d of diagnostics) {
    expect(source.slice(d.offset, d.offset + d.length)).toBe(d.found);
    expect(`${d.line}:${d.column}`).toBe(lineColumn(source, d.offset));
    if (d.fix) {
      expect(d.fix.offset).toBeGreaterThanOrEqual(d.offset);
      expect(d.fix.offset + d.fix.length).toBeLessThanOrEqual(d.offset + d.length);
    }
  }
  const fixed = fixUntilStable(source, (text) => run(text, format).diagnostics).output;
  expect(markupOf(fixed, format)).toEqual(markupOf(source, format));
  expect(fixUntilStable(fixed, (text) => run(text, format).diagnostics).output).toBe(fixed);
}

describe('formats, property-based', () => {
  it('HTML: reports quote the source at their line:column, fixes stay inside reports, keep every tag, and are stable', () => {
    fc.assert(fc.property(html, (source) => holds(`<p>Josep Borrell and Věra Jourová.</p>\n${source}`, 'html')), params);
  });
  it('WebVTT: the same', () => {
    fc.assert(fc.property(vtt, (source) => holds(source, 'vtt')), params);
  });
  it('SubRip: the same', () => {
    fc.assert(fc.property(srt, (source) => holds(source, 'srt')), params);
  });
});
