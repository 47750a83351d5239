/**
 * A trie over folded words: the name automaton.
 * Each text word costs one hash lookup at the root, whatever the number of names, and a walk only where a
 * name starts. Words rather than characters because names are matched on word boundaries anyway, and a
 * JavaScript Map lookup per word beats a per-character automaton in a language without cheap char arrays.
 */
import type { SurfaceForm } from './surface.ts';

export interface TrieNode {
  next?: Map<string, TrieNode>;
  forms?: SurfaceForm[];
}

export class WordTrie {
  readonly root = new Map<string, TrieNode>();
  private formCount = 0;
  private longest = 0;

  insert(keys: readonly string[], form: SurfaceForm): void {
    if (keys.length === 0) return;
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

  get size(): number {
    return this.formCount;
  }

  get maxWords(): number {
    return this.longest;
  }
}
