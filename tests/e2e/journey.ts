// Steps most journeys share: open the built-in sample, switch the language, take a screenshot.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './harness';

export type JourneyLocale = 'en' | 'th' | 'tr';

/** Opens the sample from the welcome screen and waits for the app's navigation. */
export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole('button', { name: 'Portfolio', exact: true })).toBeVisible({
    timeout: 90_000,
  });
}

/** Switches the interface language the way Settings does, and waits for it to show. */
export async function setLocale(page: Page, locale: JourneyLocale): Promise<void> {
  await page.evaluate(
    (l) =>
      (
        window as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }
      ).api.invoke('settings:set', { locale: l }),
    locale,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Saves a screenshot under test-results/screens once charts have finished their entry animation. */
export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name) });
}
