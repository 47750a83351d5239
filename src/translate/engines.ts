/** The engines canonym can drive, by the name the command line uses. */
import { UserError } from '../io/errors.ts';
import { ApertiumApy } from './apertium-apy.ts';
import { ApertiumCli } from './apertium.ts';
import type { TranslationEngine } from './engine.ts';

export const ENGINE_NAMES = ['apertium', 'apertium-apy'] as const;

/** `apertium` runs the command; a URL (or `apertium-apy`) talks to an apertium-apy server instead. */
export function createEngine(name: string | undefined, url: string | undefined, timeoutMs?: number): TranslationEngine {
  const chosen = name ?? (url ? 'apertium-apy' : 'apertium');
  if (chosen === 'apertium' && !url) return new ApertiumCli(timeoutMs !== undefined ? { timeoutMs } : {});
  if (chosen === 'apertium-apy' || chosen === 'apertium') {
    if (!url) throw new UserError('--engine apertium-apy needs --engine-url (e.g. http://127.0.0.1:2737)');
    if (!/^https?:\/\//.test(url)) throw new UserError(`--engine-url ${url}: give an http:// or https:// URL`);
    return new ApertiumApy(url, timeoutMs);
  }
  throw new UserError(`unknown engine "${chosen}"; known: ${ENGINE_NAMES.join(', ')}`);
}
