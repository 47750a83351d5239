/** `canonym init`: a commented starter config (YAML, since JSON cannot carry the comments that explain it). */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_NAMES } from '../../config.ts';
import { t } from '../../i18n/index.ts';
import { fileError, UserError } from '../../io/errors.ts';

/** Every field of the config schema, each with a sensible value or commented out; parsed by a test. */
export const STARTER_CONFIG = `# canonym configuration: found by every command from the working directory upward.
# Paths are relative to this file. Run \`canonym rules\` for the rule ids.

# Glossary layers over the shipped glossary, in order; later layers override earlier ones
# (a house style that prefers "Kiev" to "Kyiv" needs only that entity's override).
glossary: []
#  - glossary/house-style

# Set to false to use only your own layers.
shippedGlossary: true

# The language of the texts that \`check\` and \`fix\` read; detected per file when left out.
# locale: en

# Severity per rule: error, warning, info or off. Name rules and locale-file rules alike.
rules:
  known-variant: error
  # suspected-variant: warning
  # untranslated: warning
  # plural-categories: error

# Suspected variants (names close to a glossary name that no rule predicts).
suspects:
  threshold: 0.8       # report from this score (0..1)
  # fixAbove: 0.95     # let \`fix\` apply suspects from this score; by default it never does

# \`canonym locales <dir>\`: i18next or ICU locale files.
locales:
  base: en             # the locale the others are compared with
  syntax: auto         # auto, i18next or icu
  include: ["**/*.json"]
  exclude: []
  #  - "**/generated/**"
  ignoreKeys: []       # key globs, segments joined with '.': "legal.**", "*.brand"
  allow: []            # words that may stay as in the base: "OK", "Dashboard"
  keepNames: []        # names written on purpose in a foreign form
  #  - key: "quotes.*"
  #    names: ["Kiev"]
`;

export function runInit(options: { force?: boolean; cwd?: string }): number {
  const cwd = options.cwd ?? process.cwd();
  const existing = CONFIG_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
  if (existing && !options.force) throw new UserError(t('cli.init.error.exists', { path: existing }));
  const path = resolve(cwd, 'canonym.config.yaml');
  try {
    writeFileSync(path, STARTER_CONFIG);
  } catch (error) {
    throw fileError(error, path, 'write');
  }
  process.stdout.write(`${t('cli.init.written', { path })}\n`);
  return 0;
}
