// Reading article files safely and writing reports atomically.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile, readArticleFiles, writeFileAtomic } from '../../electron/services/files';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const refusal = (file: string): string => {
  const r = readArticleFile(file);
  if (r.ok) throw new Error(`${file} was read`);
  return r.refusal.error;
};

describe('reading article files', () => {
  it('refuses a named pipe at once instead of waiting forever for a writer', () => {
    const fifo = path.join(tempDir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const t0 = Date.now();
    expect(refusal(fifo)).toMatch(/is not a regular file \(a pipe, device or socket\)/);
    expect(Date.now() - t0).toBeLessThan(1000);
  }, 5000);

  it('refuses devices (which report size 0) and folders, without reading them', () => {
    const t0 = Date.now();
    expect(refusal('/dev/zero')).toMatch(/not a regular file/);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(refusal(tempDir())).toMatch(/is a folder, not a file/);
  });

  it('names the problem: missing file, symbolic-link loop, real size of a huge file', () => {
    const dir = tempDir();
    expect(refusal(path.join(dir, 'missing.txt'))).toMatch(/missing\.txt: no such file/);
    symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'a.txt'));
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    expect(refusal(path.join(dir, 'a.txt'))).toMatch(/too many symbolic links/);
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(25 * 1024 * 1024, 0x61));
    expect(refusal(huge)).toBe(`${huge} is 25.0 MB; articles over 20 MB are refused.`);
  });

  it('reads the rest of a batch when some files are refused', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.txt');
    writeFileSync(good, 'The bridge reopened on Friday, the council said.\n');
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    const r = readArticleFiles([folder, good, fifo, path.join(dir, 'gone.txt')]);
    expect(r.files.map((f) => f.name)).toEqual(['good.txt']);
    expect(r.refused.map((x) => path.basename(x.file))).toEqual(['folder', 'pipe.txt', 'gone.txt']);
  }, 5000);
});

describe('writing reports atomically', () => {
  it('writes a new file, refuses an existing one without overwrite, replaces it with overwrite and keeps its mode', () => {
    const dir = tempDir();
    const out = path.join(dir, 'r.md');
    writeFileAtomic(out, 'one', false);
    expect(readFileSync(out, 'utf8')).toBe('one');
    chmodSync(out, 0o640);
    expect(() => writeFileAtomic(out, 'two', false)).toThrow(/r\.md exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('one');
    writeFileAtomic(out, 'two', true);
    expect(readFileSync(out, 'utf8')).toBe('two');
    expect(statSync(out).mode & 0o777).toBe(0o640);
    // no temp file is left behind
    expect(readdirSync(dir)).toEqual(['r.md']);
  });

  it('never writes through a symbolic link: refused without overwrite (also dangling), replaced by the file with it', () => {
    const dir = tempDir();
    const target = path.join(dir, 'target.txt');
    writeFileSync(target, 'keep');
    const link = path.join(dir, 'out.md');
    symlinkSync(target, link);
    expect(() => writeFileAtomic(link, 'report', false)).toThrow(/is a symbolic link; add --force/);
    expect(readFileSync(target, 'utf8')).toBe('keep');
    const dangling = path.join(dir, 'dangling.md');
    symlinkSync(path.join(dir, 'nowhere.txt'), dangling);
    expect(() => writeFileAtomic(dangling, 'report', false)).toThrow(/symbolic link/);
    expect(existsSync(path.join(dir, 'nowhere.txt'))).toBe(false);
    writeFileAtomic(link, 'report', true);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toBe('report');
    expect(readFileSync(target, 'utf8')).toBe('keep');
    expect(readlinkSync(dangling)).toBe(path.join(dir, 'nowhere.txt'));
  });

  it('refuses a folder as the target', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x.md'));
    expect(() => writeFileAtomic(path.join(dir, 'x.md'), 'r', true)).toThrow(/is a folder; choose a file name/);
  });

  // A full disk for real: a 256 KB tmpfs (needs mount rights; skipped with the reason otherwise).
  const mountable = ((): boolean => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const probe = mkdtempSync(path.join(os.tmpdir(), 'corroborate-mount-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  })();
  it.skipIf(!mountable)('on a full disk keeps the old file whole and leaves no temp file (tmpfs of 256 KB)', () => {
    const dir = path.join(tempDir(), 'small');
    mkdirSync(dir);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'ignore' });
    try {
      const out = path.join(dir, 'report.md');
      writeFileSync(out, 'the old report');
      const err = ((): Error => {
        try {
          writeFileAtomic(out, 'x'.repeat(1024 * 1024), true);
        } catch (e) {
          return e as Error;
        }
        throw new Error('expected ENOSPC');
      })();
      expect(err.message).toMatch(/report\.md: no space left on the device; the old file was kept/);
      expect(err.message.split('\n')).toHaveLength(1);
      expect(readFileSync(out, 'utf8')).toBe('the old report');
      expect(readdirSync(dir)).toEqual(['report.md']);
    } finally {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    }
  });
});
