/**
 * Glossary layers written by a program: the glossary model (or the entity input of src/glossary/schema.ts) as
 * YAML that `canonym glossary validate` reads back to the same data.
 *
 * The YAML is emitted here, not by the yaml package: an import of a million entities writes one entity at a time
 * to a stream, and yaml.stringify costs about as much per entity as the whole rest of the import. The emitter
 * writes plain scalars only where YAML cannot read them as anything but that string, and JSON-quoted strings
 * elsewhere (a JSON string is a valid YAML double-quoted scalar), so the output is always well formed.
 */
import { createWriteStream, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Entity, Glossary, Spec, Variant } from '../glossary/model.ts';
import type { EntityInput } from '../glossary/schema.ts';
import { mergeLayers } from '../glossary/merge.ts';
import { parseGlossaryFile } from '../glossary/parse.ts';
import type { GlossaryProblem } from '../glossary/errors.ts';
import { tempName } from '../io/write.ts';

type VariantInput = NonNullable<EntityInput['variants']>[number];

const one = (forms: string[]): string | string[] => (forms.length === 1 ? forms[0]! : forms);

function perLocale(map: Record<string, string[]>): Record<string, string | string[]> | undefined {
  const entries = Object.entries(map).filter(([, forms]) => forms.length > 0);
  return entries.length ? Object.fromEntries(entries.map(([locale, forms]) => [locale, one(forms)])) : undefined;
}

export function variantInput(v: Variant): VariantInput {
  if (v.status === 'forbidden' && v.wrongIn === null && v.origin === undefined && v.until === undefined) return v.form;
  return {
    form: v.form,
    ...(v.status !== 'forbidden' ? { status: v.status } : {}),
    ...(v.wrongIn ? { wrongIn: [...v.wrongIn] } : {}),
    ...(v.origin !== undefined ? { origin: v.origin } : {}),
    ...(v.until !== undefined ? { until: v.until } : {}),
  };
}

/** An entity of the model as the YAML input that loads back to it (fields left out where they are empty). */
export function entityInput(e: Entity): EntityInput {
  const native = perLocale(e.native);
  const names = perLocale(e.names);
  const short = perLocale(e.short);
  return {
    id: e.id,
    type: e.type,
    ...(e.gender ? { gender: e.gender } : {}),
    description: e.description,
    ...(native ? { native } : {}),
    ...(names ? { names } : {}),
    ...(short ? { short } : {}),
    ...(e.variants.length ? { variants: e.variants.map(variantInput) } : {}),
    ...(e.notThisEntity.length ? { notThisEntity: [...e.notThisEntity] } : {}),
    ...(e.specs.length ? { specs: e.specs.map((s) => ({ locale: s.locale, from: s.from, to: s.to })) } : {}),
    ...(e.sources.length ? { sources: [...e.sources] } : {}),
  };
}

// Plain only when nothing in YAML 1.2 (core schema) or 1.1 reads it otherwise: starts with a letter or digit,
// holds no ": ", " #", no leading/trailing space, and is not a boolean, null or number in either version.
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,'’()\-–/+&]*$/u;
const RESERVED = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
const NUMBERISH = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

