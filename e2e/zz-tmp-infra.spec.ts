import { expect, test } from '@playwright/test';
test('health answers', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.ok()).toBe(true);
});
test('browser opens a page', async ({ page }) => {
  const res = await page.goto('/api/health');
  expect(res?.status()).toBe(200);
  expect(await page.evaluate(() => navigator.userAgent)).toContain('Chrome');
});
test('deliberately failing', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(418);
});
