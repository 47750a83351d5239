import { fileURLToPath } from 'node:url';

/** Absolute path of a file under test/fixtures. */
export const fixture = (path: string) => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));
