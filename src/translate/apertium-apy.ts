/**
 * Apertium's HTTP server, apertium-apy: `GET /listPairs` and `POST /translate` (form fields langpair=eng|spa,
 * q, markUnknown, format). `format=txt` because APy's default deformatter is HTML, which would eat `<` and `&`.
 */
import { t } from '../i18n/index.ts';
import { EngineError as UserError } from '../io/errors.ts';
import { UnsupportedPairError, type TranslationEngine } from './engine.ts';
import { toEngineCode, toLocale } from './languages.ts';

interface ApyPairs {
  responseData?: Array<{ sourceLanguage: string; targetLanguage: string }>;
}
interface ApyTranslation {
  responseData?: { translatedText?: string };
  responseStatus?: number;
  responseDetails?: string | null;
}
interface ApyError {
  explanation?: string;
  message?: string;
}

export class ApertiumApy implements TranslationEngine {
  readonly name = 'apertium-apy';
  readonly marksUnknownWords = true;
  private readonly base: string;
  private cachedPairs?: Promise<Array<[string, string]>>;

  constructor(url: string, private readonly timeoutMs = 120_000) {
    this.base = url.replace(/\/+$/, '');
  }

  private async request(path: string, body?: URLSearchParams): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method: body ? 'POST' : 'GET',
        ...(body ? { body, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw new UserError(t('cli.translate.error.timeout', { engine: `apertium-apy at ${this.base}`, seconds: Math.round(this.timeoutMs / 100) / 10 }));
      throw new UserError(`apertium-apy at ${this.base} cannot be reached: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
    }
    const data = (await response.json().catch((error: Error) => {
      if (error.name === 'TimeoutError') throw new UserError(t('cli.translate.error.timeout', { engine: `apertium-apy at ${this.base}`, seconds: Math.round(this.timeoutMs / 100) / 10 }));
      return undefined;
    })) as unknown;
    if (!response.ok) {
      const e = (data ?? {}) as ApyError;
      throw new UserError(`apertium-apy at ${this.base}${path.split('?')[0]}: HTTP ${response.status}${e.explanation || e.message ? `: ${e.explanation ?? e.message}` : ''}`);
    }
    if (data === undefined) throw new UserError(`apertium-apy at ${this.base}${path}: the answer is not JSON`);
    return data;
  }

  /** Installed pairs as APy names them (`['eng', 'spa']`). */
  private enginePairs(): Promise<Array<[string, string]>> {
    return (this.cachedPairs ??= this.request('/listPairs').then((data) =>
      ((data as ApyPairs).responseData ?? []).map((p): [string, string] => [p.sourceLanguage, p.targetLanguage])));
  }

  async pairs(): Promise<string[]> {
    return [...new Set((await this.enginePairs()).map(([a, b]) => `${toLocale(a)}-${toLocale(b)}`))];
  }

  async translate(text: string, from: string, to: string): Promise<string> {
    const pair = (await this.enginePairs()).find(([a, b]) => toLocale(a) === from && toLocale(b) === to)
      ?? (await this.enginePairs()).find(([a, b]) => a === toEngineCode(from) && b === toEngineCode(to));
    if (!pair) throw new UnsupportedPairError(this.name, from, to, await this.pairs());
    if (!text.trim()) return text;
    const body = new URLSearchParams({ langpair: `${pair[0]}|${pair[1]}`, q: text, markUnknown: 'yes', format: 'txt' });
    const data = (await this.request('/translate', body)) as ApyTranslation;
    const translated = data.responseData?.translatedText;
    if (typeof translated !== 'string') throw new UserError(`apertium-apy at ${this.base}: no translatedText in the answer (${data.responseDetails ?? 'no details'})`);
    return translated;
  }
}
