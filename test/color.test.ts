import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../src/report/color.ts';

describe('colorEnabled', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('colours a terminal, not a pipe, and does not take CI=1 as a reason to colour a pipe', () => {
    expect(colorEnabled(tty, { TERM: 'xterm-256color' }, [])).toBe(true);
    expect(colorEnabled(pipe, {}, [])).toBe(false);
    expect(colorEnabled(pipe, { CI: 'true' }, [])).toBe(false);
    expect(colorEnabled(tty, { TERM: 'dumb' }, [])).toBe(false);
  });

  it('lets NO_COLOR and --no-color win over everything, and FORCE_COLOR or --color colour a pipe', () => {
    expect(colorEnabled(tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, [])).toBe(false);
    expect(colorEnabled(tty, {}, ['--color', '--no-color'])).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' }, [])).toBe(true);
    expect(colorEnabled(pipe, { FORCE_COLOR: '0' }, [])).toBe(false);
    expect(colorEnabled(pipe, {}, ['--color'])).toBe(true);
  });
});
