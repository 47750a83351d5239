/**
 * Issue 12: canonym used the way a careless or hostile user would. Every reproduction of the issue has a test
 * here, named after what it guards; none of them may end in a stack trace, and a known failure exits 2, never 1
 * (which CI reads as "names are wrong") and never 3 (a bug).
 *
 * canonym's tests run as root, for whom mode 000 is readable. Unreadable files are made otherwise: a symbolic link
 * to /proc/self/mem (reading it fails with EIO for anyone), a directory where a file is expected, a dangling link,
 * a loop of links, and, for a folder that cannot be listed, an injected error (walkFiles' `readdir` hook).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync,
  rmSync, statSync, symlinkSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { parseSize, readTextFile } from '../src/io/read.ts';
import { removeStaleTemps, writeFileSafely } from '../src/io/write.ts';
import { walkFiles } from '../src/io/walk.ts';
import { translate } from '../src/translate/translate.ts';
import type { TranslationEngine } from '../src/translate/engine.ts';
import { captureOutput, fixture, fixtureIndex, runCli, type CliRun } from './helpers.ts';

const G = ['--no-shipped-glossary', '--glossary', fixture('glossary')];
/** A line of a Node stack trace ("    at fn (file.ts:1:2)"), or Node's uncaught-error banner. */
const STACK = /^\s+at .+:\d+(?::\d+)?\)?$|^Node\.js v\d|Error: .*\n\s+at /m;

let root: string;
let n = 0;
const dir = () => {
  const d = join(root, `case-${++n}`);
  mkdirSync(d, { recursive: true });
  return d;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'canonym-hostile-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The run, asserted free of stack traces on both streams. */
async function cli(args: string[], stdin?: string): Promise<CliRun> {
  const run = await runCli(args, stdin);
  expect(run.stdout, 'stdout has no stack trace').not.toMatch(STACK);
  expect(run.stderr, 'stderr has no stack trace').not.toMatch(STACK);
  return run;
}

/** A locale tree with an English and a German catalogue. */
function localeTree(): string {
  const d = dir();
  mkdirSync(join(d, 'en'));
  mkdirSync(join(d, 'de'));
  writeFileSync(join(d, 'en', 'c.json'), '{"a":"Hello"}\n');
  writeFileSync(join(d, 'de', 'c.json'), '{"a":"Hallo"}\n');
  return d;
}

describe('folder walks go on past entries they cannot read', () => {
  it('locales: a dangling symlink is a note, the rest of the tree is checked', async () => {
    const d = localeTree();
    symlinkSync('/nonexistent', join(d, 'de', 'x.json'));
    const run = await cli(['locales', d, ...G]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/de\/x\.json: skipped: a symbolic link to nothing/);
    expect(run.stdout).toMatch(/no problems in 2 files/);
  });

  it('locales: a symlink loop and a link back to a parent folder are notes, not a crash or an endless walk', async () => {
    const d = localeTree();
    symlinkSync('loop.json', join(d, 'de', 'loop.json'));
    symlinkSync('..', join(d, 'de', 'up'));
    const run = await cli(['locales', d, ...G]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/loop\.json: skipped: a loop of symbolic links/);
    expect(run.stderr).toMatch(/de\/up: skipped: a link to a folder already walked/);
  });

  it('locales: an unreadable catalogue (EIO) is reported as a broken file, the others still checked', async () => {
    const d = localeTree();
    symlinkSync('/proc/self/mem', join(d, 'de', 'mem.json'));
    const run = await cli(['locales', d, ...G]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/de\/mem\.json[\s\S]*cannot read: input\/output error/);
  });

  it('locales: a directory named like a catalogue is walked as a folder, not read as a file', async () => {
    const d = localeTree();
    mkdirSync(join(d, 'de', 'd.json'));
    const run = await cli(['locales', d, ...G]);
    expect(run.code).toBe(0);
  });

  it('check <dir>: a dangling link, a loop and an unreadable file are reported; the rest is checked; exit 2', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), 'Kiev is big.\n');
    symlinkSync('/nonexistent', join(d, 'b.txt'));
    symlinkSync('c.txt', join(d, 'c.txt'));
    symlinkSync('/proc/self/mem', join(d, 'd.txt'));
    const run = await cli(['check', d, ...G, '--locale', 'en']);
    expect(run.stdout).toMatch(/"Kiev" is a misspelling of Kyiv/);
    expect(run.stderr).toMatch(/b\.txt: skipped: a symbolic link to nothing/);
    expect(run.stderr).toMatch(/c\.txt: skipped: a loop of symbolic links/);
    expect(run.stderr).toMatch(/d\.txt: cannot read: input\/output error/);
    expect(run.code).toBe(2);
  });

  it('a folder that cannot be listed (error injected, as root can list anything) is a note and the walk goes on', () => {
    const d = dir();
    mkdirSync(join(d, 'locked'));
    mkdirSync(join(d, 'open'));
    writeFileSync(join(d, 'open', 'a.txt'), 'x');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const walked = walkFiles(d, {
      readdir: (p) => {
        if (p.endsWith('locked')) throw denied;
        return readdirSync(p);
      },
    });
    expect(walked.files).toEqual([join(d, 'open', 'a.txt')]);
    expect(walked.notes).toEqual([{ path: join(d, 'locked'), reason: 'not checked: the folder cannot be listed (permission denied)', unread: true }]);
  });

  it('glossary folders: a dangling link, a loop and an unreadable file are glossary problems (exit 2), not a crash', async () => {
    const g = dir();
    writeFileSync(join(g, 'ok.yaml'), readFileSync(join(fixture('glossary'), 'entities.yaml')));
    symlinkSync('/nonexistent', join(g, 'gone.yaml'));
    symlinkSync('self.yaml', join(g, 'self.yaml'));
    symlinkSync('/proc/self/mem', join(g, 'mem.yaml'));
    const run = await cli(['check', '--no-shipped-glossary', '--glossary', g, '--locale', 'en', '-'], 'Kyiv.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/gone\.yaml:1:1: skipped: a symbolic link to nothing/);
    expect(run.stderr).toMatch(/self\.yaml:1:1: skipped: a loop of symbolic links/);
    expect(run.stderr).toMatch(/mem\.yaml:1:1: cannot read: input\/output error/);
  });
});

