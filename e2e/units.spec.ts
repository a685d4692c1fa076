import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from './support.js';

test('an admin creates a unit, sees a NIP error in Indonesian, and deactivates it after confirming', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, demoEmail('admin'));
  await expect(page).toHaveURL(/\/dasbor$/); // signed in before leaving the sign-in page
  await page.goto('/unit');
  await page.getByRole('button', { name: /tambah unit/i }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Nama', exact: true }).fill('Dinas Uji Peramban');
  await dialog.getByRole('combobox', { name: 'Jenis' }).click();
  await page.getByRole('option', { name: 'Dinas', exact: true }).click();
  await dialog.getByLabel(/nip/i).fill('12345');
  await dialog.getByRole('button', { name: /simpan/i }).click();
  await expect(dialog.getByText('NIP harus 18 angka.')).toBeVisible();
  await dialog.getByLabel(/nip/i).fill('197804122003122004');
  await dialog.getByRole('button', { name: /simpan/i }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: 'Dinas Uji Peramban' });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Tindakan Dinas Uji Peramban' }).click();
  await page.getByRole('menuitem', { name: /nonaktifkan/i }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: /nonaktifkan|ya/i }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Dinas Uji Peramban' })).toBeHidden();
});
