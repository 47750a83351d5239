/** The word table moved to src/text/ (the matcher reads it too); kept here for the code that imports it from here. */
export { WordTable, type WordEntry } from '../text/word-table.ts';
