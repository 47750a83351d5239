/** What canonym needs from a machine translation engine, whatever drives it (a command, an HTTP service). */
import { UserError } from '../io/errors.ts';

export interface TranslationEngine {
  readonly name: string;
  /** Installed directions as `from-to` in canonym's locale codes (`en-es`). */
  pairs(): Promise<string[]>;
  /** Plain text in, plain text out; `from` and `to` are canonym locale codes. */
  translate(text: string, from: string, to: string): Promise<string>;
  /**
   * The output marks words the engine does not know (Apertium: `*Kuleba`, `#` and `@` for generation and
   * transfer errors); translate() strips the marks and lists the words.
   */
  readonly marksUnknownWords?: boolean;
}

export class UnsupportedPairError extends UserError {
  constructor(engine: string, from: string, to: string, installed: readonly string[]) {
    super(`${engine} cannot translate ${from} → ${to}; installed pairs: ${installed.length ? installed.join(', ') : 'none'}`
      + (engine.startsWith('apertium') ? ' (Debian packages apertium-<from>-<to> with ISO 639-3 codes, e.g. apertium-eng-spa)' : ''));
    this.name = 'UnsupportedPairError';
  }
}
