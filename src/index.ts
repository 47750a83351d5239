/** canonym's public API. Everything else under src/ is internal and may change between versions. */
export { createChecker, type Checker, type CheckerOptions, type FixedText, type TextOptions } from './checker.ts';
export type { Analysis } from './analyse.ts';
export type { Diagnostic, Fix, Severity, SeveritySetting } from './diagnostic.ts';
export type { DocumentFormat } from './formats/document.ts';
export type { Entity, EntityType, Glossary, Variant } from './glossary/model.ts';
export type { LocalizedText, LocalizedName, KeptName } from './localize/localize.ts';
export type { Mention } from './match/mention.ts';
export { applyFixes, type FixResult } from './fix/apply.ts';
export { loadNameIndex, cacheDirectory, type GlossarySource, type LoadedIndex } from './store/index-store.ts';
export { transliterate, SCHEMES } from './translit/index.ts';
