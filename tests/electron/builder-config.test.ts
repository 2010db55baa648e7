// electron-builder.yml checked with electron-builder's own loader and schema
// validation (app-builder-lib, offline), plus the project's packaging rules.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const configFile = path.join(root, 'electron-builder.yml');
const load = () => getConfig(root, configFile, null);

type Json = Record<string, unknown>;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const targetNames = (platform: unknown): string[] =>
  asList((platform as Json | undefined)?.target).map((t) => (typeof t === 'string' ? t : String((t as Json).target)));

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the same validation rejects a broken config (the check can fail)', async () => {
    const config = await load();
    const broken = { ...config, linux: { ...(config.linux as Json), notAnOption: true } };
    await expect(validateConfiguration(broken as typeof config, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });

  it('packages every platform with the app files and the native module outside the asar', async () => {
    const config = (await load()) as unknown as Json;
    expect(config.productName).toBe('Corroborate');
    expect(String(config.appId)).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac)).toEqual(['dmg']);

    // the loader normalises `files` into [{ filter: [...] }]
    const files = asList(config.files).flatMap((f) => (typeof f === 'string' ? [f] : asList((f as Json).filter).map(String)));
    for (const f of ['package.json', 'dist-electron/**/*', 'dist/renderer/**/*']) expect(files).toContain(f);
    // package.json's main must be a packaged file
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Json;
    expect(String(pkg.main)).toMatch(/^dist-electron\//);

    expect(asList(config.asarUnpack).map(String)).toContain('**/*.node');
    const extra = asList(config.extraResources) as Json[];
    expect(extra.find((e) => e.from === 'seeds')?.to).toBe('seeds');
    expect(extra.find((e) => String(e.to) === 'native/better_sqlite3.node')).toBeDefined();
    expect(existsSync(path.join(root, 'seeds'))).toBe(true);
  });

  it('flips the Electron fuses: no RunAsNode, NODE_OPTIONS or --inspect; only the checked app.asar loads', async () => {
    const config = (await load()) as unknown as Json;
    const fuses = config.electronFuses as Json | undefined;
    expect(fuses, 'electronFuses must be set').toBeDefined();
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // the validation rejects a misspelt fuse, so these names are the ones electron-builder applies
    const broken = { ...(await load()), electronFuses: { ...fuses, runAsNodee: false } };
    await expect(validateConfiguration(broken as Awaited<ReturnType<typeof load>>, new DebugLogger(false))).rejects.toThrow(/configuration/);
    // the app code must be inside the asar for onlyLoadAppFromAsar
    expect(config.asar === undefined || config.asar === true).toBe(true);
  });
});
