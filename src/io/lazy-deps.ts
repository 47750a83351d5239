/**
 * Heavy dependencies that only some runs need, loaded on first use. A run that finds its stored index and no
 * config file never parses YAML nor validates a schema, and these two packages cost about as much CPU to load
 * as the rest of canonym's check path (measured here: yaml about 70 ms, zod about 80 ms). Both ship CommonJS
 * builds, so require() loads them synchronously, where import() would make every caller async. franc (language
 * detection, only for a text whose locale is not given) is ESM-only: Node 20.19 and later require() it too.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
let zodModule: typeof import('zod') | undefined;

export const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
export const zod = (): (typeof import('zod'))['z'] => (zodModule ??= require('zod') as typeof import('zod')).z;
let francModule: typeof import('franc') | undefined;
export const franc = (): typeof import('franc') => (francModule ??= require('franc') as typeof import('franc'));
