/**
 * Apertium through its command line: `apertium -l` lists the installed modes, `apertium <mode> <file>` translates.
 * The text goes through a temporary file: the `apertium` script reads `/dev/stdin`, which cannot be opened when
 * standard input is a socket, as Node's child-process pipes are.
 * The unknown-word marks are left on (no `-u`): they are how one sees which words, names among them, the engine
 * did not know; translate() strips them from the text and reports the words.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../i18n/index.ts';
import { EngineError } from '../io/errors.ts';
import { UnsupportedPairError, type TranslationEngine } from './engine.ts';
import { pairOfMode } from './languages.ts';

export interface ApertiumOptions {
  /** The apertium command (default `apertium` on PATH). */
  command?: string;
  /** Default 120 s (--timeout): Apertium translates a long article in a few seconds. */
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

const MAX_OUTPUT = 256 * 1024 * 1024;

/** Ends the engine and everything it started: `apertium` is a shell pipeline, and killing the shell alone leaves its stages running. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}

const running = new Set<number>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** canonym stopped by a signal stops its engines too: in their own process group, the terminal's Ctrl-C misses them. */
function onSignal(signal: NodeJS.Signals): void {
  for (const pid of running) killGroup(pid);
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, signal);
}

function started(pid: number | undefined): void {
  if (pid === undefined) return;
  if (!running.size) for (const s of SIGNALS) process.on(s, onSignal);
  running.add(pid);
}

function ended(pid: number | undefined): void {
  if (pid === undefined || !running.delete(pid) || running.size) return;
  for (const s of SIGNALS) process.off(s, onSignal);
}

process.on('exit', () => {
  for (const pid of running) killGroup(pid);
});

/**
 * The command in a process group of its own, so that a timeout ends the whole pipeline; a run that has not
 * finished after `timeout` ms is killed and reported as "timed out after N s".
 */
export function run(command: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: engineEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    started(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: Error | undefined;
    const fail = (error: Error) => {
      failure ??= error;
      killGroup(child.pid);
    };
    const timer = setTimeout(() => fail(new EngineError(t('cli.translate.error.timeout', { engine: command, seconds: Math.round(timeout / 100) / 10 }))), timeout);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) fail(new EngineError(t('cli.translate.error.failed', { command: `${command} ${args.join(' ')}`, reason: `more than ${MAX_OUTPUT} bytes of output` })));
      else into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      ended(child.pid);
      if (error.code === 'ENOENT') reject(new EngineError(`${command} is not installed (Debian: apt-get install apertium and a pair, e.g. apertium-eng-spa)`));
      else reject(new EngineError(t('cli.translate.error.failed', { command: `${command} ${args.join(' ')}`, reason: error.message })));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Stages the engine left behind in its group go too.
      killGroup(child.pid);
      ended(child.pid);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (failure) reject(failure);
      else if (code === 0) resolve({ stdout, stderr });
      else reject(new EngineError(t('cli.translate.error.failed', { command: `${command} ${args.join(' ')}`, reason: (stderr.trim() || `exit ${code ?? signal}`) })));
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
      if (!stdout.trim()) throw new EngineError(`${this.command} ${mode} returned no text${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`);
      return stdout;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
