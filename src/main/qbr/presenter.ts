// Who presents the QBR packs: the CSM's name and title and an optional logo, kept in the
// settings table under one key; the company name is Settings' own companyName. A logo is
// checked before it is stored (PNG or SVG, at most 1 MB and 4000 x 4000 pixels), and an SVG is
// rasterised once to PNG with resvg, so the PDF and PPTX writers only ever embed a checked PNG.
import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { z } from 'zod';
import type { Database } from 'sql.js';
import type { PresenterAnswer, PresenterInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Presenter, PresenterLogo } from '../../shared/qbr/document';
import { getSettingValue, getSettings, setSettingValue } from '../db/repos/settings';

const KEY = 'presenter';
export const MAX_LOGO_BYTES = 1024 * 1024;
export const MAX_LOGO_PIXELS = 4000;
/** An SVG logo is drawn this wide: sharp on a slide cover, small in the workspace. */
const SVG_RASTER_WIDTH = 800;

const StoredLogo = z.object({
  mime: z.literal('image/png'),
  data: z.string().max(2 * MAX_LOGO_BYTES),
  widthPx: z.number().int().positive().max(MAX_LOGO_PIXELS),
  heightPx: z.number().int().positive().max(MAX_LOGO_PIXELS),
});
const Stored = z.object({
  name: z.string().max(120),
  title: z.string().max(120),
  logo: StoredLogo.nullable(),
});
type Stored = z.infer<typeof Stored>;

const EMPTY: Stored = { name: '', title: '', logo: null };

function stored(db: Database): Stored {
  const parsed = Stored.safeParse(getSettingValue(db, KEY));
  return parsed.success ? parsed.data : EMPTY;
}

export function getPresenter(db: Database): Presenter {
  const value = stored(db);
  return {
    name: value.name,
    title: value.title,
    companyName: getSettings(db).companyName.trim(),
    logo: value.logo,
  };
}

export function presenterAnswer(db: Database): PresenterAnswer {
  const p = getPresenter(db);
  return {
    name: p.name,
    title: p.title,
    companyName: p.companyName,
    logo: p.logo
      ? {
          src: `data:${p.logo.mime};base64,${p.logo.data}`,
          widthPx: p.logo.widthPx,
          heightPx: p.logo.heightPx,
        }
      : null,
  };
}

export function setPresenter(db: Database, input: PresenterInput): PresenterAnswer {
  setSettingValue(db, KEY, { ...stored(db), name: input.name.trim(), title: input.title.trim() });
  return presenterAnswer(db);
}

export function removeLogo(db: Database): PresenterAnswer {
  setSettingValue(db, KEY, { ...stored(db), logo: null });
  return presenterAnswer(db);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function refuse(message: string): never {
  throw new AppError('INVALID_INPUT', message);
}

function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) refuse('The logo has no size.');
  if (width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS)
    refuse(`The logo is ${width} x ${height} pixels; at most ${MAX_LOGO_PIXELS} on each side.`);
}

/** A PNG's size from its IHDR chunk, or a refusal when the bytes are not a PNG. */
function pngLogo(bytes: Buffer): PresenterLogo {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    refuse('The logo is not a PNG file.');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') refuse('The logo PNG is damaged.');
  const widthPx = bytes.readUInt32BE(16);
  const heightPx = bytes.readUInt32BE(20);
  checkSize(widthPx, heightPx);
  return { mime: 'image/png', data: bytes.toString('base64'), widthPx, heightPx };
}

function svgLogo(bytes: Buffer): PresenterLogo {
  const text = bytes.toString('utf8');
  if (!/<svg[\s>]/i.test(text)) refuse('The logo is not an SVG file.');
  let png: Buffer;
  try {
    // resvg loads no external files or fonts here, and never runs scripts
    const resvg = new Resvg(text, {
      fitTo: { mode: 'width', value: SVG_RASTER_WIDTH },
      font: { loadSystemFonts: false },
    });
    checkSize(Math.round(resvg.width), Math.round(resvg.height));
    png = Buffer.from(resvg.render().asPng());
  } catch (err) {
    if (err instanceof AppError) throw err;
    refuse('The logo SVG could not be read.');
  }
  return pngLogo(png);
}

/** Checks a logo file and stores it; the settings stay as they were when it is refused. */
export function storeLogoFile(db: Database, file: string): PresenterAnswer {
  const size = fs.statSync(file).size;
  if (size > MAX_LOGO_BYTES)
    refuse(`The logo file is ${Math.ceil(size / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB.`);
  const bytes = fs.readFileSync(file);
  const logo = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? pngLogo(bytes) : svgLogo(bytes);
  setSettingValue(db, KEY, { ...stored(db), logo });
  return presenterAnswer(db);
}
