import { stdoutColors as pc } from '../../report/color.ts';
import { t } from '../../i18n/index.ts';
import { RULES } from '../../rules/index.ts';
import { isDocx } from '../../formats/docx.ts';
import { LineIndex } from '../../text/lines.ts';
import { readDocxFile } from '../docx-input.ts';
import { analyseOrExplain, expandInputs, readOrExplain, writeNotes, writeUnreadable } from '../inputs.ts';
import { ignoreRulesOf, type IgnoreCliOptions } from '../options.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface NamesCommandOptions extends CommonOptions, IgnoreCliOptions {
  format: 'stylish' | 'json';
}

/** Exit 2 when an input could not be read; the others are still listed (as `check` does). */
export async function runNames(ws: Workspace, inputs: string[], options: NamesCommandOptions): Promise<number> {
  const out = [];
  const { paths, notes } = expandInputs(inputs, ignoreRulesOf(options), { docx: true });
  writeNotes(notes);
  let unread = notes.some((n) => n.unread);
  for (const path of paths) {
    // A .docx file: its parts' text, places as paragraph:column in a part (see src/formats/docx.ts).
    const file = isDocx(path) ? analyseOrExplain(() => readDocxFile(path, options.maxSize)) : await readOrExplain(path, options.maxSize);
    if ('unreadable' in file) {
      writeUnreadable(file.unreadable);
      unread = true;
      continue;
    }
    // Mentions only: no rule needs to run.
    const result = analyseOrExplain(() => ws.analyse(path, file.text, Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']))));
    if ('unreadable' in result) {
      writeUnreadable(result.unreadable);
      unread = true;
      continue;
    }
    const place = 'place' in file ? file.place : ((lines) => (offset: number) => lines.position(offset))(new LineIndex(file.text));
    out.push({
      path: file.path,
      locale: result.locale,
      mentions: result.mentions.map((m) => ({
        entity: m.entity.id, ...place(m.start), offset: m.start, length: m.end - m.start, text: m.text, kind: m.kind,
      })),
    });
  }
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return unread ? 2 : 0;
  }
  for (const file of out) {
    process.stdout.write(pc.underline(file.path) + pc.dim(` (${file.locale})`) + '\n');
    // A DOCX part outside the body comes before its paragraph:column (`footnote 2, 1:14`).
    const where = file.mentions.map((m) => `${'part' in m ? `${m.part}, ` : ''}${m.line}:${m.column}`);
    const width = Math.max(8, ...where.map((w) => w.length));
    for (const [k, m] of file.mentions.entries()) {
      process.stdout.write(`  ${pc.dim(where[k]!.padEnd(width))} ${m.text.replace(/\s+/g, ' ').padEnd(28)} ${pc.cyan(m.entity.padEnd(28))} ${pc.dim(m.kind)}\n`);
    }
    if (!file.mentions.length) process.stdout.write(pc.dim(`  ${t('cli.names.none')}\n`));
  }
  return unread ? 2 : 0;
}
