/**
 * Generated benchmark data: names with a misspelt variant each, and news-like text (English with some Russian)
 * that mentions them. Deterministic, so every run measures the same thing.
 */
import type { Entity, Glossary } from '../src/glossary/model.ts';
import { foldPhrase } from '../src/text/fold.ts';
import { rng } from './rng.ts';

const random = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const GIVEN = ['Josep', 'Věra', 'Filip', 'Olaf', 'Ursula', 'Dmytro', 'Mark', 'Maroš', 'Kaja', 'Petr', 'Jan', 'Anna', 'Marta', 'Jean', 'Luis', 'Sofia', 'Lena', 'Tomas', 'Irena', 'Pieter'];
// About as many syllables as it takes for 100,000 surnames to be as far apart as real ones (real names are not
// dense combinations of a handful of syllables, and a denser set would flatter no one).
const SYLLABLES = ['bor', 'rell', 'jou', 'ro', 'vá', 'de', 'win', 'ter', 'ku', 'le', 'ba', 'lav', 'rov', 'šef', 'čo', 'vič', 'kal', 'las', 'zel', 'en', 'sky', 'mer', 'kel', 'rut', 'te', 'hoek', 'stra', 'van', 'dam', 'mo', 'ski', 'ła', 'nov', 'ić',
  'gar', 'mul', 'ped', 'sant', 'fon', 'tur', 'nis', 'hav', 'brun', 'pol', 'dreg', 'kim', 'sor', 'vald', 'ess', 'mar', 'tin', 'holm', 'bach', 'rin', 'gud', 'fel', 'mon', 'tesc', 'ul', 'yar', 'quin', 'zab', 'ors', 'lund'];
// How a surname gets misspelled on its way through translation (w→v, doubled letters, lost diacritics).
const MISSPELL: Array<(s: string) => string> = [
  (s) => s.replace(/w/g, 'v').replace(/ll/g, 'l'),
  (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/a/, 'ah'),
  (s) => s.replace(/([^aeiou])([aeiou])/, '$1$1$2'),
  (s) => s + 'h',
];

export interface NamePair {
  canonical: string;
  /** The misspelling the glossary lists. */
  variant: string;
  /** Another misspelling of the same surname that the glossary does not list (for suspected variants), if any. */
  unlisted?: string;
}

export function makeNames(count: number): NamePair[] {
  const seen = new Set<string>();
  const out: NamePair[] = [];
  while (out.length < count) {
    const parts = 2 + Math.floor(random() * 2);
    let surname = '';
    for (let i = 0; i < parts; i++) surname += pick(SYLLABLES);
    surname = surname[0]!.toUpperCase() + surname.slice(1);
    const canonical = `${pick(GIVEN)} ${surname}`;
    const variant = `${canonical.split(' ')[0]} ${pick(MISSPELL)(surname)}`;
    // A variant that differs only in case or diacritics is not a variant (exact-form reports it), so skip those.
    const [c, v] = [foldPhrase(canonical), foldPhrase(variant)];
    if (c === v || seen.has(c) || seen.has(v)) continue;
    seen.add(c);
    seen.add(v);
    // Chosen without drawing from the random sequence, so that the texts made before and after are unchanged.
    const unlisted = MISSPELL.map((f) => `${canonical.split(' ')[0]} ${f(surname)}`).find((u) => {
      const folded = foldPhrase(u);
      return folded !== c && !seen.has(folded);
    });
    out.push({ canonical, variant, ...(unlisted ? { unlisted } : {}) });
  }
  // A misspelling chosen early may have become a later name's spelling: then it is listed after all.
  for (const n of out) if (n.unlisted && seen.has(foldPhrase(n.unlisted))) delete n.unlisted;
  return out;
}

const FILLER = 'the minister said on Tuesday that talks in Brussels would continue after the summit while officials in Kyiv and Warsaw warned of delays to the aid package for the coming winter'.split(' ');
const RU_FILLER = 'министр заявил во вторник что переговоры в Брюсселе продолжатся после саммита а чиновники предупредили о задержках'.split(' ');

/**
 * News-like text of about `bytes` bytes. With `unlisted` (a share and a list to fill), that share of the names
 * is written with a misspelling the glossary does not list, and each one written is recorded.
 */
export function makeText(names: NamePair[], bytes: number, unlisted?: { share: number; written: string[] }): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const words = Array.from({ length: 12 + Math.floor(random() * 12) }, () => pick(random() < 0.15 ? RU_FILLER : FILLER));
      if (random() < 0.5) {
        const n = pick(names);
        let name = random() < 0.3 ? n.variant : n.canonical;
        if (unlisted && n.unlisted && random() < unlisted.share) unlisted.written.push((name = n.unlisted));
        words.splice(Math.floor(random() * words.length), 0, name);
      }
      sentences.push(words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}

export function glossaryOf(names: NamePair[]): Glossary {
  const entities = new Map<string, Entity>();
  names.forEach((n, i) => {
    const id = `name-${i}`;
    entities.set(id, {
      id, type: 'person', gender: 'male', description: 'benchmark name', native: {}, names: { en: [n.canonical] }, short: { en: [] },
      variants: [{ form: n.variant, status: 'forbidden', wrongIn: null }], specs: [], sources: [], notThisEntity: [],
    });
  });
  return { entities };
}

