import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeNext, workQueues } from '../src/cli/parallel/queues.ts';

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

  it('keep the files of one language in one queue, in path order', () => {
    const { paths, languages } = folder('lang', 30);
    const queues = workQueues(paths, 2, ['en', 'de', 'ru']);
    // Each queue's part of the order.
    const first = Array.from(queues.order.subarray(0, queues.ends[0]));
    const second = Array.from(queues.order.subarray(queues.ends[0], queues.ends[1]));
    expect(first.length + second.length).toBe(paths.length);
    for (const part of [first, second]) expect(part).toEqual(part.slice().sort((a, b) => a - b));
    const languagesOf = (part: number[]) => new Set(part.map((i) => languages[i]).filter((l) => l !== '?'));
    expect([...languagesOf(first)].filter((l) => languagesOf(second).has(l))).toEqual([]);
    expect(languagesOf(first).size + languagesOf(second).size).toBe(3);
    // One thread alone takes its own queue first, then the other's.
    const alone: number[] = [];
    for (let i = takeNext(queues, 0); i >= 0; i = takeNext(queues, 0)) alone.push(i);
    expect(alone).toEqual([...first, ...second]);
  });
});
