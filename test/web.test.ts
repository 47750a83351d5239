/**
 * The editors' page in a real browser: Debian's chromium driven by playwright-core against `canonym serve` on
 * loopback. A machine-translated article with misspelt names goes in; the names must come back highlighted by
 * status, one click must fix one name and nothing else, "fix all" the rest, and the localised preview must write
 * the names as the target locale does. A screenshot goes to test-artifacts/ (gitignored); with
 * CANONYM_DOCS_SCREENSHOT=1 the README's docs/editors-page.png is written as well.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../src/checker.ts';
import { buildApp } from '../src/serve/app.ts';
import { fixture, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done, also when the test fails.
const newTempDir = tempDirsRemovedAfterAll();

const CHROMIUM = '/usr/bin/chromium';
const ARTICLE = readFileSync(fixture('editors/summit-machine-translated.txt'), 'utf8');
const ARTIFACTS = new URL('../test-artifacts/', import.meta.url);

describe.skipIf(!existsSync(CHROMIUM))('the editors\' page in chromium', () => {
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let base: string;

  beforeAll(async () => {
    app = await buildApp(createChecker(), { glossaryVersion: 'test' });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    profile = mkdtempSync(join(tmpdir(), 'canonym-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? await context.newPage();
    // Nothing leaves the machine: every request the page makes goes to the server under test.
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const source = () => page.inputValue('#source');
  const marked = (status: string, text: string) => page.locator(`#marked .name.${status}`, { hasText: text });

  it('highlights each name by status, with its entity on hover', async () => {
    await page.goto(`${base}/?lang=en`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#source', ARTICLE);
    await page.waitForSelector('#marked .name.wrong');

    expect(await marked('wrong', 'Vera Yurova').evaluate((el) => el.tagName)).toBe('BUTTON');
    await expect.poll(() => marked('wrong', 'Annalena Berbock').count()).toBe(1);
    expect(await marked('right', 'Josep Borrell').count()).toBe(1);
    expect(await marked('wrong', 'Borel').count()).toBe(1);
    expect(await marked('suspected', 'Kier Starmer').count()).toBe(1);
    expect(await page.locator('#marked .name.unknown').count()).toBeGreaterThan(0);
    // The legend counts what the text shows.
    for (const status of ['right', 'wrong', 'suspected', 'unknown']) {
      const shown = await page.locator(`#marked .name.${status}`).count();
      expect(Number(await page.textContent(`[data-count="${status}"]`)), status).toBe(shown);
    }
    // The consistency view: Jourová appears twice, spelled one (wrong) way; Borrell two ways.
    const jourova = page.locator('#entities li[data-entity="vera-jourova"]');
    await expect.poll(() => jourova.locator('.name.wrong').allTextContents()).toEqual(['Vera Yurova', 'Yurova']);
    expect(await page.locator('#entities li[data-entity="josep-borrell"] .inconsistent').count()).toBe(1);

    await marked('wrong', 'Vera Yurova').hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const card = await tip.textContent();
    expect(card).toContain('vera-jourova');
    expect(card).toContain('known-variant');
    expect(card).toMatch(/de: Věra Jourová/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: new URL('web-page.png', ARTIFACTS).pathname, fullPage: true });
    if (process.env.CANONYM_DOCS_SCREENSHOT) {
      await page.locator('#source').evaluate((el) => el.scrollTo(0, 0));
      await page.screenshot({ path: new URL('../docs/editors-page.png', import.meta.url).pathname, fullPage: false });
    }
  }, 60_000);

  it('fixes one name per click, and by keyboard, changing nothing else', async () => {
    const before = await source();
    await marked('wrong', 'Vera Yurova').click();
    await expect.poll(source).toBe(before.replace('Vera Yurova', 'Věra Jourová'));
    await expect.poll(() => marked('right', 'Věra Jourová').count()).toBe(1);

    // Keyboard only: the next fixable name is focused after a fix; Enter fixes it.
    const focused = await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent ?? '');
    expect(focused).toBe('Yurova');
    const beforeKey = await source();
    await page.keyboard.press('Enter');
    await expect.poll(source).toBe(beforeKey.replace('Yurova', 'Jourová'));

    // A suspicion is fixed only when clicked: its suggestion is written.
    await marked('suspected', 'Kier Starmer').click();
    await expect.poll(source).toContain('On Tuesday Keir Starmer will receive');
  }, 60_000);

  it('fixes all, downloads the text, previews a localised version, speaks German', async () => {
    await page.click('#fix-all');
    await expect.poll(source).toContain('from Kyiv');
    const fixed = await source();
    for (const wrong of ['Berbock', 'Philip Deventer', 'Borel told', 'Kiev']) expect(fixed).not.toContain(wrong);
    expect(fixed).toContain('Filip Dewinter');
    expect(fixed).toContain('Borrell told journalists');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('article.txt');
    const saved = await download.path();
    expect(readFileSync(saved, 'utf8')).toBe(fixed);

    await page.selectOption('#target', 'de');
    await page.click('#preview');
    await expect.poll(() => page.textContent('#preview-text')).toContain('Kiew');
    const german = (await page.textContent('#preview-text')) ?? '';
    expect(german).toContain('Luxemburg');
    expect(german).toContain('Annalena Baerbock');

    await page.selectOption('#lang', 'de');
    await expect.poll(() => page.textContent('#h-marked')).toBe('Namen im Text');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
  }, 60_000);

  it('opens a Markdown file (names in code are left alone) and checks in the locale chosen', async () => {
    const dir = newTempDir('canonym-page-');
    const file = join(dir, 'notes.md');
    writeFileSync(file, '# Talks in Brussels\n\nVice-President Vera Yurova met the foreign ministers of the member states on Monday; the code `Vera Yurova` stays as it is.\n');
    await page.setInputFiles('#file', file);
    await expect.poll(() => page.inputValue('#format')).toBe('markdown');
    await expect.poll(() => marked('wrong', 'Vera Yurova').count()).toBe(1);
    // The interface is German since the test before: the status names the language in German.
    expect(await page.textContent('#status')).toBe('Geprüft als Englisch (erkannt).');
    // The same text checked as German: still wrong (the German form is Věra Jourová too), and the status says so.
    await page.selectOption('#locale', 'de');
    await expect.poll(() => page.textContent('#status')).toBe('Geprüft als Deutsch.');
    expect(await marked('wrong', 'Vera Yurova').count()).toBe(1);
    // Download keeps the name of the file opened.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('notes.md');
  }, 60_000);
});
