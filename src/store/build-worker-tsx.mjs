// The build's worker under tsx and vitest (a Node 20 worker does not inherit the tsx loader): the flag the
// building thread waits on is set on exit first, so that a worker that cannot even load wakes it; then tsx is
// registered and the TypeScript worker imported. The compiled CLI loads build-worker.js directly.
import { workerData } from 'node:worker_threads';

process.on('exit', () => {
  if (Atomics.compareExchange(workerData.shared, 0, 0, 2) === 0) Atomics.notify(workerData.shared, 0);
});
const { register } = await import('tsx/esm/api');
register();
await import('./build-worker.ts');
