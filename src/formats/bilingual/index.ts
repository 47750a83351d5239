/** Bilingual files: XLIFF 1.2 and 2.x, gettext PO, bilingual CSV/TSV. */
export { readXliff } from './xliff.ts';
export { readPo } from './po.ts';
export { readBilingualCsv } from './csv.ts';
export { BilingualSyntaxError, type BilingualFile, type BilingualUnit, type FilePosition, type UnitString } from './types.ts';
export { bilingualDocument, readBilingual, type BilingualFormat, type BilingualInfo, type BilingualOptions, type SegmentPair } from './document.ts';
export { escapeReplacement } from './document.ts';
