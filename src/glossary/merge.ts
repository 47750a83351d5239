/**
 * Layers over layers: the shipped glossary first, then each house-style layer.
 * A known id in a later layer overrides per locale; the canonical form it replaces becomes a forbidden
 * variant in that locale, so "Kyiv → Kiev" in a house style also flags the old "Kyiv".
 */
import type { GlossaryProblem } from './errors.ts';
import type { Entity, Glossary, SourcePlace, Spec, Variant } from './model.ts';
import type { ParsedEntity } from './parse.ts';
import type { EntityInput } from './schema.ts';

export interface Layer {
  dir: string;
  entities: ParsedEntity[];
}

const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

function perLocale(input: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [locale, value] of Object.entries(input ?? {})) out[locale] = list(value);
  return out;
}

function variantsOf(parsed: ParsedEntity): Variant[] {
  return (parsed.input.variants ?? []).map((v, i) => {
    const place = parsed.placeOf(['variants', i]);
    if (typeof v === 'string') return { form: v, status: 'forbidden', wrongIn: null, place };
    return { form: v.form, status: v.status ?? 'forbidden', wrongIn: v.wrongIn ?? null, ...(v.origin ? { origin: v.origin } : {}), ...(v.until !== undefined ? { until: v.until } : {}), place };
  });
}

function specsOf(parsed: ParsedEntity): Spec[] {
  return (parsed.input.specs ?? []).map((s, i) => ({ ...s, place: parsed.placeOf(['specs', i]) }));
}

function newEntity(parsed: ParsedEntity): { entity?: Entity; problems: GlossaryProblem[] } {
  const input: EntityInput = parsed.input;
  const missing = (['type', 'description', 'names'] as const).filter((f) => input[f] === undefined);
  if (missing.length) {
    return {
      problems: [{ place: parsed.placeOf([]), message: `entity "${input.id}" is new here and lacks ${missing.join(', ')} (a layer can only leave fields out when it overrides a known id)` }],
    };
  }
  const entity: Entity = {
    id: input.id,
    type: input.type!,
    ...(input.gender ? { gender: input.gender } : {}),
    description: input.description!,
    native: perLocale(input.native),
    names: perLocale(input.names),
    short: perLocale(input.short),
    variants: variantsOf(parsed),
    specs: specsOf(parsed),
    sources: input.sources ?? [],
    notThisEntity: input.notThisEntity ?? [],
    place: parsed.placeOf([]),
  };
  return { entity, problems: [] };
}

function override(base: Entity, parsed: ParsedEntity): Entity {
  const input = parsed.input;
  const names = { ...base.names };
  const demoted: Variant[] = [];
  for (const [locale, forms] of Object.entries(perLocale(input.names))) {
    for (const old of base.names[locale] ?? []) {
      if (!forms.includes(old)) demoted.push({ form: old, status: 'forbidden', wrongIn: [locale], origin: `canonical in the shipped glossary; replaced by a layer (${parsed.placeOf([]).file})`, place: parsed.placeOf(['names', locale]) });
    }
    names[locale] = forms;
  }
  // A form that becomes canonical somewhere stops being wrong there.
  const variants = [...base.variants, ...variantsOf(parsed)]
    .map((v) => {
      const nowCanonical = Object.keys(names).filter((l) => names[l]!.includes(v.form));
      if (!nowCanonical.length || !v.wrongIn) return v;
      return { ...v, wrongIn: v.wrongIn.filter((l) => !nowCanonical.includes(l)) };
    })
    .filter((v) => !v.wrongIn || v.wrongIn.length > 0);
  const merged = new Map<string, Variant>();
  for (const v of [...variants, ...demoted]) {
    const prior = merged.get(v.form);
    merged.set(v.form, prior && prior.wrongIn && v.wrongIn ? { ...prior, wrongIn: [...new Set([...prior.wrongIn, ...v.wrongIn])] } : v);
  }
  return {
    ...base,
    ...(input.type ? { type: input.type } : {}),
    ...(input.gender ? { gender: input.gender } : {}),
    ...(input.description ? { description: input.description } : {}),
    native: { ...base.native, ...perLocale(input.native) },
    names,
    short: { ...base.short, ...perLocale(input.short) },
    variants: [...merged.values()],
    specs: [...base.specs, ...specsOf(parsed)],
    sources: [...base.sources, ...(input.sources ?? [])],
    notThisEntity: [...base.notThisEntity, ...(input.notThisEntity ?? [])],
  };
}

/**
 * Merges layer after layer, file by file, so that a parsed entity can be let go once merged (a layer of a million
 * entities): of the layer's entities seen so far only their places are kept, for the duplicate-id message.
 */
export class LayerMerger {
  readonly entities = new Map<string, Entity>();
  readonly problems: GlossaryProblem[] = [];
  private seenInLayer = new Map<string, SourcePlace>();

  startLayer(): void {
    this.seenInLayer = new Map();
  }

  add(parsed: ParsedEntity): void {
    const { entities, problems } = this;
    const id = parsed.input.id;
    const at = this.seenInLayer.get(id);
    if (at) {
      problems.push({ place: parsed.placeOf(['id']), message: `duplicate id "${id}" (first defined at ${at.file}:${at.line})` });
      return;
    }
    this.seenInLayer.set(id, parsed.placeOf([]));
    const base = entities.get(id);
    if (base) {
      entities.set(id, override(base, parsed));
    } else {
      const made = newEntity(parsed);
      problems.push(...made.problems);
      if (made.entity) entities.set(id, made.entity);
    }
  }
}

export function mergeLayers(layers: Layer[]): { glossary: Glossary; problems: GlossaryProblem[] } {
  const merger = new LayerMerger();
  for (const layer of layers) {
    merger.startLayer();
    for (const parsed of layer.entities) merger.add(parsed);
  }
  return { glossary: { entities: merger.entities }, problems: merger.problems };
}
