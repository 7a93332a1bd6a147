// The UI draws Thai (and Turkish, and Latin) with the bundled Sarabun, not whatever the system
// has: on a machine without a Thai font, Thai would otherwise be boxes. Checked three ways: the
// built CSS declares the faces, the page's FontFaceSet has Sarabun loaded and covering Thai, and
// Chromium reports that the glyphs of a Thai label were drawn with that web font.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, launchApp } from './harness';
import type { AppHarness } from './harness';

const RENDERER_ASSETS = path.resolve(import.meta.dirname, '../../out/renderer/assets');

/** The fonts Chromium actually used to draw a node's text (not the CSS request). */
async function renderedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('the built CSS declares the bundled Sarabun faces', () => {
  const css = fs
    .readdirSync(RENDERER_ASSETS)
    .filter((f) => f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(RENDERER_ASSETS, f), 'utf8'))
    .join('\n');
  const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  expect(faces.filter((f) => /font-family:\s*Sarabun/.test(f))).toHaveLength(4);
  for (const face of faces) {
    const url = /url\(([^)]+)\)/.exec(face)?.[1]?.replace(/["']/g, '') ?? '';
    expect(url).not.toMatch(/^(https?:|data:)/);
    expect(fs.existsSync(path.join(RENDERER_ASSETS, path.basename(url)))).toBe(true);
  }
});

test('renders a Thai screen with the bundled Sarabun', async () => {
  const app: AppHarness = await launchApp();
  try {
    await thaiScreen(app);
  } finally {
    await app.close();
  }
});

async function thaiScreen(app: AppHarness): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('main').getByRole('combobox').first().selectOption('th');
  const thaiNav = page.getByRole('button', { name: 'พอร์ตลูกค้า' });
  await expect(thaiNav).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'fonts-thai.png') });

  const fonts = await page.evaluate(() => ({
    thai: document.fonts.check('16px Sarabun', 'ภาษาไทย'),
    turkish: document.fonts.check('16px Sarabun', 'İşığı ğüç'),
    loaded: [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .map((f) => ({ family: f.family.replace(/["']/g, ''), weight: f.weight, style: f.style })),
  }));
  expect(fonts.thai).toBe(true);
  expect(fonts.turkish).toBe(true);
  expect(fonts.loaded).toContainEqual({ family: 'Sarabun', weight: '400', style: 'normal' });

  await thaiNav.evaluate((el) => el.setAttribute('data-font-probe', ''));
  const used = await renderedFonts(page, '[data-font-probe]');
  // All of the label's glyphs come from the web font, none from a system fallback.
  expect(used.map((f) => [f.familyName, f.isCustomFont])).toEqual([['Sarabun', true]]);
  expect(used[0]!.glyphCount).toBe('พอร์ตลูกค้า'.length);
}
