/**
 * Locale tags as trees spell them, some of them not valid BCP 47 (excalidraw's `kab-KAB`: a three-letter region).
 * Such a file is still checked: the longest valid prefix of its tag (`kab`) gives the plural rules and the language.
 */

const usable = new Map<string, string | undefined>();

function isValid(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Whether `tag` is a valid Unicode BCP 47 locale identifier. */
export const isValidTag = (tag: string): boolean => isValid(tag.replace(/_/g, '-'));

/** `tag` itself when valid, else its longest valid prefix (`kab-KAB` → `kab`); undefined when none is. */
export function usableTag(tag: string): string | undefined {
  if (usable.has(tag)) return usable.get(tag);
  const parts = tag.replace(/_/g, '-').split('-');
  let found: string | undefined;
  for (let n = parts.length; n > 0 && !found; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (isValid(candidate)) found = candidate;
  }
  usable.set(tag, found);
  return found;
}