export function scalar(value: string | number, flow = false): string {
  if (typeof value === 'number') return String(value);
  if (flow && value.includes(',')) return JSON.stringify(value);
  if (PLAIN.test(value) && !RESERVED.test(value) && !NUMBERISH.test(value) && !/\d:\d/.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

const key = (k: string) => scalar(k);

function flowList(values: string[]): string {
  return `[${values.map((v) => scalar(v, true)).join(', ')}]`;
}

function perLocaleBlock(name: string, map: Record<string, string | string[]> | undefined, out: string[]): void {
  if (!map) return;
  out.push(`  ${name}:`);
  for (const [locale, value] of Object.entries(map)) out.push(`    ${key(locale)}: ${Array.isArray(value) ? flowList(value) : scalar(value)}`);
}

/** One entity as a YAML list item ("- id: …"), ending with a newline. */
export function entityYaml(e: EntityInput): string {
  const out: string[] = [`- id: ${scalar(e.id)}`];
  if (e.type) out.push(`  type: ${e.type}`);
  if (e.gender) out.push(`  gender: ${e.gender}`);
  if (e.description !== undefined) out.push(`  description: ${scalar(e.description)}`);
  perLocaleBlock('native', e.native, out);
  perLocaleBlock('names', e.names, out);
  perLocaleBlock('short', e.short, out);
  if (e.variants?.length) {
    out.push('  variants:');
    for (const v of e.variants) {
      if (typeof v === 'string') {
        out.push(`    - ${scalar(v)}`);
        continue;
      }
      out.push(`    - form: ${scalar(v.form)}`);
      if (v.status) out.push(`      status: ${v.status}`);
      if (v.wrongIn) out.push(`      wrongIn: ${flowList(v.wrongIn)}`);
      if (v.until !== undefined) out.push(`      until: ${v.until}`);
      if (v.origin !== undefined) out.push(`      origin: ${scalar(v.origin)}`);
    }
  }
  if (e.notThisEntity?.length) {
    out.push('  notThisEntity:');
    for (const n of e.notThisEntity) out.push(`    - ${scalar(n)}`);
  }
  if (e.specs?.length) {
    out.push('  specs:');
    for (const s of e.specs) out.push(`    - locale: ${scalar(s.locale)}`, `      from: ${scalar(s.from)}`, `      to: ${scalar(s.to)}`);
  }
  if (e.sources?.length) {
    out.push('  sources:');
    for (const s of e.sources) out.push(`    - ${scalar(s)}`);
  }
  return out.join('\n') + '\n';
}

/** The comment at the top of a generated layer: where it came from, so that nobody edits it by hand unawares. */
export function layerHeader(lines: string[]): string {
  return lines.map((l) => `# ${l}`.trimEnd()).join('\n') + '\n\n';
}

/** A whole layer as one string (small imports, tests). */
export function layerYaml(entities: Iterable<EntityInput>, header: string[] = []): string {
  let text = header.length ? layerHeader(header) : '';
  let count = 0;
  for (const e of entities) {
    text += (count++ ? '\n' : '') + entityYaml(e);
  }
  return count ? text : text + '[]\n';
}

/**
 * Writes a layer one entity at a time, honouring the stream's back-pressure, to a temp file beside the target that
 * is renamed over it when done (a failed import leaves no half file behind); or to standard output.
 */
export class LayerWriter {
  private stream: WriteStream | NodeJS.WritableStream;
  private temp?: string;
  count = 0;

  constructor(private readonly target: string | undefined, header: string[]) {
    if (target) {
      this.temp = tempName(target);
      this.stream = createWriteStream(this.temp, { flags: 'wx' });
    } else this.stream = process.stdout;
    this.stream.write(layerHeader(header));
  }

  /** Resolves once the stream can take more (await it: that keeps memory flat on a fast producer). */
  async add(entity: EntityInput): Promise<void> {
    const ok = this.stream.write((this.count++ ? '\n' : '') + entityYaml(entity));
    if (!ok) await once(this.stream, 'drain');
  }

  async finish(): Promise<void> {
    if (this.count === 0) this.stream.write('[]\n');
    if (!this.temp) return;
    const stream = this.stream as WriteStream;
    stream.end();
    await once(stream, 'close');
    renameSync(this.temp, this.target!);
    this.temp = undefined;
  }

  /** Removes the temp file after a failure. */
  abort(): void {
    if (!this.temp) return;
    (this.stream as WriteStream).destroy();
    try {
      unlinkSync(this.temp);
    } catch {
      // never created or already gone
    }
    this.temp = undefined;
  }
}

/** The entities a layer's YAML text loads to on its own (no shipped glossary), with the problems found. */
export function loadLayerText(text: string, file = 'layer.yaml'): { glossary: Glossary; problems: GlossaryProblem[] } {
  const parsed = parseGlossaryFile(file, text);
  const merged = mergeLayers([{ dir: file, entities: parsed.entities }]);
  return { glossary: merged.glossary, problems: [...parsed.problems, ...merged.problems] };
}

/** An entity without the places of its parts: what two glossaries are compared on. */
export function comparable(e: Entity): Omit<Entity, 'place'> {
  const { place: _place, ...rest } = e;
  return {
    ...rest,
    variants: rest.variants.map(({ place: _p, ...v }: Variant) => v as Variant),
    specs: rest.specs.map(({ place: _p, ...s }: Spec) => s as Spec),
  };
}

/** Lowercase ASCII words joined by '-', as entity ids are written (diacritics dropped, other scripts transliterated away). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
