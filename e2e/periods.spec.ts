import { expect, test, type Page } from '@playwright/test';
import { demoEmail, expectAccessible, signIn } from './support.js';

async function setWeight(page: Page, code: string, weight: string) {
  await page.getByRole('button', { name: `Ubah indikator ${code}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Bobot' }).fill(weight);
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`weight-${code}`)).toHaveText(weight);
}

test.describe('periods and the indicator catalogue', () => {
  test('an admin edits an indicator weight of the current period and clones the period to a new year', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/periode');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Periode & Indikator');
    const row2026 = page.getByRole('row').filter({ hasText: 'Periode 2026' });
    await expect(row2026).toContainText('Berjalan');
    await expect(row2026).toContainText(/WIB|WITA|WIT/);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    await row2026.getByRole('link', { name: 'Periode 2026' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Periode 2026');
    await expect(page.getByTestId('weight-17')).toHaveText('2');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    await setWeight(page, '17', '3');
    await page.reload();
    await expect(page.getByTestId('weight-17')).toHaveText('3');

    // Each option's accepted evidence is edited beside its label: let option 1 of indicator 20 take a link too.
    await page.getByRole('button', { name: 'Ubah indikator 20', exact: true }).click();
    const dialog20 = page.getByRole('dialog');
    const kinds = dialog20.getByRole('combobox', { name: 'Jenis bukti yang diterima (opsi 1)' });
    await expect(kinds).toBeVisible();
    await kinds.click({ force: true }); // Mantine's input box sits over the combobox's own input
    await page.getByRole('option', { name: 'Tautan' }).click();
    await dialog20.getByRole('heading').first().click(); // closes the dropdown, not the dialog
    await expectAccessible(page);
    await dialog20.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(dialog20).toBeHidden();
    await page.getByRole('button', { name: 'Ubah indikator 20', exact: true }).click();
    await expect(page.getByRole('dialog').getByText('Tautan', { exact: true })).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

    // Indicator 33 carries its bases' labels in the same dialog.
    await page.getByRole('button', { name: 'Ubah indikator 33', exact: true }).click();
    const dialog33 = page.getByRole('dialog');
    await expect(dialog33.getByRole('textbox', { name: 'Dasar a: nama' })).toBeVisible();
    await expect(dialog33.getByRole('combobox', { name: 'Jenis bukti yang diterima (opsi 1) (dasar a)' })).toBeVisible();
    await expectAccessible(page);
    await dialog33.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog33).toBeHidden();

    // Put the seeded weight back: the simulator journeys compute with the 2026 catalogue.
    await setWeight(page, '17', '2');

    await page.getByRole('link', { name: /kembali ke daftar periode/i }).click();
    await page.getByRole('row').filter({ hasText: 'Periode 2026' }).getByRole('button', { name: 'Tindakan Periode 2026' }).click();
    await page.getByRole('menuitem', { name: 'Salin ke tahun baru' }).click();
    const clone = page.getByRole('dialog');
    await clone.getByRole('textbox', { name: 'Tahun baru' }).fill('2027');
    await clone.getByRole('button', { name: 'Salin ke tahun baru' }).click();
    await expect(clone).toBeHidden();
    const row2027 = page.getByRole('row').filter({ hasText: 'Periode 2027' });
    await expect(row2027).toBeVisible();
    await expect(row2027).not.toContainText('Berjalan');

    // The year is taken now: the server's 409 shows under the field.
    await page.getByRole('row').filter({ hasText: 'Periode 2026' }).getByRole('button', { name: 'Tindakan Periode 2026' }).click();
    await page.getByRole('menuitem', { name: 'Salin ke tahun baru' }).click();
    const again = page.getByRole('dialog');
    await again.getByRole('textbox', { name: 'Tahun baru' }).fill('2027');
    await again.getByRole('button', { name: 'Salin ke tahun baru' }).click();
    await expect(again.getByRole('textbox', { name: 'Tahun baru' })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await again.getByRole('button', { name: 'Batal' }).click();

    // The new period's parameters: the server's field error shows under the field; a valid change is saved.
    await page.getByRole('link', { name: 'Periode 2027' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Periode 2027');
    const opens = page.getByRole('textbox', { name: 'Dibuka', exact: true });
    const closes = page.getByRole('textbox', { name: 'Ditutup', exact: true });
    const opensAt = await opens.inputValue();
    await closes.fill(opensAt);
    await page.getByRole('button', { name: 'Simpan parameter' }).click();
    await expect(closes).toHaveAttribute('aria-invalid', 'true');
    await closes.fill('2027-10-31T23:59');
    const divisor = page.getByRole('textbox', { name: 'Pembagi minimum (m)' });
    await divisor.fill('7');
    await page.getByRole('button', { name: 'Simpan parameter' }).click();
    // The weight edit's toast may still be showing: the newest one is this save's.
    await expect(page.getByText('Perubahan tersimpan.').last()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Pembagi minimum (m)' })).toHaveValue('7');
    await expect(page.getByRole('textbox', { name: 'Ditutup', exact: true })).toHaveValue('2027-10-31T23:59');
  });

  test('the period page fits a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/periode');
    await page.getByRole('link', { name: 'Periode 2026' }).click();
    await expect(page.getByTestId('weight-17')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
