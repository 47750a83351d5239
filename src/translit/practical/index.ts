// Placeholder so the rest compiles while the practical-transcription schemes are written; replace this file.
import type { Scheme } from '../types.ts';
export const PRACTICAL_SCHEMES: readonly Scheme[] = [];
export function practicalScheme(source: string, target: string): Scheme | undefined {
  return PRACTICAL_SCHEMES.find((s) => s.language === source && s.id === `${source}>${target}`);
}
