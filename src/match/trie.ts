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
    this.cachedStarts = undefined;
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

  private cachedStarts?: RegExp;

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

  /**
   * A regex character class of every UTF-16 unit that can start a name in the text (any case or accent of a
   * marked first unit, upper case only where no form starts in lower case). V8 scans for a class far faster
   * than a JavaScript loop can, so the matcher jumps from one possible start to the next.
   */
  get startPattern(): RegExp {
    if (this.cachedStarts) return this.cachedStarts;
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
    const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
    const cls = [...units].sort((a, b) => a - b).map(hex).join('');
    return (this.cachedStarts = new RegExp(cls ? `[${cls}]` : '[^\\s\\S]', 'g'));
  }

  get size(): number {
    return this.formCount;
  }

  get maxWords(): number {
    return this.longest;
  }
}
