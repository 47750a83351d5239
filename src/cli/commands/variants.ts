import { stdoutColors as pc } from '../../report/color.ts';
import { foldPhrase } from '../../text/fold.ts';
import { t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import type { Entity } from '../../glossary/model.ts';
import { generateVariants } from '../../variants/generate.ts';
import type { Workspace } from '../workspace.ts';

function findEntity(ws: Workspace, query: string): Entity {
  const byId = ws.glossary.entities.get(query);
  if (byId) return byId;
  const key = foldPhrase(query);
  const matches = [...ws.glossary.entities.values()].filter((e) =>
    [...Object.values(e.names).flat(), ...Object.values(e.native).flat(), ...e.variants.map((v) => v.form)].some((f) => foldPhrase(f) === key));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UserError(t('cli.variants.error.ambiguous', { query, count: matches.length, ids: matches.map((e) => e.id).join(', ') }));
  throw new UserError(t('cli.variants.error.not-found', { query }));
}

export function runVariants(ws: Workspace, query: string, options: { format: 'stylish' | 'json' }): number {
  const entity = findEntity(ws, query);
  const variants = generateVariants(entity);
  const shadowed = new Map(ws.index.collisions.filter((c) => c.entity.id === entity.id).map((c) => [foldPhrase(c.form), c]));
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({
      entity: entity.id,
      variants: variants.map((v) => {
        const c = shadowed.get(foldPhrase(v.form));
        return { form: v.form, short: v.short, listed: v.listed, paths: v.paths, used: !c && !v.listed, ...(c ? { shadowedBy: c.owner?.id ?? 'common word' } : {}) };
      }),
    }, null, 2) + '\n');
    return 0;
  }
  const byPath = new Map<string, string[]>();
  const listed = new Set(variants.filter((v) => v.listed).map((v) => v.form));
  for (const v of variants) for (const path of v.paths) byPath.set(path, [...(byPath.get(path) ?? []), v.form]);
  process.stdout.write(`${pc.bold(entity.id)}  ${entity.names.en?.[0] ?? Object.values(entity.names)[0]?.[0] ?? ''}  ${pc.dim(entity.description)}\n`);
  const width = Math.max(0, ...[...byPath.keys()].map((p) => p.length));
  for (const [path, forms] of [...byPath.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const shown = forms.map((f) => (shadowed.has(foldPhrase(f)) ? pc.strikethrough(pc.dim(f)) : listed.has(f) ? `${f}${pc.dim('*')}` : f));
    process.stdout.write(`  ${pc.dim(path.padEnd(width))}  ${shown.join(', ')}\n`);
  }
  if (!variants.length) process.stdout.write(pc.dim(`  ${t('cli.variants.none')}\n`));
  if (listed.size) process.stdout.write(pc.dim(`  ${t('cli.variants.legend.listed')}\n`));
  if (shadowed.size) process.stdout.write(pc.dim(`  ${t('cli.variants.legend.shadowed')}\n`));
  return 0;
}
