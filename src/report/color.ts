import pc from 'picocolors';

/**
 * Whether to colour what goes to `stream`. picocolors alone turns colour on whenever `CI` is set,
 * even into a pipe or a log file; we follow supports-color instead: NO_COLOR and FORCE_COLOR win
 * (also as --no-color / --color), otherwise colour only a terminal that is not "dumb".
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): boolean {
  if (argv.includes('--no-color') || 'NO_COLOR' in env) return false;
  if (argv.includes('--color')) return true;
  if ('FORCE_COLOR' in env) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export type Colors = ReturnType<typeof pc.createColors>;

export const stdoutColors: Colors = pc.createColors(colorEnabled(process.stdout));
export const stderrColors: Colors = pc.createColors(colorEnabled(process.stderr));
