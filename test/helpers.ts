/** Shared by the tests: the fixture glossary, and running the CLI in-process with its output captured. */
import { vi } from 'vitest';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { main } from '../src/cli/main.ts';
import { fixture } from './fixtures.ts';

export { fixture };

let testIndex: NameIndex | undefined;
/** The small test glossary only (no shipped data), so matcher tests do not move when product data does. */
export function fixtureIndex(): NameIndex {
  return (testIndex ??= buildNameIndex(loadGlossary({ withoutShipped: true, layers: [fixture('glossary')] })));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  let restoreStdin: (() => void) | undefined;
  if (stdin !== undefined) {
    const { Readable } = await import('node:stream');
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(stdin)]), configurable: true });
    restoreStdin = () => Object.defineProperty(process, 'stdin', original);
  }
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    restoreStdin?.();
  }
}
