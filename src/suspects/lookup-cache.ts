/**
 * The suspects' lookups (the known words near a key, a language's anchors, derived and shuffled surnames, far
 * countries) are asked again and again for the same words of a text and of the next ones: each is kept per owner
 * (the fuzzy index or the glossary it was made from, so that another index never sees it) and per key, and an
 * owner's answers are all dropped once there are LIMIT of them, so that a long run's memory stays bounded.
 *
 * Two calls rather than one that takes the work as a function: these lookups run once per word, and the caller's
 * own code between them allocates nothing on a hit.
 */
const LIMIT = 200_000;

export class LookupCache<Owner extends object, Value> {
  private readonly byOwner = new WeakMap<Owner, Map<string, Value>>();

  /** The owner's answers so far (a Map to read with `get`, then to `keep` a new answer in). */
  of(owner: Owner): Map<string, Value> {
    let answers = this.byOwner.get(owner);
    if (!answers) this.byOwner.set(owner, (answers = new Map()));
    return answers;
  }

  /** Keeps `value` under `key` among `answers` (from `of`), and returns it. */
  keep(answers: Map<string, Value>, key: string, value: Value): Value {
    if (answers.size >= LIMIT) answers.clear();
    answers.set(key, value);
    return value;
  }

  /** Drops what was kept for this owner. */
  forget(owner: Owner): void {
    this.byOwner.delete(owner);
  }
}
