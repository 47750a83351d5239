/**
 * A trie over folded words: the name automaton.
 * Each text word costs one hash lookup at the root, whatever the number of names, and a walk only where a
 * name starts. Words rather than characters because names are matched on word boundaries anyway, and a
 * JavaScript Map lookup per word beats a per-character automaton in a language without cheap char arrays.
 */
import { foldedFirstUnit, isUpperUnit } from '../text/fold.ts';
import type { SurfaceForm } from './surface.ts';

export interface TrieNode {
  next?: Map<string, TrieNode>;
  forms?: SurfaceForm[];
}

/** A trie as plain data (Maps, typed arrays and plain objects), for the stored index (v8 structured clone). */
export interface WordTrieData {
  root: Map<string, TrieNode>;
  startUnits: Uint8Array;
  formCount: number;
  longest: number;
}

export class WordTrie {
  readonly root: Map<string, TrieNode> = new Map();
  /**
   * Prefilter over the first folded UTF-16 unit of a word: 1 = some name starts with it when capitalised,
   * 2 = some name starts with it in lower case too ("von der Leyen", "al-Assad"). A word whose first unit is
   * not marked cannot start a name, so the matcher skips it without slicing or folding it.
   */
  readonly startUnits = new Uint8Array(0x10000);
  private formCount = 0;
  private longest = 0;

  static fromData(data: WordTrieData): WordTrie {
    const trie = new WordTrie();
    Object.assign(trie, { root: data.root, startUnits: data.startUnits, formCount: data.formCount, longest: data.longest });
    return trie;
  }

  toData(): WordTrieData {
    return { root: this.root, startUnits: this.startUnits, formCount: this.formCount, longest: this.longest };
  }

  insert(keys: readonly string[], form: SurfaceForm): void {
    if (keys.length === 0) return;
    const first = keys[0]!.charCodeAt(0);
    const lowerStart = !/^\p{Lu}/u.test(form.words[0] ?? '');
    this.startUnits[first] = Math.max(this.startUnits[first]!, lowerStart ? 2 : 1);
    this.cachedStartTable = undefined;
    let level = this.root;
    let node: TrieNode | undefined;
    for (const key of keys) {
      node = level.get(key);
      if (!node) level.set(key, (node = {}));
      level = node.next ??= new Map();
    }
    if (!node!.next!.size) delete node!.next;
    (node!.forms ??= []).push(form);
    this.formCount++;
    this.longest = Math.max(this.longest, keys.length);
  }

  /** The forms stored at exactly this key sequence. */
  lookup(keys: readonly string[]): SurfaceForm[] | undefined {
    let level: Map<string, TrieNode> | undefined = this.root;
    let node: TrieNode | undefined;
    for (const key of keys) {
      node = level?.get(key);
      if (!node) return undefined;
      level = node.next;
    }
    return node?.forms;
  }

  private cachedStartTable?: Uint8Array;

  /**
   * Every UTF-16 unit that can start a name in the text, as a table by unit (1 = can start one): any case or
   * accent of a marked first unit, upper case only where no form starts in lower case. The matcher looks at a
   * word only when its first unit is marked, a table lookup per word.
   */
  get startTable(): Uint8Array {
    if (this.cachedStartTable) return this.cachedStartTable;
    const table = new Uint8Array(0x10000);
    for (const c of this.startUnitSet()) table[c] = 1;
    return (this.cachedStartTable = table);
  }

  private startUnitSet(): Set<number> {
    const units = new Set<number>();
    const consider = (c: number) => {
      const mark = this.startUnits[foldedFirstUnit(c)]!;
      if (mark === 2 || (mark === 1 && isUpperUnit(c))) units.add(c);
    };
    // Latin, Greek and Cyrillic blocks, where every name of the glossary starts; other scripts by their own units.
    for (const [from, to] of [[0x30, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff]] as const) for (let c = from; c <= to; c++) consider(c);
    for (let c = 0; c < 0x10000; c++) {
      if (this.startUnits[c] && !(c <= 0x24f || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1fff))) {
        units.add(c);
        for (const variant of [String.fromCharCode(c).toUpperCase(), String.fromCharCode(c).toLowerCase()]) if (variant.length === 1) units.add(variant.charCodeAt(0));
      }
    }
    return units;
  }

  get size(): number {
    return this.formCount;
  }

  get maxWords(): number {
    return this.longest;
  }
}
