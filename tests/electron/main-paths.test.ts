// Pure path rules of the Electron main process: the app:// file mapping
// (no escape from the renderer folder), data dir override, native binding.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appLayout, resolveDataDir, sqliteBinding } from '../../electron/main/paths';
import { mimeType, resolveAppFile } from '../../electron/main/protocol-path';

const root = path.resolve('/srv/app/dist/renderer');

describe('app:// file mapping', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppFile('app://corroborate/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://corroborate/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://corroborate/assets/a%20b.js?x=1#y', root)).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it('never leaves the renderer folder', () => {
    // the URL parser already folds dot segments; what matters is the result stays inside root
    for (const url of ['app://corroborate/../../etc/passwd', 'app://corroborate/%2e%2e/%2e%2e/secret.txt', 'app://corroborate/a/../../b']) {
      const file = resolveAppFile(url, root);
      expect(file === null || file.startsWith(root + path.sep), `${url} -> ${file}`).toBe(true);
    }
  });

  it('refuses other hosts, schemes and encoded traversal', () => {
    for (const url of [
      'app://other/index.html',
      'file:///etc/passwd',
      'app://corroborate/..%2f..%2fsecret.txt',
      'app://corroborate/assets/..%2F..%2F..%2Fsecret.txt',
      'app://corroborate/..%5c..%5csecret.txt',
      'app://corroborate/assets/%00.js',
      'app://corroborate/%E0%A4%A',
      'nonsense',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull();
    }
  });

  it('names the content types the renderer needs', () => {
    expect(mimeType('a/index.html')).toMatch(/^text\/html/);
    expect(mimeType('a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeType('a/x.css')).toMatch(/^text\/css/);
    expect(mimeType('a/x.bin')).toBe('application/octet-stream');
  });
});

describe('data folder and layout', () => {
  it('uses CORROBORATE_DATA_DIR when set, else userData', () => {
    expect(resolveDataDir({ CORROBORATE_DATA_DIR: '/tmp/c-test' }, '/home/u/.config/Corroborate')).toBe(path.resolve('/tmp/c-test'));
    expect(resolveDataDir({ CORROBORATE_DATA_DIR: '  ' }, '/home/u/.config/Corroborate')).toBe('/home/u/.config/Corroborate');
    expect(resolveDataDir({}, '/home/u/.config/Corroborate')).toBe('/home/u/.config/Corroborate');
  });

  it('finds renderer, preload and seeds from the bundle folder', () => {
    const dev = appLayout('/repo/dist-electron', false, '/ignored');
    expect(dev).toEqual({
      root: path.resolve('/repo'),
      rendererDir: path.resolve('/repo/dist/renderer'),
      preloadPath: path.resolve('/repo/dist-electron/preload.cjs'),
      seedsDir: path.resolve('/repo/seeds'),
    });
    expect(appLayout('/opt/C/resources/app.asar/dist-electron', true, '/opt/C/resources').seedsDir).toBe(
      path.join('/opt/C/resources', 'seeds'),
    );
  });
});

describe('better-sqlite3 binding for Electron', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-native-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the env binding only when the file exists, then the packaged one', () => {
    const built = path.join(dir, 'better_sqlite3.node');
    writeFileSync(built, '');
    expect(sqliteBinding({ CORROBORATE_SQLITE_BINDING: built }, false, '/none')).toBe(built);
    expect(sqliteBinding({ CORROBORATE_SQLITE_BINDING: path.join(dir, 'missing.node') }, false, '/none')).toBeNull();
    expect(sqliteBinding({}, false, dir)).toBeNull();
    const res = path.join(dir, 'res');
    rmSync(res, { recursive: true, force: true });
    mkdirSync(path.join(res, 'native'), { recursive: true });
    writeFileSync(path.join(res, 'native', 'better_sqlite3.node'), '');
    expect(sqliteBinding({}, true, res)).toBe(path.join(res, 'native', 'better_sqlite3.node'));
  });

  it('ignores the override when packaged: a packaged app never loads native code named by its environment', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-binding-'));
    const evil = path.join(dir, 'evil.node');
    writeFileSync(evil, '');
    const res = path.join(dir, 'res');
    mkdirSync(path.join(res, 'native'), { recursive: true });
    writeFileSync(path.join(res, 'native', 'better_sqlite3.node'), '');
    expect(sqliteBinding({ CORROBORATE_SQLITE_BINDING: evil }, true, res)).toBe(path.join(res, 'native', 'better_sqlite3.node'));
    expect(sqliteBinding({ CORROBORATE_SQLITE_BINDING: evil }, true, path.join(dir, 'none'))).toBeNull();
    // in development only a .node file is taken
    const notModule = path.join(dir, 'script.js');
    writeFileSync(notModule, '');
    expect(sqliteBinding({ CORROBORATE_SQLITE_BINDING: notModule }, false, res)).toBeNull();
    expect(sqliteBinding({ CORROBORATE_SQLITE_BINDING: evil }, false, res)).toBe(evil);
    rmSync(dir, { recursive: true, force: true });
  });
});
