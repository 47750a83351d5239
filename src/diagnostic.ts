/** The one diagnostic type: rules make them, reporters print them, the fixer applies their fixes. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Fix {
  /** UTF-16 offset and length in the checked text, and the replacement. */
  offset: number;
  length: number;
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** DOCX: the part of the document outside the body (`footnote 2`, `section 1 header`); line is its paragraph. */
  part?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
  found: string;
  expected: string | null;
  entity: string | null;
  fix: Fix | null;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId);
}
