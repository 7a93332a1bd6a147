// The installer configuration, checked without building an installer (that needs Electron's
// download): every fuse, and what electron-builder's own file matcher would pack.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import type { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import config from '../../../electron-builder.config';

const root = path.resolve(import.meta.dirname, '../../..');
// The copier electron-builder runs for extraResources (internal, so untyped in its .d.ts).
const { copyFiles } = createRequire(import.meta.url)('app-builder-lib/out/fileMatcher.js') as {
  copyFiles(matchers: FileMatcher[] | null, transformer: null, hardLink: boolean): Promise<unknown>;
};
const identity = (pattern: string) => pattern;

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

describe('electron-builder config', () => {
  it('sets every fuse the brief asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('names the app and targets each platform’s installer', () => {
    expect(config.appId).toBe('studio.qbr.desktop');
    expect(config.productName).toBe('QBR Studio');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
  });

  it('has a 512x512 PNG icon', () => {
    const png = readFileSync(path.join(root, String(config.icon)));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, right after the 8-byte signature and chunk header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('npm run dist builds the app, writes the sample, then runs electron-builder with this file', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const steps = scripts.dist!.split('&&').map((s) => s.trim());
    expect(steps[0]).toMatch(/^electron-vite build/);
    expect(steps[1]).toMatch(/sample --out out\/sample$/);
    expect(steps[2]).toMatch(/^electron-builder --config electron-builder\.config\.ts/);
  });

  describe('what electron-builder would pack', () => {
    const dest = mkdtempSync(path.join(os.tmpdir(), 'qbr-resources-'));
    afterAll(() => rmSync(dest, { recursive: true, force: true }));
    const options = {
      macroExpander: identity,
      customBuildOptions: {},
      globalOutDir: path.join(root, 'out/installers'),
      defaultSrc: root,
    };

    it('copies the fonts next to app.asar, where src/main/export/fonts.ts looks', async () => {
      await copyFiles(getFileMatchers(config, 'extraResources', dest, options), null, false);
      const packed = walk(dest);
      const fonts = readdirSync(path.join(root, 'resources/fonts')).filter((f) =>
        f.endsWith('.ttf'),
      );
      expect(fonts.length).toBeGreaterThanOrEqual(4);
      for (const font of fonts) expect(packed).toContain(path.join('fonts', font));
      expect(packed).toContain(path.join('fonts', 'OFL.txt'));
      expect(readFileSync(path.join(dest, 'fonts/Sarabun-Regular.ttf'))).toEqual(
        readFileSync(path.join(root, 'resources/fonts/Sarabun-Regular.ttf')),
      );
      expect(readFileSync(path.join(root, 'src/main/export/fonts.ts'), 'utf8')).toContain(
        "join(packaged, 'fonts')",
      );
      const sample = config.extraResources as { from: string; to: string }[];
      expect(sample).toContainEqual(expect.objectContaining({ from: 'out/sample', to: 'sample' }));
    });

    it('keeps sources, tests and source maps out of app.asar', () => {
      const [matcher] = getFileMatchers(config, 'files', '/app', options)!;
      const keep = matcher!.createFilter();
      const file = { isDirectory: () => false } as never;
      const packs = (rel: string) => keep(path.join(root, rel), file);
      expect(packs('out/main/index.js')).toBe(true);
      expect(packs('out/renderer/index.html')).toBe(true);
      expect(packs('out/preload/index.cjs')).toBe(true);
      expect(packs('package.json')).toBe(true);
      for (const rel of [
        'src/main/index.ts',
        'tests/unit/shell/builder-config.test.ts',
        'patches/sql.js+1.16.0.patch',
        'out/main/index.js.map',
        'out/installers/QBR Studio.AppImage',
        'README.md',
      ]) {
        expect(packs(rel), rel).toBe(false);
      }
      expect(config.asarUnpack).toContain('**/*.node');
      expect(existsSync(path.join(root, 'node_modules/@resvg/resvg-js'))).toBe(true);
    });
  });
});
