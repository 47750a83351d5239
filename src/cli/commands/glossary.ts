import { stdoutColors as pc } from '../../report/color.ts';
import { stringify } from 'yaml';
import { GlossaryError, formatProblem } from '../../glossary/errors.ts';
import { loadGlossary } from '../../glossary/load.ts';
import { runSpecs } from '../../specs.ts';
import { t } from '../../i18n/index.ts';
import { buildNameIndex } from '../../match/name-index.ts';
import { UserError } from '../../io/errors.ts';
import { cacheDirectory } from '../../store/index-store.ts';
import type { Workspace } from '../workspace.ts';

export function runGlossaryValidate(ws: Workspace): number {
  try {
    const g = loadGlossary({ layers: ws.layers, withoutShipped: ws.withoutShipped });
    const layers = (ws.withoutShipped ? 0 : 1) + ws.layers.length;
    // Generated spellings that another entity's name or a common word owns are left out of matching; say which.
    const collisions = buildNameIndex(g).collisions.filter((c) => c.owner);
    for (const c of collisions) {
      const at = c.entity.place ? `${c.entity.place.file}:${c.entity.place.line}:${c.entity.place.column}: ` : '';
      process.stdout.write(pc.dim(`${t('cli.glossary.validate.collision', { at, entity: c.entity.id, form: c.form, path: c.path, owner: c.owner!.id })}\n`));
    }
    const counts = { entities: g.entities.size, layers, collisions: collisions.length };
    process.stdout.write(pc.green(`${t(collisions.length ? 'cli.glossary.validate.ok-with-collisions' : 'cli.glossary.validate.ok', counts)}\n`));
    return 0;
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    for (const p of error.problems) process.stdout.write(formatProblem(p) + '\n');
    process.stdout.write(pc.red(`${t('cli.glossary.validate.failed', { count: error.problems.length })}\n`));
    return 1;
  }
}

export function runGlossaryTest(ws: Workspace): number {
  const { passed, failures } = runSpecs(ws.index);
  for (const f of failures) {
    const at = f.spec.place ? `${f.spec.place.file}:${f.spec.place.line}:${f.spec.place.column}: ` : '';
    process.stdout.write(`${at}${pc.red('✖')} ${t('cli.glossary.test.failure', { entity: f.entity.id, locale: f.spec.locale, reason: f.reason, from: f.spec.from, expected: f.spec.to, actual: f.actual })}\n`);
  }
  const total = passed + failures.length;
  process.stdout.write((failures.length ? pc.red : pc.green)(`${t('cli.glossary.test.summary', { passed, total })}\n`));
  return failures.length ? 1 : 0;
}

/** Builds the stored index of the workspace's layers on purpose (CI, a Docker image, after editing the glossary). */
export function runGlossaryBuild(ws: Workspace): number {
  const started = performance.now();
  const built = ws.buildIndex();
  const values = { entities: built.index.glossary.entities.size, ms: Math.round(performance.now() - started), dir: cacheDirectory() };
  if (!built.path) {
    process.stdout.write(pc.red(`${t('cli.glossary.build.not-stored', values)}\n`));
    return 2;
  }
  process.stdout.write(pc.green(`${t('cli.glossary.build.done', { ...values, path: built.path })}\n`));
  return 0;
}

export function runGlossaryShow(ws: Workspace, id: string): number {
  const entity = ws.glossary.entities.get(id);
  if (!entity) {
    const close = [...ws.glossary.entities.keys()].filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
    throw new UserError(close.length ? t('cli.glossary.show.error.no-entity-did-you-mean', { id, suggestions: close.join(', ') }) : t('cli.glossary.show.error.no-entity', { id }));
  }
  const { place, ...data } = entity;
  const clean = { ...data, variants: data.variants.map(({ place: _p, ...v }) => v), specs: data.specs.map(({ place: _p, ...s }) => s) };
  process.stdout.write(`# ${place ? `${place.file}:${place.line}` : ''}\n${stringify(clean)}`);
  return 0;
}
