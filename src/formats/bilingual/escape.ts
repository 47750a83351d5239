import type { Diagnostic } from '../../diagnostic.ts';
import type { DocumentFormat } from '../document.ts';
import { escapeReplacement, type BilingualFormat } from './document.ts';

/** Every fix of a bilingual file's diagnostics written as the format writes text (a fix it cannot write goes). */
export function escapeBilingualFixes(format: DocumentFormat, diagnostics: Diagnostic[]): void {
  if (format !== 'xliff' && format !== 'po' && format !== 'csv' && format !== 'tsv') return;
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const text = escapeReplacement(format as BilingualFormat, d.fix.text);
    d.fix = text === undefined ? null : { ...d.fix, text };
  }
}
