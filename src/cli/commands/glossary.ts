import pc from 'picocolors';
import { stringify } from 'yaml';
import { GlossaryError, formatProblem } from '../../glossary/errors.ts';
import { loadGlossary } from '../../glossary/load.ts';
import { runSpecs } from '../../glossary/specs.ts';
import { buildNameIndex } from '../../match/name-index.ts';
import { UserError } from '../../io/errors.ts';
import type { Workspace } from '../workspace.ts';

export function runGlossaryValidate(ws: Workspace): number {
  try {
    const g = loadGlossary({ layers: ws.layers, withoutShipped: ws.withoutShipped });
    const layers = (ws.withoutShipped ? 0 : 1) + ws.layers.length;
    // Generated spellings that another entity's name or a common word owns are left out of matching; say which.
    const collisions = buildNameIndex(g).collisions.filter((c) => c.owner);
    for (const c of collisions) {
      const at = c.entity.place ? `${c.entity.place.file}:${c.entity.place.line}:${c.entity.place.column}: ` : '';
      process.stdout.write(pc.dim(`${at}note: ${c.entity.id}: generated "${c.form}" (${c.path}) is a form of ${c.owner!.id}; not used\n`));
    }
    process.stdout.write(pc.green(`✔ ${g.entities.size} entities in ${layers} ${layers === 1 ? 'layer' : 'layers'}, no problems${collisions.length ? ` (${collisions.length} generated spellings left to other entities)` : ''}\n`));
    return 0;
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    for (const p of error.problems) process.stdout.write(formatProblem(p) + '\n');
    process.stdout.write(pc.red(`✖ ${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'}\n`));
    return 1;
  }
}

export function runGlossaryTest(ws: Workspace): number {
  const { passed, failures } = runSpecs(ws.index);
  for (const f of failures) {
    const at = f.spec.place ? `${f.spec.place.file}:${f.spec.place.line}:${f.spec.place.column}: ` : '';
    process.stdout.write(`${at}${pc.red('✖')} ${f.entity.id} (${f.spec.locale}): ${f.reason}\n    from:     ${f.spec.from}\n    expected: ${f.spec.to}\n    actual:   ${f.actual}\n`);
  }
  const total = passed + failures.length;
  process.stdout.write((failures.length ? pc.red : pc.green)(`${passed} of ${total} specs passed\n`));
  return failures.length ? 1 : 0;
}

export function runGlossaryShow(ws: Workspace, id: string): number {
  const entity = ws.glossary.entities.get(id);
  if (!entity) {
    const close = [...ws.glossary.entities.keys()].filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
    throw new UserError(`no entity "${id}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`);
  }
  const { place, ...data } = entity;
  const clean = { ...data, variants: data.variants.map(({ place: _p, ...v }) => v), specs: data.specs.map(({ place: _p, ...s }) => s) };
  process.stdout.write(`# ${place ? `${place.file}:${place.line}` : ''}\n${stringify(clean)}`);
  return 0;
}
