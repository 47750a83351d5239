/** What every command needs: config, glossary and name index, loaded once and only when asked for. */
import type { Analysis } from '../analyse.ts';
import { findConfig, loadConfig, type Config } from '../config.ts';
import type { SeveritySetting } from '../diagnostic.ts';
import { GlossaryError, formatProblem } from '../glossary/errors.ts';
import { t } from '../i18n/index.ts';
import type { Glossary } from '../glossary/model.ts';
import { isKnownLocale } from '../glossary/validate.ts';
import { naming, UserError } from '../io/errors.ts';
import type { NameIndex } from '../match/name-index.ts';
import type { LoadedIndex } from '../store/index-store.ts';
import { FROM_SOURCE, requireOwn } from '../io/lazy-deps.ts';

// The locale-file rules (some 30 modules) are loaded only to tell whether a rule setting names one of them.
type LocaleRules = typeof import('../locales/rules/index.ts');
let localeRules: LocaleRules | undefined = FROM_SOURCE ? await import('../locales/rules/index.ts') : undefined;
const localeRuleById = (id: string) => (localeRules ??= requireOwn<LocaleRules>(import.meta.url, '../locales/rules/index.ts')).localeRuleById(id);

/**
 * The name machinery (the checker, the name rules, the stored index, the document formats: some 60 modules) is
 * imported by loadNameMachinery(), which the commands that check names await before they use a Workspace:
 * `locales` without --names and without rule settings never loads it. From the sources it is imported at once.
 */
interface NameMachinery {
  analyse: typeof import('../analyse.ts');
  formats: typeof import('../formats/index.ts');
  store: typeof import('../store/index-store.ts');
  rules: typeof import('../rules/index.ts');
}
let machinery: NameMachinery | undefined;
if (FROM_SOURCE) await loadNameMachinery();

export async function loadNameMachinery(): Promise<NameMachinery> {
  if (machinery) return machinery;
  const [analyse, formats, store, rules] = await Promise.all([import('../analyse.ts'), import('../formats/index.ts'), import('../store/index-store.ts'), import('../rules/index.ts')]);
  return (machinery = { analyse, formats, store, rules });
}

function names(): NameMachinery {
  if (!machinery) throw new Error('canonym: the name machinery is used before loadNameMachinery() loaded it');
  return machinery;
}

export interface CommonOptions {
  config?: string;
  glossary?: string[];
  shippedGlossary?: boolean;
  locale?: string;
  rule?: string[];
  maxSize?: number;
  /** Bilingual files: unit states not to check (--skip-state). */
  skipState?: string[];
}

export class Workspace {
  readonly config: Config;
  private cachedIndex?: NameIndex;

  constructor(readonly options: CommonOptions) {
    this.config = loadConfig(options.config ?? findConfig());
    const locale = this.locale;
    if (locale && !isKnownLocale(locale)) throw new UserError(t('cli.error.unknown-locale', { locale }));
  }

  get locale(): string | undefined {
    return this.options.locale ?? this.config.locale;
  }

  get layers(): string[] {
    return [...(this.config.glossary ?? []), ...(this.options.glossary ?? [])];
  }

  get withoutShipped(): boolean {
    return this.options.shippedGlossary === false || this.config.shippedGlossary === false;
  }

  /** The merged glossary, as the stored index has it (`glossary validate` parses the YAML itself). */
  get glossary(): Glossary {
    return this.index.glossary;
  }

  get index(): NameIndex {
    return (this.cachedIndex ??= this.loadIndex().index);
  }

  /** Builds and stores the index even when a stored one matches (`canonym glossary build`). */
  buildIndex(): LoadedIndex {
    const loaded = this.loadIndex({ rebuild: true });
    this.cachedIndex = loaded.index;
    return loaded;
  }

  private loadIndex(options: { rebuild?: boolean } = {}): LoadedIndex {
    try {
      return names().store.loadNameIndex({ layers: this.layers, withoutShipped: this.withoutShipped }, options);
    } catch (error) {
      if (error instanceof GlossaryError) {
        throw new UserError(t('cli.error.glossary-problems', { count: error.problems.length, problems: error.problems.map(formatProblem).join('\n') }));
      }
      throw error;
    }
  }

  /** Locales the glossary has forms for: the candidates for language detection. */
  get glossaryLocales(): string[] {
    return this.index.locales;
  }

  /** Check one input's text with this workspace's glossary, locale and rule settings. */
  analyse(path: string, text: string, severities: Record<string, SeveritySetting> = this.severities): Analysis {
    return naming(path, () => names().analyse.analyse(text, {
      index: this.index,
      format: names().formats.formatFor(path),
      ...(this.locale ? { locale: this.locale } : {}),
      detectAmong: this.glossaryLocales,
      severities,
      ...(this.options.skipState?.length ? { skipStates: this.options.skipState } : {}),
      ...(this.config.suspects?.threshold !== undefined ? { suspectThreshold: this.config.suspects.threshold } : {}),
      ...(this.config.suspects?.fixAbove !== undefined ? { fixSuspectsAbove: this.config.suspects.fixAbove } : {}),
    }));
  }

  /**
   * Rule severities: config first, then --rule id=severity on the command line. Name rules and locale rules
   * share one config, so both are known here; a locale rule's setting does nothing in `check`.
   */
  get severities(): Record<string, SeveritySetting> {
    const out: Record<string, SeveritySetting> = {};
    const apply = (id: string, severity: string, where: string) => {
      if (!localeRuleById(id) && !names().rules.ruleById(id)) throw new UserError(t('cli.error.unknown-rule', { where, rule: id }));
      if (!['error', 'warning', 'info', 'off'].includes(severity)) throw new UserError(t('cli.error.rule-severity', { where, rule: id }));
      out[id] = severity as SeveritySetting;
    };
    for (const [id, s] of Object.entries(this.config.rules ?? {})) apply(id, s, this.config.path ?? 'config');
    for (const pair of this.options.rule ?? []) {
      const [id, s] = pair.split('=');
      if (!id || !s) throw new UserError(t('cli.error.rule-syntax', { value: pair }));
      apply(id, s, '--rule');
    }
    return out;
  }
}
