import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, signIn } from './support.js';

test.describe('accessibility (axe) and the phone layout', () => {
  test('public pages', async ({ page }) => {
    // The portal's own pages are scanned in portal.spec.ts; these are the app's pages for visitors.
    for (const path of ['/masuk', '/lupa-sandi', '/atur-sandi?token=x'.padEnd(40, 'x'), '/daftar', '/verifikasi-email']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });

  test('admin pages', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    for (const path of ['/dasbor', '/registri', '/verifikasi', '/pemantauan', '/aspek-daerah', '/data-master', '/data-master?list=theme', '/unit', '/pengguna', '/audit', '/kotak-surat', '/pemda', '/ide-saya', '/moderasi-ide', '/lab', '/kelola-pengumuman', '/lomba-saya', '/kelola-lomba']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
    // The demo Krenova's four tabs.
    await page.getByRole('link', { name: /^Krenova Kabupaten Contoh/ }).click();
    for (const tab of ['Pengaturan', 'Peserta', 'Juri', 'Hasil']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
  });

  test('a judge and a citizen', async ({ page, browser }) => {
    const judge = await (await browser.newContext()).newPage();
    await signIn(judge, demoEmail('juri'));
    await expect(judge).toHaveURL(/\/dasbor$/);
    await judge.goto('/penjurian');
    await expect(judge.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(judge);
    await signIn(page, demoEmail('masyarakat'));
    await expect(page).toHaveURL(/\/(dasbor|ide-saya)$/);
    await page.goto('/lomba-saya');
    await expect(page.getByRole('link', { name: /Ketentuan Krenova Kabupaten Contoh/ })).toBeVisible();
    await expectAccessible(page);
  });

  test('a 360 px phone: no horizontal scrolling, navigation behind the menu button', async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    for (const path of ['/dasbor', '/registri', '/verifikasi', '/pemantauan', '/aspek-daerah', '/data-master', '/unit', '/pengguna', '/moderasi-ide', '/lab', '/kelola-pengumuman', '/lomba-saya', '/kelola-lomba']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    const units = page.locator('[data-nav="units"]');
    await expect(units).toBeHidden();
    await page.getByRole('button', { name: /menu|navigasi/i }).first().click();
    await expect(units).toBeVisible();
    await units.click();
    await expect(page).toHaveURL(/\/unit/);
    await expectAccessible(page);
  });
});
