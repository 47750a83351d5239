import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { queueSpan, takeNext, workQueues, type WorkQueues } from '../src/cli/parallel/queues.ts';

const work = mkdtempSync(join(tmpdir(), 'canonym-queues-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEXTS: Record<string, string> = {
  en: 'The government said on Tuesday that the talks with the European Commission would continue next week in Brussels, and that the ministers hoped to reach an agreement before the summer.',
  de: 'Die Regierung teilte am Dienstag mit, dass die Gespräche mit der Europäischen Kommission in der kommenden Woche in Brüssel fortgesetzt werden, und die Minister hoffen auf eine Einigung vor dem Sommer.',
  ru: 'Правительство сообщило во вторник, что переговоры с Европейской комиссией продолжатся на следующей неделе в Брюсселе, и министры надеются достичь соглашения до лета.',
};

/** `n` files whose languages go round en, de, ru, and one file too short to guess. */
function folder(name: string, n: number): { paths: string[]; languages: string[] } {
  const languages = Object.keys(TEXTS);
  const paths: string[] = [];
  const of: string[] = [];
  for (let i = 0; i < n; i++) {
    const language = languages[i % languages.length]!;
    const path = join(work, `${name}-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `${TEXTS[language]}\n`.repeat(1 + (i % 4)));
    paths.push(path);
    of.push(language);
  }
  const short = join(work, `${name}-short.txt`);
  writeFileSync(short, 'Hi.\n');
  paths.push(short);
  of.push('?');
  return { paths, languages: of };
}

/** The files still in queue `q`, front to back. */
const queued = (queues: WorkQueues, q: number): number[] => Array.from(queues.order.subarray(...queueSpan(queues, q)));

/** The runs of one language in a list of files, as [language, count] pairs (unguessed files left out). */
function runs(files: number[], languages: string[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const i of files) {
    const language = languages[i]!;
    if (language === '?') continue;
    const last = out.at(-1);
    if (last?.[0] === language) last[1]++;
    else out.push([language, 1]);
  }
  return out;
}

describe('work queues of check --jobs', () => {
  it('give each file to one thread, once, whatever thread asks', () => {
    const { paths } = folder('once', 30);
    const queues = workQueues(paths, 3, ['en', 'de', 'ru']);
    const taken: number[] = [];
    // Threads asking in an uneven order: queue 2 asks most, so it takes from the others once its own is empty.
    for (let turn = 0; taken.length < paths.length + 5; turn++) {
      const i = takeNext(queues, turn % 5 === 0 ? 0 : turn % 5 === 1 ? 1 : 2);
      if (i < 0) break;
      taken.push(i);
    }
    expect(taken.slice().sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    for (const q of [0, 1, 2]) expect(takeNext(queues, q)).toBe(-1);
  });

  it('keep the files of one language together in one queue, in path order', () => {
    const { paths, languages } = folder('lang', 30);
    const queues = workQueues(paths, 2, ['en', 'de', 'ru']);
    const first = queued(queues, 0);
    const second = queued(queues, 1);
    expect([...first, ...second].sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    const languagesOf = (part: number[]) => new Set(part.map((i) => languages[i]).filter((l) => l !== '?'));
    expect([...languagesOf(first)].filter((l) => languagesOf(second).has(l))).toEqual([]);
    expect(languagesOf(first).size + languagesOf(second).size).toBe(3);
    for (const part of [first, second]) {
      // One run per language, each in path order, and the unguessed file last.
      expect(runs(part, languages).length).toBe(languagesOf(part).size);
      for (const language of languagesOf(part)) {
        const own = part.filter((i) => languages[i] === language);
        expect(own).toEqual(own.slice().sort((a, b) => a - b));
      }
      const short = part.indexOf(paths.length - 1);
      if (short >= 0) expect(short).toBe(part.length - 1);
    }
  });

  it('let a thread whose queue is empty take the other queue from its back, its last language first', () => {
    const { paths, languages } = folder('back', 30);
    const queues = workQueues(paths, 2, ['en', 'de', 'ru']);
    // The queue with two languages is the one a thief should enter at its last language only.
    const two = runs(queued(queues, 0), languages).length === 2 ? 0 : 1;
    const thief = 1 - two;
    const own = queued(queues, thief);
    const other = queued(queues, two);
    for (let i = 0; i < own.length; i++) expect(takeNext(queues, thief)).toBe(own[i]);
    // The owner takes two files from its front meanwhile; the thief then takes from the back, and what is left
    // meets in the middle: every file once.
    const ownerTook = [takeNext(queues, two), takeNext(queues, two)];
    expect(ownerTook).toEqual(other.slice(0, 2));
    // The back of that queue: its unguessed files, if any, then its last language, all of it.
    const lastLanguage = runs(other, languages).at(-1)![0];
    const tail = other.slice(other.findIndex((i) => languages[i] === lastLanguage));
    expect(tail.every((i) => languages[i] === lastLanguage || languages[i] === '?')).toBe(true);
    const stolen = tail.map(() => takeNext(queues, thief));
    expect(stolen).toEqual(tail.slice().reverse());
    const rest: number[] = [];
    for (let turn = 0; ; turn++) {
      const i = takeNext(queues, turn % 2 === 0 ? two : thief);
      if (i < 0) break;
      rest.push(i);
    }
    expect([...ownerTook, ...stolen, ...rest].sort((a, b) => a - b)).toEqual(other.slice().sort((a, b) => a - b));
    expect(takeNext(queues, 0)).toBe(-1);
    expect(takeNext(queues, 1)).toBe(-1);
  });
});
