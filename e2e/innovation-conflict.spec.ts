import { expect, test, type Page } from '@playwright/test';
import { demoEmail, signIn } from './support.js';

// Two people editing the same innovation never overwrite each other silently: the second save is
// refused and both versions are shown.

async function openProfile(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('textbox', { name: 'Tujuan' })).toBeVisible();
}

test('a second editor gets both versions side by side and chooses', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, demoEmail('operator'));
  await expect(first).toHaveURL(/\/dasbor$/);
  await signIn(second, demoEmail('admin'));
  await expect(second).toHaveURL(/\/dasbor$/);

  await first.goto('/registri');
  await first.getByRole('button', { name: 'Tambah inovasi' }).click();
  const create = first.getByRole('dialog', { name: 'Tambah inovasi' });
  await create.getByRole('textbox', { name: 'Nama inovasi' }).fill('Inovasi Uji Dua Penyunting');
  await create.getByRole('button', { name: 'Tambah inovasi' }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Inovasi Uji Dua Penyunting');
  const url = first.url();
  await openProfile(second, url);

  await first.getByRole('textbox', { name: 'Tujuan' }).fill('Tujuan dari operator.');
  await expect(first.locator('[data-save-state]')).toContainText('Tersimpan', { timeout: 20_000 });

  // The admin still holds the first version and types over the same field.
  await second.getByRole('textbox', { name: 'Tujuan' }).fill('Tujuan dari admin.');
  const dialog = second.getByRole('dialog', { name: 'Inovasi ini diubah di tempat lain' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toContainText('Tujuan dari admin.');
  await expect(dialog).toContainText('Tujuan dari operator.');
  await dialog.getByRole('button', { name: 'Simpan versi saya' }).click();
  await expect(second.locator('[data-save-state]')).toContainText('Tersimpan', { timeout: 20_000 });

  await openProfile(first, url);
  await expect(first.getByRole('textbox', { name: 'Tujuan' })).toHaveValue('Tujuan dari admin.');
});
