import { expect, test, type Page } from '@playwright/test';
import { demoEmail, expectAccessible, signIn } from './support.js';

// /pemantauan: how the units stand against their innovation duties in the current period.
// The admin also sets the duties; the leadership reads the same page without the form.

// A chart's table alternative is a region of the same name inside it: the outer one comes first.
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true }).first();

async function openMonitoring(page: Page, role: string) {
  await signIn(page, demoEmail(role));
  await expect(page).toHaveURL(/\/dasbor$/);
  await page.locator('[data-nav="monitoring"]').click();
  await expect(page).toHaveURL(/\/pemantauan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pemantauan');
  await expect(section(page, 'Ringkasan')).toBeVisible({ timeout: 20_000 });
}

/** The "Inovasi diajukan" card's figure: "<submitted> dari target <target>". */
const progressValue = (page: Page) => section(page, 'Ringkasan').getByText(/^\d+ dari target \d+$/);

test.describe('monitoring the units against their duties', () => {
  test('the admin reads the figures and the unit table, filters, reads a chart as a table, and changes the region target', async ({ page }) => {
    test.setTimeout(180_000);
    await openMonitoring(page, 'admin');
    await expect(page.getByRole('combobox', { name: 'Periode' })).toHaveValue('Periode 2026 (berjalan)');

    // Headline figures: progress toward the target, units below quota, basic services, IID, deadline.
    const summary = section(page, 'Ringkasan');
    for (const title of ['Inovasi diajukan', 'Unit di bawah kuota', 'Urusan pelayanan dasar', 'Indeks Inovasi Daerah', 'Batas pengajuan']) {
      await expect(summary.getByRole('heading', { level: 3, name: title })).toBeVisible();
    }
    await expect(progressValue(page)).toBeVisible();
    const [, submitted, target] = /^(\d+) dari target (\d+)$/.exec((await progressValue(page).textContent())!)!;
    // At 0 % the bar has no width, so it is checked by its value rather than its visibility.
    const bar = summary.getByRole('progressbar', { name: 'Capaian target daerah' });
    await expect(bar).toHaveAttribute('aria-valuenow', String(Math.min(100, Math.round((Number(submitted) / Number(target)) * 100))));
    await expect(summary.getByText(/^Terdaftar, termasuk draf: \d+$/)).toBeVisible();
    const unitsFigure = summary.getByText(/^\d+ dari \d+ unit berkuota$/);
    await expect(unitsFigure).toBeVisible();
    await expect(summary).toContainText('Klaim');
    await expect(summary).toContainText('Terverifikasi');

    // The unit table: every active unit, the largest shortfall first.
    const units = section(page, 'Capaian per unit');
    const table = units.getByRole('table');
    await expect(table.getByRole('rowheader', { name: /^Dinas Pendidikan dan Kebudayaan/ })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Kekurangan' })).toHaveAttribute('aria-sort', 'descending');
    const count = units.getByText(/^Menampilkan \d+ dari \d+ unit\.$/);
    const [, shown, total] = /^Menampilkan (\d+) dari (\d+) unit\.$/.exec((await count.textContent())!)!;
    expect(shown).toBe(total);
    const bodyRows = table.locator('tbody tr');
    await expect(bodyRows).toHaveCount(Number(total));
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // Only the units below their quota; the choice is kept in the address.
    const [, below] = /^(\d+) dari \d+ unit berkuota$/.exec((await unitsFigure.textContent())!)!;
    const onlyBelow = units.getByRole('checkbox', { name: 'Hanya di bawah kuota' });
    // The checkbox follows the address, which changes a moment after the click: click, then wait.
    await onlyBelow.click();
    await expect(onlyBelow).toBeChecked();
    await expect(page).toHaveURL(/[?&]below=1/);
    await expect(count).toHaveText(`Menampilkan ${below} dari ${total} unit.`);
    await expect(table.getByText('Memenuhi kuota', { exact: true })).toHaveCount(0);
    await expect(table.getByText('Tanpa kuota', { exact: true })).toHaveCount(0);
    if (Number(below) > 0) await expect(table.getByText('Di bawah kuota', { exact: true })).toHaveCount(Number(below));
    await onlyBelow.click();
    await expect(onlyBelow).not.toBeChecked();
    await expect(count).toHaveText(`Menampilkan ${total} dari ${total} unit.`);
    await expect(page).not.toHaveURL(/below=1/);

    // A chart and its table alternative carry the same numbers.
    const chart = section(page, 'Inovasi menurut status verifikasi');
    const picture = chart.getByRole('img');
    await expect(picture).toHaveAttribute('aria-label', /^Inovasi menurut status verifikasi: Draf \d+; Diajukan \d+;/);
    const drafts = /Draf (\d+)/.exec((await picture.getAttribute('aria-label'))!)![1]!;
    const toggle = chart.getByRole('button', { name: 'Tampilkan tabel' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    const hide = chart.getByRole('button', { name: 'Sembunyikan tabel' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    const chartTable = chart.getByRole('table', { name: 'Inovasi menurut status verifikasi' });
    await expect(chartTable.getByRole('columnheader', { name: 'Jumlah inovasi' })).toBeVisible();
    await expect(chartTable.getByRole('row', { name: /^Draf / }).getByRole('cell')).toHaveText(drafts);
    await expect(chartTable.getByRole('rowheader')).toHaveText(['Draf', 'Diajukan', 'Dikembalikan', 'Diverifikasi', 'Disahkan', 'Siap dilaporkan', 'Dilaporkan']);
    await expectAccessible(page);
    await hide.click();
    await expect(chartTable).toBeHidden();
    await expect(chart.getByRole('button', { name: 'Tampilkan tabel' })).toHaveAttribute('aria-expanded', 'false');

    // The duties form: a new region target shows in the progress figure once saved.
    const duties = section(page, 'Kewajiban unit & pengingat');
    const targetInput = duties.getByRole('textbox', { name: 'Target daerah (inovasi diajukan)' });
    await expect(targetInput).toHaveValue(target!);
    const newTarget = target === '40' ? '45' : '40';
    await targetInput.fill('');
    await duties.getByRole('button', { name: 'Simpan kewajiban' }).click();
    await expect(targetInput).toHaveAttribute('aria-invalid', 'true');
    await expect(duties).toContainText('Isi angka bulat 0–100.000.');
    await targetInput.fill(newTarget);
    // BUMD take part voluntarily (quota 0): their two units leave the units with a quota.
    const bumdQuota = duties.getByRole('group', { name: 'Kuota menurut jenis unit' }).getByRole('textbox', { name: 'BUMD', exact: true });
    await expect(bumdQuota).toHaveValue('');
    await bumdQuota.fill('0');
    await duties.getByRole('button', { name: 'Simpan kewajiban' }).click();
    await expect(page.getByText('Perubahan tersimpan.').last()).toBeVisible();
    await expect(progressValue(page)).toHaveText(`${submitted} dari target ${newTarget}`, { timeout: 15_000 });
    const percent = Math.round((Number(submitted) / Number(newTarget)) * 100);
    await expect(bar).toHaveAttribute('aria-valuenow', String(Math.min(100, percent)));
    await expect(summary.getByText(/% dari target daerah$/)).toBeVisible();

    // Kept: after a reload the form and the figure show the new target.
    await page.reload();
    await expect(progressValue(page)).toHaveText(`${submitted} dari target ${newTarget}`, { timeout: 20_000 });
    await expect(section(page, 'Kewajiban unit & pengingat').getByRole('textbox', { name: 'Target daerah (inovasi diajukan)' })).toHaveValue(newTarget);
    await expect(section(page, 'Kewajiban unit & pengingat').getByRole('textbox', { name: 'BUMD', exact: true })).toHaveValue('0');

    // The BUMD now have no quota: shown as such, and left out by "Hanya di bawah kuota".
    const pdam = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^PDAM Tirta Contoh/ }) });
    await expect(pdam).toContainText('Tanpa kuota');
    const [, belowNow, withQuota] = /^(\d+) dari (\d+) unit berkuota$/.exec((await unitsFigure.textContent())!)!;
    expect(Number(withQuota)).toBe(Number(total) - 2);
    await onlyBelow.click();
    await expect(onlyBelow).toBeChecked();
    await expect(count).toHaveText(`Menampilkan ${belowNow} dari ${total} unit.`);
    await expect(pdam).toHaveCount(0);
    await onlyBelow.click();
    await expect(onlyBelow).not.toBeChecked();
    await expect(pdam).toContainText('Tanpa kuota');

    // No target at all reads as such.
    const targetAgain = section(page, 'Kewajiban unit & pengingat').getByRole('textbox', { name: 'Target daerah (inovasi diajukan)' });
    await targetAgain.fill('0');
    await section(page, 'Kewajiban unit & pengingat').getByRole('button', { name: 'Simpan kewajiban' }).click();
    await expect(summary.getByText(`${submitted} diajukan; belum ada target daerah.`)).toBeVisible({ timeout: 15_000 });
    await expect(bar).toHaveCount(0);

    // Put the seeded target back for the other journeys.
    // The previous save's toast covers the button at the bottom right (and hovering it keeps it
    // open): submit from the field with Enter, as a keyboard user does.
    await targetAgain.fill(target!);
    await section(page, 'Kewajiban unit & pengingat').getByRole('textbox', { name: 'BUMD', exact: true }).fill('');
    await targetAgain.press('Enter');
    await expect(progressValue(page)).toHaveText(`${submitted} dari target ${target}`, { timeout: 15_000 });
    await expect(pdam).not.toContainText('Tanpa kuota');
  });

  test('the leadership reads the page without the duties form', async ({ page }) => {
    test.setTimeout(90_000);
    await openMonitoring(page, 'pimpinan');
    await expect(section(page, 'Ringkasan').getByRole('heading', { level: 3, name: 'Inovasi diajukan' })).toBeVisible();
    await expect(section(page, 'Ringkasan').getByText(/^\d+ (dari target \d+|diajukan; belum ada target daerah\.)$/)).toBeVisible();
    await expect(section(page, 'Capaian per unit').getByRole('table')).toBeVisible();
    await expect(section(page, 'Grafik')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(section(page, 'Kewajiban unit & pengingat')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Simpan kewajiban' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Target daerah (inovasi diajukan)' })).toHaveCount(0);
    // Reading includes filtering and the chart tables.
    const onlyBelow = section(page, 'Capaian per unit').getByRole('checkbox', { name: 'Hanya di bawah kuota' });
    await onlyBelow.click();
    await expect(onlyBelow).toBeChecked();
    await expect(page).toHaveURL(/[?&]below=1/);
    await section(page, 'Perkembangan per periode').getByRole('button', { name: 'Tampilkan tabel' }).click();
    await expect(section(page, 'Perkembangan per periode').getByRole('table').getByRole('rowheader', { name: '2026' })).toBeVisible();
    await expectAccessible(page);
  });

  test('at 360 px the page does not scroll sideways; the unit table scrolls in its own box', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/pemantauan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pemantauan');
    await expect(section(page, 'Kewajiban unit & pengingat').getByRole('button', { name: 'Simpan kewajiban' })).toBeVisible({ timeout: 20_000 });
    await section(page, 'Inovasi menurut tahapan').getByRole('button', { name: 'Tampilkan tabel' }).click();
    await page.waitForLoadState('networkidle');
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = page.getByRole('region', { name: 'Tabel capaian perangkat daerah terhadap kuota' });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectAccessible(page);
  });
});
