// The worker under tsx (`npx tsx src/cli/main.ts check --jobs 2`): on Node 20 a worker thread does not inherit the
// main thread's tsx loader, so it registers tsx itself before it imports the TypeScript worker, which does its work
// as it is imported. The compiled CLI (dist/) loads check-worker.js directly and never this file.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
