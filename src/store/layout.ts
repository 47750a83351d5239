/**
 * The stored index's file layout, shared by the reader (index-store.ts) and the writer (build.ts):
 *
 *   MAGIC · key (32 bytes) · sections … · header (JSON) · header length (uint32 LE) · END
 *
 * The header comes last, so that the writer streams shards to the file as it encodes them and knows every offset
 * when it writes the header. A sharded section is its shards, then a table of contents of ENTRY bytes a shard:
 * offset (float64), length (uint32), the first 8 bytes of the shard's sha256. A reader reads the header, then one
 * entry and one shard for each shard a lookup needs: the header stays a few hundred bytes whatever the size.
 */
import { createHash } from 'node:crypto';
import { deserialize } from 'node:v8';
import type { Entity } from '../glossary/model.ts';
import { firstAtLeast } from '../text/lines.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import type { SurfaceForm } from '../match/surface.ts';
import type { NameForm } from '../fuzzy/fuzzy-index.ts';

/** Bumped when the stored layout changes in a way the code fingerprint would not show. */
export const FORMAT = 'canonym-index-12';
export const MAGIC = Buffer.from('CANONYMX');
export const END = Buffer.from('CANONYM.');
export const KEY_BYTES = 32;
export const ENTRY = 20;

/** A section read whole: [offset, length, checksum]. */
export type Range = [number, number, string];
/** A section in shards: how many, where its table of contents starts, and how many entries it holds in all. */
export interface Sharded {
  shards: number;
  toc: number;
  count: number;
}

export interface Header {
  format: string;
  locales: string[];
  entities: Sharded;
  trie: Sharded & { formCount: number; longest: number };
  /** The second level of the first words that start many forms (a given name shared by thousands of persons), by
   * first and second word: a lookup of "Josep Borrell" reads the "Josep Borrell" entry, not every Josep. */
  trieSplit: Sharded;
  /** The keyHash of every first word, sorted (uint32 LE), read whole on the first lookup: a word that starts no
   * name is known absent without reading the shard it hashes to (most words of a text). */
  trieTags: Range;
  startUnits: Range;
  collisions: Range;
  /** The places with their case tables, an EntityShard read whole: what the context of a suspect reads. */
  places: Range;
  /** Every place's names as folded words (PlaceKeys[]), read whole: the context's place index, made at build time. */
  placeKeys: Range;
  /** Every place's one-word names and short forms with their keys (PlaceWord[]), read whole: what the searches past
   * the fuzzy index's bound compare a garbled word with. */
  placeWords: Range;
  fuzzy: {
    longestForm: number;
    /** Keys of the deletion index with their values, in groups by key id. */
    keys: Sharded;
    /** The deletion hashes, in groups by hash (hashShard). */
    hashes: Sharded;
    owners: Sharded;
    phrases: Sharded;
    givenNames: Sharded;
    /** The given-name table (StoredGivenSurnames), by given-name key. */
    givenSurnames: Sharded;
  };
}

export const checksumBytes = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest().subarray(0, 8);
export const checksum = (bytes: Uint8Array): string => checksumBytes(bytes).toString('hex');

/** A surface form as a trie shard keeps it: the entity by id (`e`), a listed variant by its place in the entity's list (`v`). */
export type StoredForm = Omit<SurfaceForm, 'entity' | 'variant'> & { e: string; v?: number };
export type StoredNode = { next?: Map<string, StoredNode>; forms?: StoredForm[]; split?: number };
/** A first word whose subtree has more next words than this keeps them in the split section. */
export const SPLIT_ABOVE = 64;
/** The key of a second-level entry in the split section. */
export const splitKey = (first: string, second: string): string => `${first}\u0000${second}`;

/**
 * A shard of the split section: its entries one after the other, each a length (uint32 LE) and the v8 encoding of
 * [first\0second, subtree], so that the build encodes each entry once, when its partition of the trie is built,
 * and only copies the bytes into their shard.
 */
export function splitShardBytes(entries: readonly Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  for (const e of entries) {
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(e.length, 0);
    parts.push(head, Buffer.from(e.buffer, e.byteOffset, e.byteLength));
    size += 4 + e.length;
  }
  return Buffer.concat(parts, size);
}

