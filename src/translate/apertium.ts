/**
 * Apertium through its command line: `apertium -l` lists the installed modes, `apertium <mode> <file>` translates.
 * The text goes through a temporary file: the `apertium` script reads `/dev/stdin`, which cannot be opened when
 * standard input is a socket, as Node's child-process pipes are.
 * The unknown-word marks are left on (no `-u`): they are how one sees which words, names among them, the engine
 * did not know; translate() strips them from the text and reports the words.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../io/errors.ts';
import { UnsupportedPairError, type TranslationEngine } from './engine.ts';
import { pairOfMode } from './languages.ts';

export interface ApertiumOptions {
  /** The apertium command (default `apertium` on PATH). */
  command?: string;
  /** Default 120 s: Apertium translates a long article in a few seconds. */
  timeoutMs?: number;
}

/**
 * Apertium's C++ stages abort when the user's locale is not installed (`LANG=de_DE.UTF-8` on a machine without
 * it), and its shell pipeline then exits 0 with no output. The text is UTF-8 whatever the user's language, so
 * the engine always runs in C.UTF-8.
 */
function engineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8' };
  delete env.LANGUAGE;
  return env;
}

function run(command: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: engineEnv() }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new UserError(`${command} is not installed (Debian: apt-get install apertium and a pair, e.g. apertium-eng-spa)`));
      } else {
        reject(new UserError(`${command} ${args.join(' ')} failed: ${(stderr || error.message).trim()}`));
      }
    });
  });
}

export class ApertiumCli implements TranslationEngine {
  readonly name = 'apertium';
  readonly marksUnknownWords = true;
  private readonly command: string;
  private readonly timeoutMs: number;
  private cachedModes?: Promise<string[]>;

  constructor(options: ApertiumOptions = {}) {
    this.command = options.command ?? 'apertium';
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  /** Installed modes as Apertium names them (`eng-spa`). */
  modes(): Promise<string[]> {
    return (this.cachedModes ??= run(this.command, ['-l'], this.timeoutMs).then(({ stdout }) => stdout.split('\n').map((l) => l.trim()).filter(Boolean)));
  }

  async pairs(): Promise<string[]> {
    return (await this.modes()).map(pairOfMode).filter((p): p is string => p !== undefined);
  }

  async translate(text: string, from: string, to: string): Promise<string> {
    const modes = await this.modes();
    const mode = modes.find((m) => pairOfMode(m) === `${from}-${to}`);
    if (!mode) throw new UnsupportedPairError(this.name, from, to, await this.pairs());
    if (!text.trim()) return text;
    const dir = mkdtempSync(join(tmpdir(), 'canonym-apertium-'));
    try {
      const input = join(dir, 'input.txt');
      writeFileSync(input, text);
      const { stdout, stderr } = await run(this.command, [mode, input], this.timeoutMs);
      // A stage that dies inside Apertium's pipeline does not fail the pipeline: an empty result is the sign.
      if (!stdout.trim()) throw new UserError(`${this.command} ${mode} returned no text${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`);
      return stdout;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
