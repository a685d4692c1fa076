import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, signIn } from './support.js';

// Letters to units below quota: the admin starts them from the monitoring page, follows the
// background job's progress and downloads one ZIP.

test.describe('letters to units below quota', () => {
  test('the admin makes the notice letters, follows the progress and downloads the ZIP', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/pemantauan');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Buat Surat Pemberitahuan' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('akan dibuat untuk');
    await expect(dialog.getByRole('list', { name: 'Unit penerima surat' }).getByRole('listitem').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: /^Buat \d+ surat$/ }).click();
    // The job runs in the background; the dialog shows its progress, then the file.
    const download = dialog.getByRole('link', { name: 'Unduh berkas' }).or(dialog.getByRole('button', { name: 'Unduh berkas' }));
    await expect(download).toBeVisible({ timeout: 60_000 });
    await expect(dialog).toContainText(/surat-pemberitahuan-\d{4}\.zip/);
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^surat-pemberitahuan-\d{4}\.zip$/);
  });
});

test.describe('region aspect (SPD)', () => {
  test('the admin answers a region indicator; leadership reads it without the controls', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/aspek-daerah');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const options = page.getByRole('radiogroup', { name: 'Jawaban indikator 1' });
    // The choice is the server's answer, not the browser's: click, then wait for it to come back.
    await options.getByRole('radio').nth(2).click();
    await expect(page.getByText('Jawaban indikator 1 tersimpan.').first()).toBeVisible();
    await expect(options.getByRole('radio').nth(2)).toBeChecked();
    await page.reload();
    await expect(page.getByRole('radiogroup', { name: 'Jawaban indikator 1' }).getByRole('radio').nth(2)).toBeChecked();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // The leadership in a fresh session.
    await page.context().clearCookies();
    await signIn(page, demoEmail('pimpinan'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/aspek-daerah');
    await expect(page.getByText('Anda dapat melihat jawaban dan bukti.')).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Jawaban indikator 1' })).toHaveCount(0);
  });
});
