import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, signIn } from './support.js';

// Issue 4's journey: an operator on a 360 px phone creates an innovation, fills the profile with a
// 300-word design, answers every indicator, uploads a PDF and an image with visible progress, and
// sees the maturity score change.

/** A small valid PDF padded to `size` bytes, so a throttled upload takes long enough to watch. */
function pdfOf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ');
  const tail = Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x41), tail]);
}

/** A 1×1 PNG (RGB), valid enough for the server's byte check. */
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082', 'hex');

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');

test.describe('innovation registry on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('an operator records an innovation end to end and watches its maturity rise', async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, demoEmail('operator'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/registri');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inovasi');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    // Create: the operator's only unit is chosen for them.
    await page.getByRole('button', { name: 'Tambah inovasi' }).click();
    const create = page.getByRole('dialog', { name: 'Tambah inovasi' });
    await create.getByRole('textbox', { name: 'Nama inovasi' }).fill('SI-RAPOR Digital Uji Ponsel');
    await create.getByRole('button', { name: 'Tambah inovasi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SI-RAPOR Digital Uji Ponsel');
    await expect(page).toHaveURL(/\/registri\/[0-9a-f-]{36}/);

    // Profile, with the design's live word count and autosave.
    await page.getByRole('textbox', { name: 'Tujuan' }).fill('Rapor siswa dapat diakses orang tua secara daring.');
    await page.getByRole('combobox', { name: 'Urusan utama' }).click();
    await page.getByRole('option', { name: 'Pendidikan', exact: true }).click();
    const design = page.getByRole('textbox', { name: 'Rancang bangun' });
    await design.fill(words(299));
    await expect(page.getByText(/299 kata/)).toBeVisible();
    await design.press('End');
    await design.pressSequentially(' akhir');
    await expect(page.getByText(/^300 kata/)).toBeVisible();
    await expect(page.locator('[data-save-state]')).toContainText('Tersimpan', { timeout: 20_000 });
    expect(await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    // Every innovation indicator of the current period gets an answer (33: its basis first).
    await page.getByRole('tab', { name: 'Indikator & Bukti' }).click();
    const periods = (await (await page.request.get('/api/periods')).json()) as { items: { id: string; isCurrent: boolean }[] };
    const period = (await (await page.request.get(`/api/periods/${periods.items.find((p) => p.isCurrent)!.id}`)).json()) as {
      indicators: { code: string; aspect: string; bases?: object }[];
    };
    const codes = period.indicators.filter((i) => i.aspect === 'innovation');
    expect(codes.length).toBe(20);
    const maturity = page.locator('[data-maturity-claimed]');
    await expect(maturity).toHaveAttribute('data-maturity-claimed', '0');
    for (const indicator of codes) {
      const group = page.getByRole('radiogroup', { name: `Jawaban indikator ${indicator.code}` });
      if (indicator.bases) {
        await page.getByRole('combobox', { name: `Dasar kemanfaatan indikator ${indicator.code}` }).click();
        await page.getByRole('option').first().click();
      }
      const first = group.getByRole('radio', { name: /^1 — / });
      // The choice is saved at once and the page follows the server's answer, so click and wait.
      await first.click();
      await expect(first).toBeChecked();
    }
    // Answers without evidence do not score yet.
    await expect(maturity).toHaveAttribute('data-maturity-claimed', '0');

    // A PDF for indicator 16 on a slow connection: the progress bar shows, then the score rises.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 300 * 1024 });
    await page.getByRole('button', { name: 'Tambah bukti indikator 16' }).click();
    await page.getByLabel('Pilih berkas bukti indikator 16').setInputFiles({ name: 'perbup-rapor.pdf', mimeType: 'application/pdf', buffer: pdfOf(1_500_000) });
    await page.getByRole('button', { name: 'Unggah bukti' }).click();
    await expect(page.getByRole('progressbar', { name: 'Kemajuan unggahan' })).toBeVisible();
    await expect(maturity).toHaveAttribute('data-maturity-claimed', '3', { timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    // A photo for indicator 19 (work tools): option 1 × weight 2.
    await page.getByRole('button', { name: 'Tambah bukti indikator 19' }).click();
    await page.getByLabel('Pilih berkas bukti indikator 19').setInputFiles({ name: 'foto-aplikasi.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Unggah bukti' }).click();
    await expect(maturity).toHaveAttribute('data-maturity-claimed', '5');
    expect(await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    // Nothing typed was lost: after a reload the design and the answers are still there.
    await page.reload();
    await expect(page.locator('[data-maturity-claimed]')).toHaveAttribute('data-maturity-claimed', '5');
    await page.getByRole('tab', { name: 'Profil' }).click();
    await expect(page.getByText(/^300 kata/)).toBeVisible();
  });

  test('a renamed executable is refused with an Indonesian message and can be retried', async ({ page }) => {
    await signIn(page, demoEmail('operator'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/registri');
    await page.getByRole('button', { name: 'Tambah inovasi' }).click();
    const create = page.getByRole('dialog', { name: 'Tambah inovasi' });
    await create.getByRole('textbox', { name: 'Nama inovasi' }).fill('Inovasi Uji Berkas Palsu');
    await create.getByRole('button', { name: 'Tambah inovasi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inovasi Uji Berkas Palsu');
    await page.getByRole('tab', { name: 'Indikator & Bukti' }).click();
    await page.getByRole('button', { name: 'Tambah bukti indikator 17' }).click();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(5000, 1)]);
    await page.getByLabel('Pilih berkas bukti indikator 17').setInputFiles({ name: 'sk-tim.pdf', mimeType: 'application/pdf', buffer: exe });
    await page.getByRole('button', { name: 'Unggah bukti' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'bukan PDF, JPG, PNG, atau MP4' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeVisible();
  });
});
