import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './plan-helpers';

// electron-builder cannot run here (it downloads Electron), so the configuration is checked as data.
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('electron-builder.yml', () => {
  it('names the app and packs the built output in an asar', () => {
    expect(config.appId).toBe('dev.powerplan.app');
    expect(config.productName).toBe('PowerPlan');
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**');
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.extraMetadata.main).toBe(pkg.main);
  });

  it('ships no node_modules: the built main process needs only electron and Node built-ins', () => {
    expect(config.files).toContain('!node_modules/**');
    // out/ is built by `npm test`'s pretest (electron-vite build).
    for (const built of ['main/index.js', 'preload/index.cjs']) {
      const code = readFileSync(join(ROOT, 'out', built), 'utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
      expect(required).toContain('electron');
      for (const name of required) expect(name === 'electron' || name.startsWith('node:')).toBe(true);
    }
  });

  it('lists as runtime dependencies only what a built program loads from node_modules', () => {
    // Everything else is bundled at build time (esbuild for the CLI, electron-vite/Vite for the app) and so
    // is a devDependency; the CLI loads playwright-core at run time for `powerplan report`.
    expect(Object.keys(pkg.dependencies)).toEqual(['playwright-core']);
    expect(pkg.scripts['build:cli']).toContain('--external:playwright-core');
  });

  it('targets Linux AppImage and deb, Windows nsis and macOS dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('associates .powerplan.json files with the app', () => {
    const assoc = config.fileAssociations as { ext: string; name: string; mimeType: string }[];
    expect(assoc).toEqual([expect.objectContaining({ ext: 'powerplan.json', name: 'PowerPlan plan' })]);
    expect(config.linux.mimeTypes).toContain(assoc[0]!.mimeType);
  });

  it('has the icons it refers to under build/', () => {
    expect(config.directories.buildResources).toBe('build');
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon])
      expect(existsSync(join(ROOT, icon))).toBe(true);
    const png = readFileSync(join(ROOT, 'build', 'icon.png'));
    // PNG signature and a 512×512 image (electron-builder derives icns from it).
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });

  it('npm run dist builds then packages with this file', () => {
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.yml');
  });
});
