const isAllCaps = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/**
 * Keep the case pattern of the text being replaced: "BOREL" → "BORRELL", "Borel" → "Borrell".
 * `natural` is how the replaced form is written in the glossary: an acronym ("FYROM") is all caps by nature,
 * so its replacement keeps its own case ("North Macedonia").
 */
export function applyCasePattern(found: string, replacement: string, natural?: string): string {
  if (isAllCaps(found) && !(natural !== undefined && isAllCaps(natural))) return replacement.toUpperCase();
  return replacement;
}
