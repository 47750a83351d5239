import type { Diagnostic } from '../diagnostic.ts';

/** What reporters receive for one input: its path, the locale it was checked in, its diagnostics. */
export interface FileReport {
  path: string;
  locale: string;
  /** How the locale was chosen: given by the user, detected, or the fallback. */
  localeSource?: 'option' | 'detected' | 'fallback';
  diagnostics: Diagnostic[];
}

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'checkstyle';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle'];
