/**
 * A map from words to values that is read straight from a text: get(text, start, end) finds the word
 * text.slice(start, end) without making that string. Open addressing over a 32-bit hash (FNV-1a) of the word's
 * UTF-16 units; a hit is confirmed unit by unit, so two words never share an entry. A text repeats its
 * capitalised words, so most lookups find a word already seen, and a string is made only for a new one.
 */
export interface WordEntry<V> {
  word: string;
  value: V;
}

export class WordTable<V> {
  private slots = new Int32Array(1 << 12); // 1 + index into entries; 0 = empty
  private hashes = new Int32Array(1 << 12);
  private entries: Array<WordEntry<V>> = [];

  /** At most `limit` words: past that the table starts afresh (a cache, not a store). */
  constructor(private readonly limit = 500_000) {}

  get size(): number {
    return this.entries.length;
  }

  get(text: string, start: number, end: number): WordEntry<V> | undefined {
    return this.getHashed(text, start, end, hashUnits(text, start, end));
  }

  /** get() for a caller that hashed the word's units as it read them (hashStep over each unit from HASH_START). */
  getHashed(text: string, start: number, end: number, h: number): WordEntry<V> | undefined {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] !== h) continue;
      const entry = this.entries[this.slots[slot]! - 1]!;
      if (sameUnits(entry.word, text, start, end)) return entry;
    }
    return undefined;
  }

  /** Adds text[start, end), which get() did not find. */
  add(text: string, start: number, end: number, value: V): WordEntry<V> {
    return this.addHashed(text, start, end, hashUnits(text, start, end), value);
  }

  /** add() with the word's hash, as getHashed() takes it. */
  addHashed(text: string, start: number, end: number, h: number, value: V): WordEntry<V> {
    if (this.entries.length >= this.limit) this.clear();
    if ((this.entries.length + 1) * 2 > this.slots.length) this.grow();
    const entry = { word: text.slice(start, end), value };
    this.entries.push(entry);
    this.place(h, this.entries.length);
    return entry;
  }

  clear(): void {
    this.slots = new Int32Array(1 << 12);
    this.hashes = new Int32Array(1 << 12);
    this.entries = [];
  }

  private place(h: number, ref: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = ref;
    this.hashes[slot] = h;
  }

  private grow(): void {
    const [slots, hashes] = [this.slots, this.hashes];
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    for (let s = 0; s < slots.length; s++) if (slots[s] !== 0) this.place(hashes[s]!, slots[s]!);
  }
}

/** FNV-1a over UTF-16 units, as an int32 (as the table stores it; an empty word keeps HASH_START). */
export const HASH_START = 0x811c9dc5 | 0;

export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

function hashUnits(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
