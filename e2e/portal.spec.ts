import { expect, test } from '@playwright/test';
import { portalPaths } from '../src/domain/navigation.js';
import { expectAccessible } from './support.js';

/** Every kind of public page, with one of each detail page found from its list, and the portal's "not found". */
async function publicPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const paths = [...portalPaths, '/inovasi?q=layanan', '/inovasi/tidak-ada-inovasi-ini'];
  const firstLink = async (list: string, pattern: RegExp) => {
    const html = await (await request.get(list)).text();
    return pattern.exec(html)?.[0];
  };
  // The demo publishes innovations and announcements: their detail pages must be found.
  const innovation = await firstLink('/inovasi', /\/inovasi\/[a-z0-9-]+(?=")/);
  const announcement = await firstLink('/pengumuman', /\/pengumuman\/[a-z0-9-]+(?=")/);
  expect(innovation, 'an innovation on /inovasi').toBeTruthy();
  expect(announcement, 'an announcement on /pengumuman').toBeTruthy();
  paths.push(innovation!, announcement!);
  // The demo has no published idea: one exists once citizen.spec.ts has run (which scans its page too).
  const idea = await firstLink('/ide', /\/ide\/[0-9a-f-]{36}(?=")/);
  if (idea) paths.push(idea);
  return paths;
}

test.describe('the public portal', () => {
  test('reads without JavaScript: the catalogue, a search and an innovation', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/inovasi');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const first = page.locator('main a[href^="/inovasi/"]').first();
    const name = (await first.textContent())!.trim();
    expect(name.length).toBeGreaterThan(3);
    await page.getByRole('searchbox').or(page.getByLabel(/cari/i)).first().fill('layanan');
    await page.getByRole('button', { name: /cari/i }).first().click();
    await expect(page).toHaveURL(/q=layanan/);
    await expect(page.locator('main a[href^="/inovasi/"]').first()).toBeVisible();
    await page.locator('main a[href^="/inovasi/"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.close();
  });

  test('every public page passes axe and fits a 360 px phone', async ({ page, request }) => {
    test.setTimeout(120_000);
    const paths = await publicPaths(request);
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expectAccessible(page);
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
