import { describe, expect, it } from 'vitest';
import { foldWord } from '../src/text/fold.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { applyCasePattern } from '../src/text/case.ts';
import { firstAtLeast, lastAtMost, LineIndex } from '../src/text/lines.ts';

const words = (text: string) => Array.from(tokenize(text), (t) => t.text);

describe('foldWord', () => {
  it('folds case and Latin diacritics, including letters NFD leaves alone', () => {
    expect(foldWord('Jourová')).toBe('jourova');
    expect(foldWord('Zełenski')).toBe('zelenski');
    expect(foldWord('Strauß')).toBe('strauss');
    expect(foldWord('Søren')).toBe('soren');
    expect(foldWord('Erdoğan')).toBe('erdogan');
  });
  it('keeps Cyrillic letters distinct except ё', () => {
    expect(foldWord('Київ')).toBe('київ');
    expect(foldWord('Зеленський')).toBe('зеленський');
    expect(foldWord('Зеленский')).not.toBe(foldWord('Зеленскии'));
    expect(foldWord('Пётр')).toBe('петр');
  });
  it('folds the Ukrainian apostrophe variants together', () => {
    expect(foldWord('Слов’янськ')).toBe(foldWord("Слов'янськ"));
    expect(foldWord('Словʼянськ')).toBe(foldWord("Слов'янськ"));
  });
});

describe('tokenize', () => {
  it('does not split words at non-ASCII letters (unlike \\b)', () => {
    expect(words('Věra Jourová, Zełenski и Зеленський.')).toEqual(['Věra', 'Jourová', 'Zełenski', 'и', 'Зеленський']);
  });
  it('leaves a possessive outside the word', () => {
    const [t] = Array.from(tokenize("Borrell's office"));
    expect(t).toMatchObject({ text: 'Borrell', start: 0, end: 7 });
    expect(words('Gaddafi’s forces')).toEqual(['Gaddafi', 'forces']);
  });
  it('strips French and Italian elision but keeps O’Brien and В’ячеслав', () => {
    const [t] = Array.from(tokenize('l’Ukraine'));
    expect(t).toMatchObject({ text: 'Ukraine', start: 2 });
    expect(words("dell'Ucraina")).toEqual(['Ucraina']);
    expect(words("O'Brien")).toEqual(["O'Brien"]);
    expect(words('В’ячеслав')).toEqual(['В’ячеслав']);
  });
  it('lets a name continue over spaces, one hyphen or one line break, but not punctuation or a blank line', () => {
    const joins = (text: string) => Array.from(tokenize(text), (t) => t.joinsPrevious).slice(1);
    expect(joins('Josep Borrell')).toEqual([true]);
    expect(joins('Jean-Claude')).toEqual([true]);
    expect(joins('Josep\nBorrell')).toEqual([true]);
    expect(joins('Josep, Borrell')).toEqual([false]);
    expect(joins('Josep\n\nBorrell')).toEqual([false]);
  });
});

describe('applyCasePattern', () => {
  it('keeps all caps and leaves other patterns to the replacement', () => {
    expect(applyCasePattern('BOREL', 'Borrell')).toBe('BORRELL');
    expect(applyCasePattern('Borel', 'Borrell')).toBe('Borrell');
    expect(applyCasePattern('VERA YUROVA', 'Věra Jourová')).toBe('VĚRA JOUROVÁ');
    expect(applyCasePattern('A', 'Ab')).toBe('Ab');
  });
});

describe('LineIndex', () => {
  it('gives 1-based lines and UTF-16 columns', () => {
    const lines = new LineIndex('ab\ncdé\n\nx');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(4)).toEqual({ line: 2, column: 2 });
    expect(lines.position(8)).toEqual({ line: 4, column: 1 });
  });

  it('ends a line at LF, CRLF or a lone CR, wherever they fall (as the pattern /\\r\\n?|\\n/ splits)', () => {
    const parts = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', '\r\r\n', '😀', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: Math.floor(next() * 16) }, () => parts[Math.floor(next() * parts.length)]!).join('');
      const expected = [0, ...Array.from(text.matchAll(/\r\n?|\n/g), (m) => m.index + m[0].length)];
      expect(new LineIndex(text).starts, JSON.stringify(text)).toEqual(expected);
    }
    expect(new LineIndex('a\r\nb\rc\nd').starts).toEqual([0, 3, 5, 7]);
  });
});

describe('searches in a sorted list', () => {
  it('find the first value at least, and the last at most, a given one, as a scan does, duplicates included', () => {
    const lists = [[], [5], [1, 3, 3, 3, 8], [0, 2, 4, 6, 8, 10], [-4, -4, 7]];
    for (const list of lists) {
      for (let value = -6; value <= 12; value++) {
        const first = list.findIndex((x) => x >= value);
        expect(firstAtLeast(list, value), `${list} ${value}`).toBe(first < 0 ? list.length : first);
        if (list.length) expect(lastAtMost(list, value), `${list} ${value}`).toBe(Math.max(0, list.findLastIndex((x) => x <= value)));
      }
    }
  });
});

describe('applyCasePattern with the natural form', () => {
  it('does not shout the replacement of an acronym', () => {
    expect(applyCasePattern('FYROM', 'North Macedonia', 'FYROM')).toBe('North Macedonia');
    expect(applyCasePattern('KIEV', 'Kyiv', 'Kiev')).toBe('KYIV');
  });
});
