import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { CHECKABLE_EXTENSIONS, formatFor } from '../src/formats/index.ts';
import { srtDocument, vttDocument } from '../src/formats/subtitles.ts';
import { checkJson, expectPositionsRight, fixWrite, whereIs } from './formats-helpers.ts';
import { fixture, fixtureIndex } from './helpers.ts';

const srtPath = fixture('formats/consul-expelled.srt');
const vttPath = fixture('formats/consul-expelled.vtt');
const srt = readFileSync(srtPath, 'utf8');
const vtt = readFileSync(vttPath, 'utf8');

const check = (text: string, format: 'srt' | 'vtt') => analyse(text, { index: fixtureIndex(), format, locale: 'en', detectAmong: [] });

describe('SubRip and WebVTT', () => {
  it('are read for .srt and .vtt, and walked in folders', () => {
    expect([formatFor('a.srt'), formatFor('b.VTT')]).toEqual(['srt', 'vtt']);
    expect(CHECKABLE_EXTENSIONS.has('.srt') && CHECKABLE_EXTENSIONS.has('.vtt')).toBe(true);
  });

  it('SRT: cue text only, at the right line:column (CRLF file), over a line break inside a cue', async () => {
    expect(srt).toContain('\r\n');
    const { diagnostics } = await checkJson(srtPath);
    expectPositionsRight(srt, diagnostics);
    expect(diagnostics.filter((d) => d.ruleId === 'known-variant').map((d) => `${d.line}:${d.column} ${d.found}`)).toEqual([
      `${whereIs(srt, 'Philip Deventer')} Philip Deventer`,
      `${whereIs(srt, 'Vera\r\nYurova')} Vera\r\nYurova`,
      `${whereIs(srt, 'Borel told')} Borel`,
    ]);
  });

  it('SRT: indexes, timings, tags and {\\an8} are never prose; a name never runs from one cue into the next', () => {
    const doc = srtDocument('1\n00:00:01,000 --> 00:00:02,000\n<i>Josep</i>\n\n2\n00:00:02,000 --> 00:00:03,000\nBorrell said\n');
    expect(doc.prose).not.toMatch(/\d|-->|<i>/);
    expect(check(doc.source, 'srt').mentions.map((m) => m.text)).toEqual(['Borrell']);
    expect(srtDocument('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Borel\n').view!.text.trim()).toBe('Borel');
  });

  it('VTT: cue text only; header, STYLE, NOTE, identifiers, timings and cue settings untouched', async () => {
    const { diagnostics } = await checkJson(vttPath);
    expectPositionsRight(vtt, diagnostics);
    expect(diagnostics.filter((d) => d.ruleId === 'known-variant').map((d) => `${d.line}:${d.column} ${d.found}`)).toEqual([
      `${whereIs(vtt, 'Philip Deventer</c>')} Philip Deventer`,
      `${whereIs(vtt, 'Vera&nbsp;Yurova')} Vera&nbsp;Yurova`,
      `${whereIs(vtt, 'Borel told')} Borel`,
    ]);
    // Not the NOTE ("Vera Yurova is spelt as …") nor the voice of <v Josep Borel>.
    for (const skipped of ['NOTE Vera Yurova', '<v Josep Borel>']) {
      const at = vtt.indexOf(skipped);
      expect(diagnostics.some((d) => d.offset >= at && d.offset < at + skipped.length), skipped).toBe(false);
    }
    const doc = vttDocument(vtt);
    expect(doc.prose).not.toMatch(/WEBVTT|-->|STYLE|NOTE|line:90%|intro|borrell-1/);
  });

  it('VTT: a line containing "-->" inside cue text ends the cue and is the next cue\'s timing line, never prose', () => {
    const source = 'WEBVTT\n\n1\n00:01.000 --> 00:02.000\nJosep\n00:02.000 --> 00:03.000 align:start\nBorrell said\n';
    const doc = vttDocument(source);
    expect(doc.prose).not.toMatch(/-->|align|00:0/);
    // Two cues: "Josep" and "Borrell" are not one name over the timing line.
    expect(doc.view!.text).toMatch(/Josep\n\n+Borrell said/);
    expect(check(source, 'vtt').mentions.map((m) => m.text)).toEqual(['Borrell']);
    // The header takes no timing line: a cue right under it is still read.
    expect(vttDocument('WEBVTT\n00:01.000 --> 00:02.000\nBorrell\n').view!.text.trim()).toBe('Borrell');
  });

  it('VTT: character references decoded; a message citing another place cites it in the source', () => {
    const doc = vttDocument(vtt);
    expect(doc.view!.text).toContain('Vera\u00a0Yurova & her staff');
    expect(doc.view!.text).toContain('Jourová added more.');
    const cue = 'WEBVTT\n\nNOTE x\n\n1\n00:01.000 --> 00:02.000\n<v A>Josep <b>Borrell</b> spoke.\n\n2\n00:02.000 --> 00:03.000\n<i>Then</i> Borel left.\n';
    const d = check(cue, 'vtt').diagnostics.find((x) => x.ruleId === 'inconsistent-name')!;
    expect(d.message).toContain(`at ${whereIs(cue, 'Josep')}`);
    expect(`${d.line}:${d.column}`).toBe(whereIs(cue, 'Borel'));
  });

  it('fix --write changes only name spans (SRT keeps its CRLF line breaks, and the one inside a cue)', async () => {
    const { after } = await fixWrite('formats/consul-expelled.srt');
    expect(after).toContain('MP Filip Dewinter</i>\r\n');
    expect(after).toContain('Vice-President Věra\r\nJourová spoke');
    expect(after).toContain('Borrell told reporters');
    expect(after.match(/\r\n/g)).toHaveLength(srt.match(/\r\n/g)!.length);
  });

  it('fix --write changes only name spans (VTT keeps references and tags)', async () => {
    const { after } = await fixWrite('formats/consul-expelled.vtt');
    expect(after).toContain('<c.yellow>Filip Dewinter</c>');
    expect(after).toContain('Věra&nbsp;Jourová &amp; her staff');
    expect(after).toContain('NOTE Vera Yurova is spelt as the agency wrote it');
    expect(after).toContain('<v Josep Borel>Josep Borrell');
    expect(after).toContain('Borrell told reporters &lt;in Luxembourg&gt;.');
  });
});
