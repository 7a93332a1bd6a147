// Renders resources/icons/icon.svg to the 512x512 PNG electron-builder turns into each platform's
// icon (.ico, .icns, the Linux sizes). Run after editing the SVG: npx tsx scripts/make-icon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const png = new Resvg(readFileSync(path.join(dir, 'icon.svg'), 'utf8'), {
  fitTo: { mode: 'width', value: 512 },
})
  .render()
  .asPng();
writeFileSync(path.join(dir, 'icon.png'), png);
console.log(`wrote ${path.join(dir, 'icon.png')} (${png.length} bytes)`);