describe('a locale tag that is not valid BCP 47', () => {
  it('kab-KAB (excalidraw) with plural keys: checked, no RangeError', async () => {
    const d = dir();
    writeFileSync(join(d, 'en.json'), '{"files_one":"{{count}} file","files_other":"{{count}} files"}\n');
    writeFileSync(join(d, 'kab-KAB.json'), '{"files_one":"{{count}} afaylu","files_other":"{{count}} ifuyla"}\n');
    const run = await cli(['locales', d, ...G]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/kab-KAB/);
  });
});

describe('outputs that already exist', () => {
  it('localize refuses to overwrite a hand-edited file, and replaces it with --force', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.de.txt'), 'hand-edited\n');
    writeFileSync(join(d, 'a.en.txt'), 'Josep Borrell in Kyiv.\n');
    const run = await cli(['localize', ...G, '--to', 'de,pl', join(d, 'a.en.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a\.de\.txt: the file exists and its content is not what canonym would write; not overwritten \(use --force/);
    expect(readFileSync(join(d, 'a.de.txt'), 'utf8')).toBe('hand-edited\n');
    const forced = await cli(['localize', ...G, '--to', 'de,pl', '--force', join(d, 'a.en.txt')]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(d, 'a.de.txt'), 'utf8')).toBe('Josep Borrell in Kiew.\n');
    // Run again: the files hold what canonym writes, so there is nothing to refuse.
    expect((await cli(['localize', ...G, '--to', 'de,pl', join(d, 'a.en.txt')])).code).toBe(0);
  });

  it('export json --out <folder>/ names the problem and exits 2 instead of EISDIR', async () => {
    const d = dir();
    const run = await cli(['export', 'json', ...G, '--out', `${d}/`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a folder; export json writes one file/);
    const again = await cli(['export', 'json', ...G, '--out', d]);
    expect(again.code).toBe(2);
  });

  it('export json replaces its own earlier output, but not a file it did not write', async () => {
    const d = dir();
    const out = join(d, 'g.json');
    writeFileSync(out, '{"format":"canonym-glossary","version":1,"entities":[]}\n');
    expect((await cli(['export', 'json', ...G, '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).entities.length).toBeGreaterThan(5);
    writeFileSync(out, '{"mine":true}\n');
    expect((await cli(['export', 'json', ...G, '--out', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('{"mine":true}\n');
  });

  it('init where the config cannot be written (a folder that does not exist; root writes read-only folders) exits 2', async () => {
    const { runInit } = await import('../src/cli/commands/init.ts');
    expect(() => runInit({ cwd: join(root, 'no', 'such', 'folder') })).toThrow(/canonym\.config\.yaml: cannot write: no such file or directory/);
  });

  it('export into a place where no file can be created exits 2 with the cause', async () => {
    const d = dir();
    writeFileSync(join(d, 'file'), 'x');
    const run = await cli(['export', 'json', ...G, '--out', join(d, 'file', 'sub', 'g.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/file\/sub: cannot write: a part of the path is not a folder/);
  });
});

describe('fix --write keeps what the file is', () => {
  const fixed = 'Kyiv is big.\n';
  const write = (path: string) => cli(['fix', '--write', ...G, '--locale', 'en', path]);

  it('writes through a symlink: the target changes, the link stays a link', async () => {
    const d = dir();
    writeFileSync(join(d, 'target.txt'), 'Kiev is big.\n');
    symlinkSync('target.txt', join(d, 'link.txt'));
    expect((await write(join(d, 'link.txt'))).code).toBe(0);
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.txt'))).toBe('target.txt');
    expect(readFileSync(join(d, 'target.txt'), 'utf8')).toBe(fixed);
  });

  it('keeps the mode (664, 666, 600) and, as root, the owner', async () => {
    for (const mode of [0o664, 0o666, 0o600]) {
      const d = dir();
      const path = join(d, 'a.txt');
      writeFileSync(path, 'Kiev is big.\n');
      chmodSync(path, mode);
      if (process.getuid?.() === 0) chownSync(path, 4321, 4322);
      expect((await write(path)).code).toBe(0);
      const stat = statSync(path);
      expect(stat.mode & 0o777).toBe(mode);
      if (process.getuid?.() === 0) expect([stat.uid, stat.gid]).toEqual([4321, 4322]);
      expect(readFileSync(path, 'utf8')).toBe(fixed);
    }
  });

  it('keeps hard links: every name sees the fixed text', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), 'Kiev is big.\n');
    linkSync(join(d, 'a.txt'), join(d, 'b.txt'));
    expect((await write(join(d, 'a.txt'))).code).toBe(0);
    expect(statSync(join(d, 'a.txt')).ino).toBe(statSync(join(d, 'b.txt')).ino);
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe(fixed);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('leaves no temp file behind, and removes one a killed run (SIGKILL) left', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    writeFileSync(path, 'Kiev is big.\n');
    // A pid that is not running: what a run killed with SIGKILL leaves.
    const dead = spawnSync('true').pid!;
    writeFileSync(join(d, `.a.txt.canonym-${dead}-0badf00d.tmp`), 'half');
    expect((await write(path)).code).toBe(0);
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  it('removes stale temp files only of dead runs', () => {
    const d = dir();
    const target = join(d, 'x.txt');
    writeFileSync(target, 'x');
    const mine = join(d, `.x.txt.canonym-${process.ppid}-00000001.tmp`);
    writeFileSync(mine, 'in use by a live process');
    expect(removeStaleTemps(target)).toEqual([]);
    expect(existsSync(mine)).toBe(true);
  });

  it('refuses to overwrite a file edited since it was read (mtime and size compared before the rename)', () => {
    const d = dir();
    const path = join(d, 'a.txt');
    writeFileSync(path, 'Kiev is big.\n');
    const read = readTextFile(path);
    writeFileSync(path, 'Kiev is big. An edit made meanwhile.\n');
    expect(() => writeFileSafely(path, Buffer.from(fixed), { expect: read.identity! })).toThrow(/a\.txt: the file changed while canonym was working on it; nothing written/);
    expect(readFileSync(path, 'utf8')).toBe('Kiev is big. An edit made meanwhile.\n');
    // Same size, other mtime: still an edit.
    const again = readTextFile(path);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(() => writeFileSafely(path, Buffer.from('x'), { expect: again.identity! })).toThrow(/changed while canonym was working/);
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  it('a folder given to fix without --write or --diff exits 2 (fix --write walks folders since issue 15)', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), 'Kiev.\n');
    const run = await cli(['fix', ...G, '--locale', 'en', d]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/several files or a folder: give --write/);
  });
});

describe('encodings: refused rather than lossy', () => {
  it('UTF-16 with a lone surrogate is refused, not written back with U+FFFD', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kiev ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from(' x', 'utf16le')]);
    writeFileSync(path, bytes);
    const run = await cli(['fix', '--write', ...G, '--locale', 'en', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/UTF-16LE with a lone surrogate \(0xd800 at offset 12\)/);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('UTF-16 with an odd number of bytes is refused', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0x00, 0x4b, 0x00])]));
    const run = await cli(['check', ...G, '--locale', 'en', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/UTF-16BE with an odd number of bytes \(5\)/);
  });

  it('a UTF-8-encoded surrogate names the right byte and offset', async () => {
    const d = dir();
    const path = join(d, 'a.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('Kyiv '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' x')]));
    const run = await cli(['check', ...G, '--locale', 'en', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not valid UTF-8 \(byte 0xed at offset 5\)/);
  });

  it('invalid UTF-8 in a glossary file is a glossary problem, not U+FFFD in a name', async () => {
    const g = dir();
    writeFileSync(join(g, 'e.yaml'), Buffer.concat([Buffer.from('- id: x\n  type: place\n  description: d\n  names: { en: K'), Buffer.from([0xff]), Buffer.from('yiv }\n')]));
    const run = await cli(['check', '--no-shipped-glossary', '--glossary', g, '--locale', 'en', '-'], 'Kyiv.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/e\.yaml:1:1: not valid UTF-8 \(byte 0xff at offset 55\)/);
  });
});

describe('sizes and limits', () => {
  it('--max-size is parsed strictly: abc and 1e3 refused, 64MiB and 500k understood', async () => {
    expect(parseSize('64MiB')).toBe(64 * 1024 * 1024);
    expect(parseSize('500k')).toBe(500_000);
    expect(parseSize('1G')).toBe(1e9);
    expect(parseSize('2048')).toBe(2048);
    for (const bad of ['abc', '1e3', '', '0', '-5', '1.5M', '10 parsecs']) expect(() => parseSize(bad), bad).toThrow(/--max-size/);
    const run = await cli(['check', ...G, '--max-size', 'abc', '-'], 'Kyiv.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-size abc: give a whole number of bytes/);
    expect((await cli(['check', ...G, '--max-size', '1e3', '-'], 'Kyiv.')).code).toBe(2);
    expect((await cli(['check', ...G, '--locale', 'en', '--max-size', '64MiB', '-'], 'Kyiv.')).code).toBe(0);
  });

  it('check /dev/zero stops at --max-size instead of growing without end', async () => {
    const run = await cli(['check', ...G, '--max-size', '1MiB', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/dev\/zero: more than the limit of 1048576 bytes/);
  });

  it('a FIFO with an endless writer stops at --max-size', async () => {
    const d = dir();
    const fifo = join(d, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `yes Kyiv > '${fifo}'`], { stdio: 'ignore' });
    try {
      const run = await cli(['check', ...G, '--max-size', '100k', fifo]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/pipe\.txt: more than the limit of 100000 bytes/);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('standard input stops at --max-size', async () => {
    const run = await cli(['check', ...G, '--max-size', '10', '-'], 'Kyiv is a city.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/<stdin>: more than the limit of 10 bytes/);
  });

  it('Markdown nested 20,000 levels deep (>) is refused with its place, not a RangeError', async () => {
    const d = dir();
    const path = join(d, 'deep.md');
    writeFileSync(path, `Kyiv.\n\n${'>'.repeat(20_000)} Kiev\n`);
    const run = await cli(['check', ...G, '--locale', 'en', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/deep\.md:3:101: nested more than 100 levels deep; refused/);
  });

  it('locale JSON nested 20,000 levels deep is a json-syntax error, not a RangeError', async () => {
    const d = localeTree();
    writeFileSync(join(d, 'de', 'deep.json'), `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    writeFileSync(join(d, 'en', 'deep.json'), '{"a":"x"}');
    const run = await cli(['locales', d, ...G]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/nested more than 256 levels deep; not read/);
  });

  const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';

  it('a YAML alias bomb in the config is refused (exit 2), not a ReferenceError', async () => {
    const d = dir();
    writeFileSync(join(d, 'canonym.config.yaml'), bomb);
    const run = await cli(['check', ...G, '--config', join(d, 'canonym.config.yaml'), '-'], 'Kyiv.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/canonym\.config\.yaml: YAML aliases expand more than 100 times/);
  });

  it('a YAML alias bomb in a glossary file is a glossary problem', async () => {
    const g = dir();
    writeFileSync(join(g, 'bomb.yaml'), `- id: x\n  type: place\n  description: d\n  names: { en: X }\n  extra: &a [1,1,1,1,1,1,1,1,1,1]\n  more: [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  ${bomb.replaceAll('\n', '\n  ')}`);
    const run = await cli(['check', '--no-shipped-glossary', '--glossary', g, '-'], 'Kyiv.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bomb\.yaml:1:1: YAML aliases expand more than 100 times/);
  });

  it('__proto__ keys in YAML are refused with their place, in the config and in a glossary', async () => {
    const d = dir();
    writeFileSync(join(d, 'c.yaml'), 'locale: en\n__proto__:\n  locale: de\n');
    const run = await cli(['check', ...G, '--config', join(d, 'c.yaml'), '-'], 'Kyiv.');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/c\.yaml:2:1: the key "__proto__" is not allowed/);
    writeFileSync(join(d, 'g.yaml'), '- id: x\n  type: place\n  description: d\n  names: { en: X }\n  __proto__: { id: y }\n');
    const glossary = await cli(['check', '--no-shipped-glossary', '--glossary', join(d, 'g.yaml'), '-'], 'Kyiv.');
    expect(glossary.code).toBe(2);
    expect(glossary.stderr).toMatch(/g\.yaml:5:3: the key "__proto__" is not allowed/);
  });

  it('duplicate keys in locale JSON are reported, not dropped silently', async () => {
    const d = localeTree();
    writeFileSync(join(d, 'de', 'c.json'), '{"a":"Hallo","b":{"c":"x","c":"y"},"a":"Servus"}\n');
    writeFileSync(join(d, 'en', 'c.json'), '{"a":"Hello","b":{"c":"x"}}\n');
    const run = await cli(['locales', d, ...G, '--format', 'json']);
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout).flatMap((f: { diagnostics: Array<{ message: string; line: number; column: number }> }) => f.diagnostics.map((x) => `${x.line}:${x.column} ${x.message}`));
    expect(messages).toEqual(expect.arrayContaining([
      '1:27 the key "b.c" appears more than once; JSON readers keep only the last value',
      '1:36 the key "a" appears more than once; JSON readers keep only the last value',
    ]));
  });

  it('lone CR line endings give the right line numbers', async () => {
    const run = await cli(['check', ...G, '--locale', 'en', '--format', 'json', '-'], 'Kyiv is big.\rSo is\rKiev.');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].diagnostics[0]).toMatchObject({ found: 'Kiev', line: 3, column: 1 });
  });
});

describe('translate keeps names whole', () => {
  const engineDoing = (fn: (text: string) => string): TranslationEngine => ({ name: 'stub', pairs: async () => ['en-es'], translate: async (text) => fn(text) });

  it('an engine that repeats {{1}} does not duplicate the name: the passage stays untranslated and is reported', async () => {
    const text = 'Josep Borrell met the press.\n\nKiev is cold.\n';
    const result = await translate(text, { from: 'en', to: 'es', engine: engineDoing((t) => t.replace('{{1}} met', '{{1}} y {{1}} met').replace('is cold', 'hace frío')), index: fixtureIndex() });
    expect(result.text).toBe('Josep Borrell met the press.\n\nKiev hace frío.\n');
    expect(result.untranslated).toMatchObject([{ start: 0, end: 30, audit: { repeated: [1] } }]);
  });

  it('an engine that invents {{99}} does not leave it in the output', async () => {
    const result = await translate('Kyiv is cold.', { from: 'en', to: 'es', engine: engineDoing((t) => `${t} {{99}}`), index: fixtureIndex() });
    expect(result.text).toBe('Kyiv is cold.');
    expect(result.text).not.toMatch(/\{\{99\}\}/);
    expect(result.untranslated[0]!.audit.invented).toEqual(['{{99}}']);
  });

  it('an engine that mangles a placeholder ({{ 1 }}) keeps the passage untranslated', async () => {
    const result = await translate('Kyiv is cold.', { from: 'en', to: 'es', engine: engineDoing((t) => t.replace('{{1}}', '{{ 1 }}')), index: fixtureIndex() });
    expect(result.text).toBe('Kyiv is cold.');
    expect(result.untranslated[0]!.audit).toEqual({ missing: [1], repeated: [], invented: ['{{ 1 }}'] });
  });

  describe('through the command line, with a stand-in apertium on PATH', () => {
    let bin: string;
    let savedPath: string | undefined;
    beforeAll(() => {
      bin = dir();
      savedPath = process.env.PATH;
      // -l lists one mode; otherwise the behaviour is chosen by the STUB environment variable.
      writeFileSync(join(bin, 'apertium'), `#!/bin/sh
if [ "$1" = "-l" ]; then echo eng-spa; exit 0; fi
case "$STUB" in
  repeat) sed 's/{{1}}/{{1}} {{1}}/' "$2" ;;
  invent) sed 's/$/ {{99}}/' "$2" ;;
  hang) sleep 300 & echo $! > "$STUB_PIDS"; sleep 300 ;;
  *) cat "$2" ;;
esac
`, { mode: 0o755 });
      process.env.PATH = `${bin}:${savedPath}`;
    });
    afterAll(() => {
      process.env.PATH = savedPath;
      delete process.env.STUB;
      delete process.env.STUB_PIDS;
    });

    it('a repeated placeholder is reported as a passage kept untranslated, exit 1', async () => {
      process.env.STUB = 'repeat';
      const run = await cli(['translate', ...G, '--from', 'en', '--to', 'es', '-'], 'Josep Borrell met Kaja Kallas in Kyiv.');
      expect(run.stdout).toBe('Josep Borrell met Kaja Kallas in Kyiv.');
      expect(run.stderr).toMatch(/kept untranslated: the engine repeated \{\{1\}\}/);
      expect(run.code).toBe(1);
    });

    it('an invented placeholder is reported and not written out', async () => {
      process.env.STUB = 'invent';
      const run = await cli(['translate', ...G, '--from', 'en', '--to', 'es', '-'], 'Kyiv is cold.');
      expect(run.stdout).toBe('Kyiv is cold.');
      expect(run.stderr).toMatch(/the engine returned \{\{99\}\}, which canonym did not send/);
    });

    it('a hung engine times out after --timeout seconds, and its whole process group is killed', async () => {
      process.env.STUB = 'hang';
      process.env.STUB_PIDS = join(bin, 'pids');
      const started = Date.now();
      const run = await cli(['translate', ...G, '--from', 'en', '--to', 'es', '--timeout', '1', '-'], 'Kyiv is cold.');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/apertium timed out after 1 s; it was stopped/);
      const child = Number(readFileSync(process.env.STUB_PIDS, 'utf8'));
      // The background child of the engine went with its group: gone, or a zombie waiting for a parent that
      // reaps (in a container, pid 1 may never do it).
      await new Promise((r) => setTimeout(r, 200));
      const state = () => {
        try {
          return readFileSync(`/proc/${child}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
        } catch {
          return 'gone';
        }
      };
      expect(['gone', 'Z']).toContain(state());
    });

    it('--timeout is parsed strictly', async () => {
      const run = await cli(['translate', ...G, '--from', 'en', '--to', 'es', '--timeout', '10s', '-'], 'Kyiv.');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--timeout 10s: give a number of seconds/);
    });
  });

  it('a text that contains {{1}}, [[1]] and __1__ at once is refused with a message (exit 2), not an Error stack', async () => {
    const run = await cli(['translate', ...G, '--from', 'en', '--to', 'es', '-'], 'Kyiv {{1}} [[1]] __1__');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the text contains every placeholder style/);
  });
});

describe('the error boundary', () => {
  /** Standard input that fails the way a bug would: a plain Error, no errno code. */
  async function withBrokenStdin(args: string[]): Promise<CliRun> {
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    const broken = new Readable({ read() { this.destroy(new TypeError('boom: cannot read properties of undefined')); } });
    Object.defineProperty(process, 'stdin', { value: broken, configurable: true });
    const io = captureOutput();
    try {
      const code = await main(args);
      return { code, stdout: io.stdout, stderr: io.stderr };
    } finally {
      io.restore();
      Object.defineProperty(process, 'stdin', original);
    }
  }

  it('an unexpected error exits 3 with one line asking for a report, never 1, and no stack', async () => {
    const run = await withBrokenStdin(['check', ...G, '--locale', 'en', '-']);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^canonym: internal error \(TypeError: boom: cannot read properties of undefined\)\. This is a bug in canonym .*please report it/);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('--debug adds the stack', async () => {
    const run = await withBrokenStdin(['check', ...G, '--locale', 'en', '--debug', '-']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('a file that does not exist exits 2 naming it', async () => {
    const run = await cli(['check', ...G, join(root, 'nope.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.txt: no such file or directory/);
  });
});
