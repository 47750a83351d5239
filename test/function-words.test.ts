/** The quick language guess that orders the work of check --jobs (detect/function-words.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessByFunctionWords } from '../src/detect/function-words.ts';

const NEWS = fileURLToPath(new URL('./fixtures/eval/news', import.meta.url));
const LOCALES = ['bg', 'cs', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'ru', 'uk'];

/** Real news in each language (test/fixtures/eval/news), about 500 bytes of consecutive sentences from the middle. */
function sampleOf(locale: string): string {
  const lines = readFileSync(join(NEWS, `${locale}.human.txt`), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  let sample = '';
  for (let i = Math.floor(lines.length / 2); i < lines.length && Buffer.byteLength(sample) < 500; i++) sample += `${lines[i]}\n`;
  return sample;
}

describe('the language of a file by its function words', () => {
  it('is the language of real news in each of the glossary languages but Ukrainian, whose list is short', () => {
    const guessed = Object.fromEntries(LOCALES.map((l) => [l, guessByFunctionWords(sampleOf(l), LOCALES)]));
    for (const locale of LOCALES.filter((l) => l !== 'uk')) expect(guessed[locale]).toBe(locale);
    expect([undefined, 'uk', 'ru', 'bg']).toContain(guessed.uk);
  });

  it('is only ever one of the candidates', () => {
    expect(guessByFunctionWords(sampleOf('de'), ['en', 'fr'])).not.toBe('de');
    expect(guessByFunctionWords(sampleOf('de'), ['de', 'en'])).toBe('de');
  });

  it('is no guess for a text with too few function words, or as many of two languages', () => {
    expect(guessByFunctionWords('Hi.', LOCALES)).toBeUndefined();
    expect(guessByFunctionWords('Vladimir Putin, Kyiv, NATO', LOCALES)).toBeUndefined();
    expect(guessByFunctionWords('the and of the und der die und', ['en', 'de'])).toBeUndefined();
  });
});
