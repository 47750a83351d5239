/** Limits for reading YAML that canonym did not write (config, glossary layers): alias bombs and `__proto__` keys. */
import type { Document } from 'yaml';
import { t } from '../i18n/index.ts';
import { yaml } from './lazy-deps.ts';

/** How many times YAML aliases may be expanded in one file (yaml's own default): more is an alias bomb. */
export const MAX_YAML_ALIASES = 100;

/** Offsets of `__proto__` keys: refused, since a JavaScript object cannot hold one as an ordinary key. */
export function protoKeys(doc: Document): number[] {
  const found: number[] = [];
  const { isScalar, visit } = yaml();
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) found.push(pair.key.range[0]);
    },
  });
  return found;
}

/** doc.toJS() with the alias limit; undefined when the aliases expand past it. */
export function yamlToJS(doc: Document): { value: unknown } | undefined {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    // yaml throws a ReferenceError ("Excessive alias count …") past maxAliasCount.
    if (error instanceof ReferenceError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The message for a `__proto__` key (the caller puts the place before it). */
export const protoKeyMessage = () => t('cli.io.yaml-proto');

/** The message for aliases past the limit (the caller puts the file before it). */
export const aliasBombMessage = () => t('cli.io.yaml-aliases', { max: String(MAX_YAML_ALIASES) });
