// Files in and out, safely.
// In: only regular files are read (a FIFO, a device, a socket or a folder is refused
// for that file alone; the rest of the batch goes on), the file is opened without
// blocking (a FIFO with no writer would hang the import forever), and the size is
// checked while reading, not trusted from stat (/dev/zero and growing files report 0).
// Out: reports are written to a temp file in the target folder, fsynced and renamed
// over the target, so a full disk or a crash leaves the old file whole; a symbolic
// link at the target is replaced only with --force (and its target never written).
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ServiceError } from '../../shared/api/errors';
import { MAX_ARTICLE_BYTES, tooLargeMessage } from '../../shared/engine/ingest/decode';
import { sleepSync } from '../store/db';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface Refusal {
  file: string;
  error: string;
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link that points back to itself?)',
  EISDIR: 'is a folder, not a file',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the disk is read-only',
  EIO: 'an input/output error',
  EBUSY: 'the file is busy',
  EEXIST: 'it already exists',
  EXDEV: 'the temp file and the target are on different disks',
  EPIPE: 'the reading end was closed (broken pipe)',
  ETXTBSY: 'the file is busy',
};

/** One line for a file-system error, with the path as the user gave it. */
export function fileErrorMessage(err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const words = code ? ERRNO_WORDS[code] : undefined;
  if (words) return `${file}: ${words}`;
  return `${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
}

const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1024 * 1024;

/** Reads one article file; refusals are values, never throws. */
export function readArticleFile(file: string): { ok: true; file: IncomingFile } | { ok: false; refusal: Refusal } {
  const name = path.basename(file);
  const refuse = (error: string) => ({ ok: false as const, refusal: { file, error } });
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (err) {
    return refuse(fileErrorMessage(err, file));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return refuse(`${file} is a folder, not a file`);
    if (!st.isFile()) return refuse(`${file} is not a regular file (a pipe, device or socket); only files can be imported`);
    if (st.size > MAX_ARTICLE_BYTES) return refuse(tooLargeMessage(file, st.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      // the size is checked while reading: a file that grows is stopped at the limit
      if (total > MAX_ARTICLE_BYTES) return refuse(`${file} is over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (it grew while being read); articles over 20 MB are refused.`);
      chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
    }
    return { ok: true, file: { name, bytes: new Uint8Array(Buffer.concat(chunks, total)) } };
  } catch (err) {
    return refuse(fileErrorMessage(err, file));
  } finally {
    closeSync(fd);
  }
}

/** Reads a batch: every file is read or refused on its own. */
export function readArticleFiles(files: readonly string[]): { files: IncomingFile[]; refused: Refusal[] } {
  const out: IncomingFile[] = [];
  const refused: Refusal[] = [];
  for (const f of files) {
    const r = readArticleFile(f);
    if (r.ok) out.push(r.file);
    else refused.push(r.refusal);
  }
  return { files: out, refused };
}

/** Writes all of `data` to a file descriptor, waiting out a full non-blocking pipe. */
export function writeAllSync(fd: number, data: Uint8Array): void {
  let off = 0;
  let waited = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
      waited = 0;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN' || waited > 60_000) throw err;
      sleepSync(10);
      waited += 10;
    }
  }
}

export type OutputTarget =
  | { kind: 'new' }
  | { kind: 'file'; mode: number }
  | { kind: 'symlink' }
  | { kind: 'other'; what: string };

export function describeTarget(target: string): OutputTarget {
  let st;
  try {
    st = lstatSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new' };
    throw new ServiceError('refused', fileErrorMessage(err, target));
  }
  if (st.isSymbolicLink()) return { kind: 'symlink' };
  if (st.isFile()) return { kind: 'file', mode: st.mode & 0o777 };
  return { kind: 'other', what: st.isDirectory() ? 'a folder' : 'not a regular file' };
}

/**
 * Writes `data` to `target` atomically: a temp file beside it, fsync, rename, fsync of
 * the folder. An existing file or symbolic link is replaced only with `overwrite`;
 * a symbolic link is replaced by the file (its target is never written through).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, overwrite: boolean, forceHint = 'add --force to overwrite it'): void {
  const existing = describeTarget(target);
  switch (existing.kind) {
    case 'new':
      break;
    case 'file':
      if (!overwrite) throw new ServiceError('refused', `${target} exists; ${forceHint}`);
      break;
    case 'symlink':
      if (!overwrite) throw new ServiceError('refused', `${target} is a symbolic link; ${forceHint} (the link is replaced by the file, its target is left alone)`);
      break;
    case 'other':
      throw new ServiceError('refused', `${target} is ${existing.what}; choose a file name`);
  }
  const dir = path.dirname(path.resolve(target));
  try {
    if (!statSync(dir).isDirectory()) throw new ServiceError('refused', `${dir} is not a folder`);
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('refused', fileErrorMessage(err, dir));
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', existing.kind === 'file' ? existing.mode : 0o666);
    writeAllSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (existing.kind === 'file') chmodSync(tmp, existing.mode);
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    const kept = existing.kind === 'new' ? 'nothing was written' : 'the old file was kept';
    throw new ServiceError('refused', `${fileErrorMessage(err, target)}; ${kept}`);
  }
  syncFolder(dir);
}

/** Makes the rename itself durable; folders cannot be opened for fsync on Windows. */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // best effort: the data itself is already on disk
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
