import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The family name written into PDFs, SVG charts and PPTX runs; it is the TTFs' own family name. */
export const FONT_FAMILY = 'Sarabun';

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

const FILE_NAMES: FontFiles = {
  normal: 'Sarabun-Regular.ttf',
  bold: 'Sarabun-Bold.ttf',
  italics: 'Sarabun-Italic.ttf',
  bolditalics: 'Sarabun-BoldItalic.ttf',
};

function hasFonts(dir: string): boolean {
  return existsSync(join(dir, FILE_NAMES.normal));
}

/**
 * The source tree (tsx, vitest) and the bundled main process (out/main) sit at different depths
 * below the repo root, and a packaged app keeps resources next to the asar; so rather than a fixed
 * relative path, look in the packaged location first, then walk up from this module.
 */
export function resolveFontDir(): string {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates: string[] = [];
  if (packaged) candidates.push(join(packaged, 'fonts'), join(packaged, 'resources', 'fonts'));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    candidates.push(join(dir, 'resources', 'fonts'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const found = candidates.find(hasFonts);
  if (!found) {
    throw new Error(`Bundled fonts not found (looked for ${FILE_NAMES.normal} in resources/fonts)`);
  }
  return found;
}

let cached: FontFiles | undefined;

export function fontFiles(): FontFiles {
  if (!cached) {
    const dir = resolveFontDir();
    cached = {
      normal: join(dir, FILE_NAMES.normal),
      bold: join(dir, FILE_NAMES.bold),
      italics: join(dir, FILE_NAMES.italics),
      bolditalics: join(dir, FILE_NAMES.bolditalics),
    };
  }
  return cached;
}
