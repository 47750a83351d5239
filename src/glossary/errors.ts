import type { SourcePlace } from './model.ts';

/** One problem in the glossary data, with the place that holds it. */
export interface GlossaryProblem {
  place: SourcePlace;
  message: string;
}

export function formatProblem(p: GlossaryProblem): string {
  return `${p.place.file}:${p.place.line}:${p.place.column}: ${p.message}`;
}

/** Thrown when a glossary cannot be used; carries every problem found, not just the first. */
export class GlossaryError extends Error {
  constructor(readonly problems: GlossaryProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'GlossaryError';
  }
}
