// Installers for QBR Studio (`npm run dist`): AppImage and deb on Linux, NSIS on Windows, dmg on
// macOS, each built on its own host. Building needs Electron's download, so CI here does not run
// it; tests/unit/shell/builder-config.test.ts checks this file instead.
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'studio.qbr.desktop',
  productName: 'QBR Studio',
  copyright: 'Copyright © 2026 QBR Studio contributors',
  directories: {
    // Inside out/ (git-ignored) so installers never land in the work tree.
    output: 'out/installers',
    buildResources: 'resources/icons',
  },
  // Only the built app and its manifest go into app.asar: no sources, tests, patches or maps.
  files: [
    'package.json',
    'out/main/**/*',
    'out/preload/**/*',
    'out/renderer/**/*',
    '!out/installers/**/*',
    '!out/sample/**/*',
    '!**/*.map',
  ],
  // @resvg/resvg-js loads a native .node file, which cannot be loaded from inside an asar.
  asar: true,
  asarUnpack: ['**/*.node'],
  // Next to app.asar, read at run time: the PDF/PPTX/chart fonts (src/main/export/fonts.ts looks
  // in <resources>/fonts) and the sample source spreadsheets (`npm run dist` writes out/sample).
  extraResources: [
    { from: 'resources/fonts', to: 'fonts', filter: ['*.ttf', 'OFL.txt'] },
    { from: 'out/sample', to: 'sample', filter: ['**/*'] },
  ],
  icon: 'resources/icons/icon.png',
  // Set at pack time, before signing: the packaged binary can no longer be used as a plain Node
  // runtime, be steered by NODE_OPTIONS or --inspect, or load code from outside its checked asar.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app://, so file:// needs none of its legacy privileges.
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'qbr-studio',
    maintainer: 'QBR Studio contributors',
    synopsis: 'Offline QBR packs, health scores and value experiments for CSMs',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.business' },
  dmg: { title: 'QBR Studio' },
  // No auto-update server: an offline app publishes nothing.
  publish: null,
};

export default config;
