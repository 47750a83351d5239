import type { Entity } from '../glossary/model.ts';

/** How messages call an entity: its canonical form in the text's locale, else in English, else any. */
export function nameOf(entity: Entity, locale: string): string {
  return entity.names[locale]?.[0] ?? entity.names.en?.[0] ?? Object.values(entity.names)[0]?.[0] ?? entity.id;
}
