// Placeholder so the rest compiles while the into-Cyrillic schemes are written; replace this file.
import type { Scheme } from '../types.ts';
export const INTO_CYRILLIC_SCHEMES: readonly Scheme[] = [];
export function intoCyrillicScheme(source: string, target: string): Scheme | undefined {
  return INTO_CYRILLIC_SCHEMES.find((s) => s.id === `${source}>${target}`);
}
