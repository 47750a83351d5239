/**
 * The stem tables of the Hunspell dictionaries, compiled once per run of `check --jobs` and shared by its threads.
 *
 * Each language has a slot in one Int32Array over shared memory: 0 nobody has it, 1 a thread is compiling it, 2
 * it has been posted. The first thread that needs a language claims its slot (compare-and-exchange 0 → 1),
 * compiles the table into SharedArrayBuffers, posts it to every other thread (a MessageChannel from each thread
 * to each other, made before the workers start, so that a message waits for a thread that starts late) and marks
 * the slot 2. Another thread that needs it waits while the slot is 1 (Atomics.wait: no CPU, and less time than
 * compiling it again), then takes the table from its ports synchronously (receiveMessageOnPort: a thread busy
 * checking never returns to its event loop between two words) and wraps its arrays; nothing is copied. A table
 * that does not come (a thread that failed while compiling) is compiled again by whoever needs it, as without
 * the exchange.
 */
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { SharedStemTable, StemTableExchange } from '../../lexicon/dictionary.ts';

/** One thread's part of the exchange: plain data and ports that cross threads (the ports in a transferList). */
export interface LexiconShare {
  /** One slot a language code (two or three letters a–z), the same array in every thread. */
  state: Int32Array;
  /** A port to each other thread, to post the tables this one compiles. */
  outs: MessagePort[];
  /** A port from each other thread: what it posted waits here, even if posted before this thread started. */
  ins: MessagePort[];
}

const FREE = 0;
const COMPILING = 1;
const POSTED = 2;
/** How long a thread waits for another's table before compiling its own (the largest takes about 0.1 s). */
const WAIT_MS = 10_000;

/** The slot of a language code of two or three letters a–z; undefined for any other code (not shared). */
function slotOf(language: string): number | undefined {
  if (!/^[a-z]{2,3}$/.test(language)) return undefined;
  const at = (i: number) => (i < language.length ? language.charCodeAt(i) - 96 : 0); // 1–26, 0 past the end
  return (at(0) * 27 + at(1)) * 27 + at(2);
}

/** The parts of `threads` threads of one run, this thread's first: a channel from each thread to each other. */
export function newLexiconShares(threads: number): LexiconShare[] {
  const state = new Int32Array(new SharedArrayBuffer(27 * 27 * 27 * 4));
  const shares = Array.from({ length: threads }, (): LexiconShare => ({ state, outs: [], ins: [] }));
  for (let from = 0; from < threads; from++) {
    for (let to = 0; to < threads; to++) {
      if (from === to) continue;
      const { port1, port2 } = new MessageChannel();
      shares[from]!.outs.push(port1);
      shares[to]!.ins.push(port2);
    }
  }
  return shares;
}

/** The ports of a share, for the transferList of the worker that gets it. */
export const portsOf = (share: LexiconShare): MessagePort[] => [...share.outs, ...share.ins];

/** One thread's side of the exchange; close() when the thread has checked its last file. */
export class LexiconExchange implements StemTableExchange {
  private readonly received = new Map<string, SharedStemTable>();

  constructor(private readonly share: LexiconShare) {}

  take(language: string): SharedStemTable | undefined {
    const slot = slotOf(language);
    if (slot === undefined) return undefined;
    const { state } = this.share;
    const before = Atomics.compareExchange(state, slot, FREE, COMPILING);
    if (before === FREE) return undefined; // ours to compile
    if (before === COMPILING) Atomics.wait(state, slot, COMPILING, WAIT_MS);
    for (const port of this.share.ins) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const { language: posted, table } = m.message as { language: string; table: SharedStemTable };
        this.received.set(posted, table);
      }
    }
    return this.received.get(language);
  }

  offer(language: string, table: SharedStemTable | undefined): void {
    const slot = slotOf(language);
    if (slot === undefined) return;
    if (table) for (const port of this.share.outs) port.postMessage({ language, table });
    Atomics.store(this.share.state, slot, POSTED);
    Atomics.notify(this.share.state, slot);
  }

  close(): void {
    for (const port of portsOf(this.share)) port.close();
  }
}