/** The entries of a split shard as splitShardBytes wrote them; undefined when the bytes are not such a shard. */
export function decodeSplitShard(bytes: Uint8Array): Array<[string, StoredNode]> | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Array<[string, StoredNode]> = [];
  for (let at = 0; at < view.length;) {
    if (at + 4 > view.length) return undefined;
    const length = view.readUInt32LE(at);
    if (at + 4 + length > view.length) return undefined;
    out.push(deserialize(view.subarray(at + 4, at + 4 + length)) as [string, StoredNode]);
    at += 4 + length;
  }
  return out;
}

/** Whether a sorted array of tags holds `tag` (a binary search). */
export function hasTag(sorted: Uint32Array, tag: number): boolean {
  const at = firstAtLeast(sorted, tag);
  return at < sorted.length && sorted[at] === tag;
}

/** FNV-1a over UTF-16 units, unsigned: the tag of a key in an entry shard (shardOf takes it modulo the shards). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A shard whose entries are read one at a time (layout 9: the trie's first words, the fuzzy index's keys): a count
 * n (uint32 LE), n tags (uint32: a key's keyHash, or a key id), n end offsets (uint32) of the entries that follow,
 * each entry the v8 encoding of one [key, value]. A reader scans the tags as a typed array over the bytes read,
 * with no decoding, and decodes only the entries whose tag it asks for: a key the shard lacks (most words that
 * reach the trie name nothing) decodes nothing.
 */
export function entryShardBytes(entries: ReadonlyArray<readonly [number, Uint8Array]>): Buffer {
  const n = entries.length;
  const head = Buffer.alloc(4 + 8 * n);
  head.writeUInt32LE(n, 0);
  let end = 0;
  entries.forEach(([tag, bytes], i) => {
    end += bytes.length;
    head.writeUInt32LE(tag >>> 0, 4 + 4 * i);
    head.writeUInt32LE(end, 4 + 4 * n + 4 * i);
  });
  return Buffer.concat([head, ...entries.map(([, bytes]) => bytes)], head.length + end);
}

/** An entry shard as entryShardBytes wrote it, read in place: its tags, and each entry's bytes on demand. */
export class EntryShard {
  private constructor(
    /** The tag of each entry, in the order written. */
    readonly tags: Uint32Array,
    private readonly ends: Uint32Array,
    private readonly body: Uint8Array,
  ) {}

  /** The shard in these bytes; undefined when they are not such a shard. */
  static read(bytes: Uint8Array): EntryShard | undefined {
    if (bytes.length < 4) return undefined;
    const n = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
    if (n > (bytes.length - 4) / 8) return undefined;
    // The tags and ends are viewed in place where the bytes are aligned (a shard read into a buffer of its own),
    // else copied (a shard in shared memory lies where the file has it); the entries stay where they are.
    const head = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes.subarray(0, 4 + 8 * n));
    const words = new Uint32Array(head.buffer, head.byteOffset, 1 + 2 * n);
    const tags = words.subarray(1, 1 + n);
    const ends = words.subarray(1 + n, 1 + 2 * n);
    const body = bytes.subarray(4 + 8 * n);
    for (let i = 0, last = 0; i < n; last = ends[i++]!) if (ends[i]! < last || ends[i]! > body.length) return undefined;
    if (n > 0 && ends[n - 1] !== body.length) return undefined;
    return new EntryShard(tags, ends, body);
  }

  get count(): number {
    return this.tags.length;
  }

  /** The bytes of entry i. */
  entry(i: number): Uint8Array {
    return this.body.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }
}

export interface EntityShard {
  entities: Entity[];
  tables: Array<[string, Map<GrammaticalCase, string>]>;
}
export interface StoredCollision {
  entity: string;
  form: string;
  path: string;
  owner: string | null;
}
/** A fuzzy name form with its entity by id (`e`). */
export type StoredNameForm = Omit<NameForm, 'entity'> & { e: string };
/** A key of the deletion index: id, key, its values (name form and the word's position in it). */
export type StoredKey = [number, string, Array<{ form: StoredNameForm; position: number }>];

/** A given-name key with its persons' two-word names as [entity id, form, surname key], or 0 for 'too-many'. */
export type StoredGivenSurnames = [string, Array<[string, string, string]> | 0];

/** How many entries a shard holds, by section: small, since a lookup needs one entry of the shard it reads. */
export const PER_SHARD = {
  entities: 8,
  trie: 16,
  trieSplit: 16,
  keys: 32,
  hashes: 256,
  owners: 64,
  phrases: 128,
  givenNames: 128,
  givenSurnames: 64,
} as const;

export const shardCount = (entries: number, per: number): number => Math.max(1, Math.ceil(entries / per));
