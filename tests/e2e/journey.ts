// Steps most journeys share: open the built-in sample, switch the language, take a screenshot,
// scan with axe-core.
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** axe-core's serious and critical violations in the page (or the part `selector` names) as it is now. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // The page's CSP refuses inline scripts (rightly); evaluate runs over the debugging protocol.
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } })
      .axe;
    const result = (await axe.run(context ?? document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  }, selector);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}
