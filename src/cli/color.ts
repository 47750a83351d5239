// The command line's colours are the reporters' (src/report/color.ts); kept here for the cli modules' imports.
export * from '../report/color.ts';
