/**
 * Heavy dependencies that only some runs need, loaded on first use. A run that finds its stored index and no
 * config file never parses YAML nor validates a schema, and these two packages cost about as much CPU to load
 * as the rest of canonym's check path (measured here: yaml about 70 ms, zod about 80 ms). Both ship CommonJS
 * builds, so require() loads them synchronously, where import() would make every caller async.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
let zodModule: typeof import('zod') | undefined;

export const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
export const zod = (): (typeof import('zod'))['z'] => (zodModule ??= require('zod') as typeof import('zod')).z;
