// The CLI and the file system: batches with files that cannot be imported, output
// files (symbolic links, --force), output streams that fail (closed pipe, full
// device), two CLIs on one database, and reports from a read-only folder.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import { openStore } from '../../electron/store';
import { generatedArticles } from '../e2e/generated-articles';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = path.join(root, 'electron', 'cli', 'run.ts');

function articles(dir: string, n: number, from = 0): string[] {
  return generatedArticles(from + n)
    .slice(from)
    .map((a) => {
      const f = path.join(dir, a.name);
      writeFileSync(f, a.text);
      return f;
    });
}

/** Runs the real CLI process; `stdout` may be a file descriptor to write into. */
function spawnCli(args: string[], opts: { stdout?: number | 'pipe'; closeStdout?: boolean; uid?: number; gid?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, ...args], { cwd: root, stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'], uid: opts.uid, gid: opts.gid, env: { ...process.env, HOME: '/tmp' } });
    let out = '';
    let err = '';
    if (opts.closeStdout) child.stdout?.destroy();
    else child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
  });
}

const oneLine = (s: string): void => {
  expect(s.trim().split('\n'), s).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at |node:internal|Error: /);
};

describe('corroborate import with files that cannot be imported', () => {
  it('imports the good files, refuses a folder, a FIFO, a missing file and a huge one each on one line, and exits 1', () => {
    const dir = tempDir();
    const [good] = articles(dir, 1);
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder);
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(25 * 1024 * 1024, 0x61));
    const db = path.join(dir, 'p.sqlite');
    const r = run(['import', '--db', db, folder, good!, fifo, path.join(dir, 'missing.txt'), huge]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^imported 1 article\(s\) into project 1\n/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/refused .*folder\.txt: is a folder, not a file$/);
    expect(lines[1]).toMatch(/refused .*pipe\.txt: is not a regular file/);
    expect(lines[2]).toMatch(/refused .*missing\.txt: no such file/);
    expect(lines[3]).toMatch(/refused .*huge\.txt: is 25\.0 MB; articles over 20 MB are refused\./);
    const store = openStore(db);
    expect(store.articles.list(1).map((a) => a.claimCount > 0)).toEqual([true]);
    store.close();
  }, 20000);

  it('names a symbolic-link loop as one', () => {
    const dir = tempDir();
    symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'a.txt'));
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    const r = run(['analyze', path.join(dir, 'a.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too many symbolic links/);
    oneLine(r.stderr);
  });
});

describe('corroborate report --out', () => {
  it('refuses a symbolic link (also a dangling one) without --force and never writes through it', () => {
    const dir = tempDir();
    const db = path.join(dir, 'p.sqlite');
    expect(run(['import', '--db', db, ...articles(dir, 2)]).code).toBe(0);
    const target = path.join(dir, 'elsewhere.md');
    writeFileSync(target, 'someone else’s file');
    const link = path.join(dir, 'report.md');
    symlinkSync(target, link);
    const refused = run(['report', '--db', db, '--format', 'md', '--out', link]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is a symbolic link; add --force/);
    const dangling = path.join(dir, 'dangling.md');
    const nowhere = path.join(dir, 'nowhere.md');
    symlinkSync(nowhere, dangling);
    expect(run(['report', '--db', db, '--format', 'md', '--out', dangling]).stderr).toMatch(/symbolic link/);
    expect(() => lstatSync(nowhere)).toThrow();
    // --force replaces the link by the report; the file it pointed at is left alone
    expect(run(['report', '--db', db, '--format', 'md', '--out', link, '--force']).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toMatch(/^# /);
    expect(readFileSync(target, 'utf8')).toBe('someone else’s file');
  });
});

describe('output streams and concurrent CLIs (real processes)', () => {
  it('a closed pipe and a full device give one line, not a stack trace', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'p.sqlite');
    expect(run(['import', '--db', db, ...articles(dir, 2)]).code).toBe(0);
    const closed = await spawnCli(['report', '--db', db, '--format', 'md'], { closeStdout: true });
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/cannot write the output: the reading end was closed \(broken pipe\)/);
    oneLine(closed.stderr);
    const full = openSync('/dev/full', 'w');
    try {
      const r = await spawnCli(['report', '--db', db, '--format', 'md'], { stdout: full });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot write the output: no space left on the device/);
      oneLine(r.stderr);
    } finally {
      closeSync(full);
    }
  }, 60000);

  it('two CLIs importing the same files at once: one imports, the other skips them; no raw SQLite error', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'p.sqlite');
    const files = articles(dir, 6);
    // the database exists first, so both open the same project
    expect(run(['import', '--db', db, files[0]!]).code).toBe(0);
    const [a, b] = await Promise.all([spawnCli(['import', '--db', db, ...files]), spawnCli(['import', '--db', db, ...files])]);
    for (const r of [a, b]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/UNIQUE|SQLITE|constraint/i);
    }
    const added = [a, b].map((r) => Number(/imported (\d+)/.exec(r.stdout)?.[1]));
    expect(added.sort()).toEqual([0, 5]);
    const store = openStore(db);
    const list = store.articles.list(1);
    expect(list).toHaveLength(6);
    expect(list.every((x) => x.claimCount > 0)).toBe(true);
    store.close();
  }, 90000);

  // Permissions only bind a user who is not root: run the report as `nobody` when the tests run as root.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it('reports from a database in a read-only folder (a report only reads)', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const folder = path.join(dir, 'ro');
    mkdirSync(folder);
    const db = path.join(folder, 'p.sqlite');
    expect(run(['import', '--db', db, ...articles(dir, 2)]).code).toBe(0);
    chmodSync(db, 0o444);
    chmodSync(folder, 0o555);
    try {
      const r = await spawnCli(['report', '--db', db, '--format', 'json'], asNobody);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { articles: unknown[] }).articles).toHaveLength(2);
    } finally {
      chmodSync(folder, 0o755);
    }
  }, 60000);
});
