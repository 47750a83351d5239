/** A progress line on stderr for long runs, only on a terminal (CI logs stay clean). */
export function progress(total: number): { tick(path: string): void; done(): void } {
  const enabled = total > 20 && process.stderr.isTTY === true;
  let n = 0;
  return {
    tick(path) {
      n++;
      if (enabled) process.stderr.write(`\r\x1b[K${n}/${total} ${path.length > 60 ? '…' + path.slice(-59) : path}`);
    },
    done() {
      if (enabled) process.stderr.write('\r\x1b[K');
    },
  };
}
