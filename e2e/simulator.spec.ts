import { expect, test } from '@playwright/test';
import { issueExampleInput } from '../src/domain/iid/example-region.js';
import { demoEmail, expectAccessible, signIn } from './support.js';

// The simulator computes in the browser with the domain engine; the agreement with the server is
// proven in src/server/modules/periods/iid-agreement.test.ts.

test.describe('IID simulator', () => {
  test('the admin starts from the stored innovations, switches to the example, toggles an innovation out and back with "Kembalikan"; the shown IID follows', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.locator('[data-nav="simulator"]').click();
    await expect(page).toHaveURL(/\/simulasi$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulasi IID');
    // The demo region's stored innovations are the default working set; the example is one click away.
    await expect(page.getByTestId('working-set-source')).toContainText(/\d{2,} inovasi tersimpan di Lumbung/);
    await expect(page.getByTestId('iid-claimed')).toHaveText(/^\d+,\d{2}$/);
    await page.getByRole('button', { name: 'Pakai contoh' }).click();
    await expect(page.getByTestId('working-set-source')).toContainText('contoh inovasi daerah');

    const claimed = page.getByTestId('iid-claimed');
    await expect(claimed).toHaveText(/^\d+,\d{2}$/);
    const first = (await claimed.textContent())!;
    await expect(page.getByTestId('counted-claimed')).toHaveText('11');
    // The example covers 4 of the 6 basic-service affairs and counts fewer than m.
    await expect(page.locator('[data-warning="basicAffairs"]')).toBeVisible();
    await expect(page.locator('[data-warning="belowMinDivisor"]')).toBeVisible();
    await expect(page.getByTestId('best-changes').getByRole('listitem')).toHaveCount(3);
    await expectAccessible(page);

    const toggle = page.getByRole('switch', { name: 'Ikut dihitung: SIPINTAR — Sistem Informasi Pintar Sekolah' });
    await expect(toggle).toBeChecked();
    // Mantine keeps the real checkbox visually hidden behind its track: switch it as a keyboard user does.
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).not.toBeChecked();
    await expect(claimed).not.toHaveText(first);
    await expect(page.getByTestId('counted-claimed')).toHaveText('10');

    await page.getByRole('button', { name: 'Kembalikan' }).click();
    await expect(claimed).toHaveText(first);
    await expect(toggle).toBeChecked();

    // Changing one answer recomputes too: the innovation's mandatory video (35) left empty drops it.
    await page.getByRole('button', { name: 'Ubah jawaban: SIPINTAR — Sistem Informasi Pintar Sekolah' }).click();
    const video = page.getByRole('group', { name: 'Jawaban indikator SIPINTAR — Sistem Informasi Pintar Sekolah' }).getByRole('combobox', { name: /^35\./ });
    await video.click();
    await page.getByRole('option', { name: '0 — belum dijawab' }).click();
    await expect(claimed).not.toHaveText(first);
    await expect(page.getByTestId('counted-claimed')).toHaveText('10');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Kembalikan' }).click();
    await expect(claimed).toHaveText(first);
  });

  test('the leadership can open it; an operator gets "Akses ditolak"', async ({ page }) => {
    await signIn(page, demoEmail('pimpinan'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/simulasi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulasi IID');
    await expect(page.getByTestId('iid-claimed')).toHaveText(/^\d+,\d{2}$/);

    await page.context().clearCookies();
    await signIn(page, demoEmail('operator'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/simulasi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akses ditolak');
  });

  test('at 360 px the page does not scroll sideways; the table scrolls in its own box', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/simulasi');
    await expect(page.getByTestId('iid-claimed')).toBeVisible();
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });

  test('a JSON file in the lumbung iid format replaces the working set; a bad file names the field', async ({ page }) => {
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/simulasi');
    await expect(page.getByTestId('iid-claimed')).toBeVisible();
    const file = page.locator('input[type="file"]');
    // The issue's own `lumbung iid` example: `npx lumbung iid` gives 3.33, Kurang Inovatif.
    const input = issueExampleInput;

    await file.setInputFiles({ name: 'pemda.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(input)) });
    await expect(page.getByTestId('working-set-source')).toHaveText('Data: berkas pemda.json.');
    await expect(page.getByTestId('iid-claimed')).toHaveText('3,33');
    await expect(page.getByTestId('predicate-claimed')).toHaveText('Kurang Inovatif');

    const bad = { ...input, innovations: [{ ...input.innovations[0], stage: 'selesai' }] };
    await file.setInputFiles({ name: 'salah.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(page.getByRole('alert').filter({ hasText: 'innovations[0].stage' })).toBeVisible();
    // The working set is kept when a file is refused.
    await expect(page.getByTestId('iid-claimed')).toHaveText('3,33');
    await expectAccessible(page);
  });
});
