import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { htmlDocument } from '../src/formats/html.ts';
import { CHECKABLE_EXTENSIONS, formatFor } from '../src/formats/index.ts';
import { checkJson, expectPositionsRight, fixWrite, testGlossary, whereIs } from './formats-helpers.ts';
import { fixture, fixtureIndex, runCli, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const page = fixture('formats/consul-expelled.html');
const source = readFileSync(page, 'utf8');

const check = (html: string) => analyse(html, { index: fixtureIndex(), format: 'html', locale: 'en', detectAmong: fixtureIndex().locales });
const found = (html: string) => check(html).diagnostics.filter((d) => d.ruleId === 'known-variant' || d.ruleId === 'exact-form').map((d) => d.found);

describe('HTML documents', () => {
  it('are read for .html, .htm and .xhtml, and walked in folders', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml'].map(formatFor)).toEqual(['html', 'html', 'html']);
    expect(CHECKABLE_EXTENSIONS.has('.html')).toBe(true);
  });

  it('check text nodes, <title>, alt and title, and nothing in script, style, code, comments or other attributes', async () => {
    const { code, diagnostics } = await checkJson(page);
    expect(code).toBe(1);
    expectPositionsRight(source, diagnostics);
    const variants = diagnostics.filter((d) => d.ruleId === 'known-variant').map((d) => `${d.line}:${d.column} ${d.found}`);
    expect(variants).toEqual([
      `${whereIs(source, 'Vera Yurova warns')} Vera Yurova`, // <title>
      `${whereIs(source, 'Philip Deventer in the Flemish')} Philip Deventer`, // alt
      `${whereIs(source, 'Philip Deventer</a>')} Philip Deventer`, // link text, not data-name
      `${whereIs(source, 'Vera&nbsp;Yurova')} Vera&nbsp;Yurova`,
      `${whereIs(source, 'Josep Borel')} Josep Borel`, // title of <abbr>
      `${whereIs(source, 'Borel</abbr>')} Borel`,
      `${whereIs(source, 'Zelen<b>s</b>kiy')} Zelen<b>s</b>kiy`,
      `${whereIs(source, 'Vera Yur<b>ova')} Vera Yur<b>ova`,
    ]);
    // Not the meta description, the style rule, the JSON-LD script, data-name, the comment, or the <code> span.
    for (const skipped of ['content="Vera Yurova', 'content: "Borel"', '"about": "Vera Yurova"', 'data-name="Philip', "Philip Deventer's office", '<code>Vera Yurova']) {
      const at = source.indexOf(skipped);
      expect(diagnostics.some((d) => d.offset >= at && d.offset < at + skipped.length), skipped).toBe(false);
    }
  });

  it('decode character references for the matcher and map them back to the whole reference', () => {
    expect(found('<p>Commissioner Jourov&aacute; spoke.</p>')).toEqual([]);
    expect(found('<p>Commissioner Jourov&#225; and Jourov&#xE1; spoke.</p>')).toEqual([]);
    // Whatever the rules say of the decoded text in plain text, they say of the HTML, at the reference's place.
    for (const [html, plain] of [
      ['<p>Commissioner Vera&nbsp;Jourov&aacute; spoke. Vera&#32;Yurova too.</p>', 'Commissioner Vera\u00a0Jourová spoke. Vera Yurova too.'],
      ['<p>Kiev&#8217;s mayor met Josep&nbsp;Borrell and Borel.</p>', 'Kiev’s mayor met Josep\u00a0Borrell and Borel.'],
    ] as const) {
      const ours = check(html).diagnostics.map((d) => `${d.ruleId} ${d.expected}`);
      const theirs = analyse(plain, { index: fixtureIndex(), format: 'text', locale: 'en', detectAmong: [] }).diagnostics.map((d) => `${d.ruleId} ${d.expected}`);
      expect(ours.length).toBeGreaterThan(0);
      expect(ours).toEqual(theirs);
    }
    const d = check('<p>Josep Borrell came. Then Bor&#101;l left.</p>').diagnostics.find((x) => x.ruleId === 'known-variant')!;
    expect(d.found).toBe('Bor&#101;l');
    expect(d.column).toBe('<p>Josep Borrell came. Then '.length + 1);
    // A legacy reference without its semicolon, as browsers read it: "&copy2024" is "©2024".
    expect(htmlDocument('<p>&copy2024 Vera Yurova</p>').view!.text).toContain('©2024 Vera Yurova');
  });

  it('read inline markup inside a word as nothing, and blocks as breaks no name continues over', () => {
    expect(found('<p>Josep Borrell came. <b>Bo</b>rel left.</p>')).toEqual(['Bo</b>rel']);
    expect(found('<p>Josep Borrell came. <span class="surname">Borel</span> left.</p>')).toEqual(['Borel']);
    expect(found('<p>Josep <span class="surname">Borel</span> spoke.</p>')).toEqual(['Josep <span class="surname">Borel']);
    // "Vera" ends a heading, "Yurova" starts a paragraph: no "Vera Yurova".
    expect(check('<h2>Vera</h2><p>Yurova Street</p>').mentions.map((m) => m.text)).toEqual([]);
    // A paragraph is a sentence: "Then" starts one and is no first name of Borel.
    expect(found('<p>Josep Borrell came.</p><p>Then Borel left.</p>')).toEqual(['Borel']);
    expect(found('<p>Josep Borrell came.<br>Then Borel left.</p>')).toEqual(['Borel']);
  });

  it('fix only the letters that differ, keep tags and references, and withhold a fix that would cross a tag', async () => {
    const { after, fixes } = await fixWrite('formats/consul-expelled.html');
    expect(fixes.length).toBeGreaterThan(0);
    expect(after).toContain('<title>Belgium expels Russian diplomats &ndash; Věra Jourová warns EU</title>');
    expect(after).toContain('alt="Vlaams Belang MP Filip Dewinter in the Flemish Parliament"');
    expect(after).toContain('data-name="Philip Deventer">Filip Dewinter</a>');
    expect(after).toContain('Věra&nbsp;Jourová told');
    expect(after).toContain('Commissioner Jourov&aacute; added');
    expect(after).toContain('<abbr title="Josep Borrell">Borrell</abbr>');
    expect(after).toContain('Zelen<b>s</b>kyy asked');
    expect(after).toContain('as <em>Vera Yur<b>ova</b></em>'); // reported, not fixed: the fix would lose <b>
    for (const kept of ['content="Vera Yurova', 'content: "Borel"', '"about": "Vera Yurova"', "Philip Deventer's office", '<code>Vera Yurova</code>']) expect(after).toContain(kept);
    // Fixing the fixed page changes nothing.
    const copy = join(newTempDir('canonym-html-'), 'fixed.html');
    writeFileSync(copy, after);
    expect((await runCli(['fix', ...testGlossary, '--locale', 'en', copy])).stdout).toBe(after);
  });

  it('cite other places in messages at their source line:column', () => {
    const html = '<h1>Josep <i>Borrell</i></h1>\n<p class="x">Then <b>Bor&#101;l</b> left.</p>';
    const d = check(html).diagnostics.find((x) => x.ruleId === 'inconsistent-name')!;
    expect(d.message).toContain('at 1:5');
    expect(`${d.line}:${d.column}`).toBe(`2:${'<p class="x">Then <b>'.length + 1}`);
  });

  it('escape what a fix writes: & and < in text, quotes in attributes', () => {
    const doc = htmlDocument('<p title="x">Marks</p>');
    const view = doc.view!;
    const marks = view.text.indexOf('Marks');
    expect(view.fix(marks, marks + 5, 'M&S <x>')).toEqual({ offset: 14, length: 4, text: '&amp;S &lt;x>' }); // "M" stays
    const title = view.text.indexOf('x');
    expect(view.fix(title, title + 1, 'A "B"')!.text).toBe('A &quot;B&quot;');
  });

  it('agree with parse5 on every text node, or leave it out', () => {
    // An attribute keeps "&copy=" as written (HTML's rule for legacy references in attributes).
    const doc = htmlDocument('<img alt="&copy=Vera Yurova &amp; Borel"><p>A&B &notit; &amp;amp; &#x1F600;</p>');
    expect(doc.view!.text).toContain('&copy=Vera Yurova & Borel');
    expect(doc.view!.text).toContain('A&B ¬it; &amp; \u{1F600}');
  });
});

describe('HTML through the API of canonym serve (the web page\'s format menu)', () => {
  it('accepts format "html" and answers with source offsets; fix keeps the markup', async () => {
    const { createChecker } = await import('../src/checker.ts');
    const { check: checkRequest, fix: fixRequest, textRequest } = await import('../src/serve/service.ts');
    const checker = createChecker({ shippedGlossary: false, glossary: [fixture('glossary')], cacheDir: false });
    const text = '<p>Josep Borrell came.</p>\n<p>Then <b>Bor&#101;l</b> left.</p>';
    const request = textRequest({ text, format: 'html', locale: 'en' });
    const variant = checkRequest(checker, request).diagnostics.find((d) => d.ruleId === 'known-variant')!;
    expect(variant).toMatchObject({ line: 2, column: '<p>Then <b>'.length + 1, found: 'Bor&#101;l' });
    expect(fixRequest(checker, request).output).toBe('<p>Josep Borrell came.</p>\n<p>Then <b>Borrell</b> left.</p>');
    expect(() => textRequest({ text, format: 'docx' })).toThrow(/"html"/);
  });
});
