import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The suite must not depend on the machine it runs on: English messages, no colour (CI=1 or a
    // terminal would otherwise colour them). Tests about languages and colour pass their own settings.
    // The stored index goes to a folder of the checkout's own, never to the user's cache.
    env: {
      LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', LANGUAGE: '', NO_COLOR: '1',
      CANONYM_CACHE_DIR: fileURLToPath(new URL('./node_modules/.cache/canonym-test', import.meta.url)),
    },
  },
});
