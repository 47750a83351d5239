/**
 * `canonym translit`: transliterate a text with one scheme (--scheme), with every scheme of its language (the
 * default; --all for every scheme there is), or list the schemes (--list).
 */
import { UserError } from '../../io/errors.ts';
import { t } from '../../i18n/index.ts';
import { readStdin } from '../../io/read.ts';
import { SCHEMES, schemeById, schemesFor, transliterate } from '../../translit/index.ts';
import type { Scheme } from '../../translit/types.ts';

export interface TranslitOptions {
  scheme?: string;
  list?: boolean;
  all?: boolean;
}

/**
 * The language of a Cyrillic or Greek text, coarsely, from the letters only some languages have; null when the
 * text has neither script. Serbian and Macedonian share љ њ џ ј (ђ ћ are Serbian, ѓ ќ ѕ Macedonian); Belarusian
 * shares і with Ukrainian but also has ы э ё; Ukrainian -ський is Russian -ский; Russian ъ stands only before е ё ю я, Bulgarian ъ is a vowel
 * (България). Anything else Cyrillic is taken for Russian.
 */
export function detectLanguage(text: string): string | null {
  const greek = text.match(/\p{Script=Greek}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (greek === 0 && cyrillic === 0) return null;
  if (greek > cyrillic) return 'el';
  const lower = text.toLowerCase();
  if (/[ѓќѕ]/u.test(lower)) return 'mk';
  if (/[ђћљњџј]/u.test(lower)) return 'sr';
  if (/ў/u.test(lower)) return 'be';
  if (/[їєґ]/u.test(lower)) return 'uk';
  if (/і/u.test(lower)) return /[ыэё]/u.test(lower) ? 'be' : 'uk';
  if (/ськ/u.test(lower)) return 'uk'; // -ський, where Russian has -ский
  if (/[ыэё]/u.test(lower)) return 'ru';
  if (/ъ(?![еёюя])/u.test(lower)) return 'bg';
  return 'ru';
}

function listSchemes(): void {
  const idWidth = Math.max(...SCHEMES.map((s) => s.id.length));
  const standardWidth = Math.max(...SCHEMES.map((s) => s.standard.length));
  for (const s of SCHEMES) {
    process.stdout.write(`${s.id.padEnd(idWidth)}  ${s.language.padEnd(3)} ${s.standard.padEnd(standardWidth)}  ${s.year}\n`);
  }
}

function unknownScheme(id: string): UserError {
  return new UserError(t('cli.translit.error.unknown-scheme', { scheme: id, schemes: SCHEMES.map((s) => s.id).join(', ') }));
}

export async function runTranslit(input: string, options: TranslitOptions): Promise<number> {
  if (options.list) {
    listSchemes();
    return 0;
  }
  // Check the scheme before waiting on standard input.
  let scheme: Scheme | undefined;
  if (options.scheme !== undefined) {
    scheme = schemeById(options.scheme);
    if (!scheme) throw unknownScheme(options.scheme);
  }
  const text = input === '-' ? (await readStdin()).text : input;
  if (scheme) {
    const out = transliterate(text, scheme);
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  }
  let schemes: readonly Scheme[];
  if (options.all) {
    schemes = SCHEMES;
  } else {
    const language = detectLanguage(text);
    if (language === null) throw new UserError(t('cli.translit.error.no-script'));
    schemes = schemesFor(language);
  }
  // One line per scheme: the text's line breaks become spaces.
  const line = text.trim().replace(/\s*\n\s*/gu, ' ');
  for (const s of schemes) process.stdout.write(`${s.id}  ${transliterate(line, s)}\n`);
  return 0;
}
