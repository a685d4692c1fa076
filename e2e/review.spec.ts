import { expect, test, type Page } from '@playwright/test';
import { demoEmail, expectAccessible, signIn } from './support.js';

// The review before the national report, across the roles of one unit: the demo operator,
// pendamping and kepala_unit are all assigned to Dinas Pendidikan dan Kebudayaan (demo.seed.ts),
// so an innovation the operator creates there goes through every step up to the sign-off.

const NAME = 'SI-RAPOR Uji Verifikasi Berjenjang';
const RETURN_NOTE = 'Surat keputusan belum ditandatangani; unggah salinan yang sudah bertanda tangan.';
const UNIT_NOTE = 'Mohon perbaiki bukti indikator 16 sesuai catatan.';

/** A small valid PDF; `tag` makes its bytes (and so its hash) differ from the other uploads. */
function pdf(tag: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${tag} ${'A'.repeat(2000)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

async function switchTo(page: Page, role: string) {
  await page.context().clearCookies();
  await signIn(page, demoEmail(role));
  await expect(page).toHaveURL(/\/dasbor$/);
}

/** The review panel above the tabs: a region named by its heading. */
const panel = (page: Page) => page.getByRole('region', { name: 'Verifikasi', exact: true });
/** The mentor's verdict on indicator 16, shown in its card. */
const review16 = (page: Page) => page.getByRole('group', { name: 'Pemeriksaan pendamping indikator 16' });

async function expectState(page: Page, state: string) {
  await expect(panel(page).getByText(state, { exact: true })).toBeVisible({ timeout: 15_000 });
}

/** Clicks a review action in the panel and confirms it in its dialog (with a note when given). */
async function act(page: Page, action: string, note?: string) {
  await panel(page).getByRole('group', { name: 'Tindakan verifikasi' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (note) await dialog.getByRole('textbox', { name: /Catatan/ }).fill(note);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

async function uploadEvidence16(page: Page, file: Buffer, name: string) {
  await page.getByRole('button', { name: 'Tambah bukti indikator 16' }).click();
  await page.getByLabel('Pilih berkas bukti indikator 16').setInputFiles({ name, mimeType: 'application/pdf', buffer: file });
  await page.getByRole('button', { name: 'Unggah bukti' }).click();
  await expect(page.getByRole('button', { name: 'Tambah bukti indikator 16' })).toBeVisible({ timeout: 30_000 });
}

async function openFromInbox(page: Page, state: string) {
  await page.goto('/verifikasi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verifikasi');
  const inbox = page.getByRole('region', { name: 'Tabel inovasi yang menunggu verifikasi' });
  const row = inbox.getByRole('row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
  await expect(row).toContainText(state);
  await row.getByRole('link', { name: NAME, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  await expectState(page, state);
}

test.describe('review before the national report', () => {
  test('operator submits, pendamping returns an indicator, operator fixes and resubmits, pendamping verifies, kepala unit signs off', async ({ page }) => {
    test.setTimeout(300_000);

    // ── Operator: a new innovation of their unit, one indicator answered with a PDF, submitted.
    await switchTo(page, 'operator');
    await page.goto('/registri');
    await page.getByRole('button', { name: 'Tambah inovasi' }).click();
    const create = page.getByRole('dialog', { name: 'Tambah inovasi' });
    await create.getByRole('textbox', { name: 'Nama inovasi' }).fill(NAME);
    await create.getByRole('button', { name: 'Tambah inovasi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await expect(page).toHaveURL(/\/registri\/[0-9a-f-]{36}/);
    const innovationUrl = new URL(page.url()).pathname;
    await expectState(page, 'Draf');
    await expect(panel(page)).toContainText('Berikutnya: operator unit melengkapi jawaban');

    await page.getByRole('tab', { name: 'Indikator & Bukti' }).click();
    const option1 = page.getByRole('radiogroup', { name: 'Jawaban indikator 16' }).getByRole('radio', { name: /^1 — / });
    await option1.click();
    await expect(option1).toBeChecked();
    await expect(review16(page)).toContainText('Belum diperiksa pendamping');
    await uploadEvidence16(page, pdf('pertama'), 'sk-rapor.pdf');
    await expect(page.getByText('Bukti tersedia', { exact: true })).toBeVisible();

    await act(page, 'Ajukan ke pendamping');
    await expectState(page, 'Diajukan');
    await expect(page.getByText('Status verifikasi sekarang: Diajukan.')).toBeVisible();
    // Submitted, it waits for the mentor: the operator has nothing to press.
    await expect(panel(page).getByRole('group', { name: 'Tindakan verifikasi' })).toHaveCount(0);

    // ── Pendamping: the innovation waits in /verifikasi with its age; one indicator returned with a note.
    await switchTo(page, 'pendamping');
    await expect(page.getByRole('button', { name: /^Notifikasi, [1-9]\d* belum dibaca$/ })).toBeVisible();
    await page.goto('/verifikasi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verifikasi');
    const inbox = page.getByRole('region', { name: 'Tabel inovasi yang menunggu verifikasi' });
    const row = inbox.getByRole('row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
    await expect(row).toContainText('Diajukan');
    await expect(row).toContainText('Pendidikan dan Kebudayaan');
    await expect(row).toContainText('kurang dari sehari');
    // Indicators not yet reviewed: 1, returned: 0 (the last two cells).
    await expect(row.getByRole('cell').nth(4)).toHaveText('1');
    await expect(row.getByRole('cell').nth(5)).toHaveText('0');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    // On a 360 px phone the page does not scroll sideways: the table scrolls in its own box.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(row).toBeAttached();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });

    await row.getByRole('link', { name: NAME, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await expectState(page, 'Diajukan');
    await page.getByRole('tab', { name: 'Indikator & Bukti' }).click();
    await expect(review16(page)).toContainText('Belum diperiksa pendamping');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    await review16(page).getByRole('button', { name: 'Kembalikan indikator 16 ke unit' }).click();
    const returnNote = review16(page).getByRole('textbox', { name: 'Apa yang harus diperbaiki pada indikator 16?' });
    await expect(returnNote).toBeFocused();
    // An empty note is refused in the form.
    await review16(page).getByRole('button', { name: 'Kembalikan indikator', exact: true }).click();
    await expect(returnNote).toHaveAttribute('aria-invalid', 'true');
    await returnNote.fill(RETURN_NOTE);
    await review16(page).getByRole('button', { name: 'Kembalikan indikator', exact: true }).click();
    await expect(review16(page).getByRole('status')).toHaveText('Indikator 16 dikembalikan ke unit.');
    await expect(review16(page)).toContainText('Dikembalikan pendamping');
    await expect(review16(page)).toContainText(RETURN_NOTE);
    // A verdict on one indicator does not move the innovation: sending it back is a step of its own.
    await expectState(page, 'Diajukan');

    // The return dialog, open, is checked too.
    await panel(page).getByRole('button', { name: 'Kembalikan ke unit', exact: true }).click();
    const returnDialog = page.getByRole('dialog', { name: 'Kembalikan ke unit' });
    await expect(returnDialog.getByRole('textbox', { name: /Catatan untuk unit/ })).toBeVisible();
    await expectAccessible(page);
    await returnDialog.getByRole('button', { name: 'Batal' }).click();
    await expect(returnDialog).toBeHidden();

    await act(page, 'Kembalikan ke unit', UNIT_NOTE);
    await expectState(page, 'Dikembalikan');
    await expect(panel(page)).toContainText(`Catatan: ${UNIT_NOTE}`);

    // ── Operator: the bell says it came back; the note is on the indicator; more evidence, submitted again.
    await switchTo(page, 'operator');
    const bell = page.getByRole('button', { name: /^Notifikasi, [1-9]\d* belum dibaca$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    const notice = page.getByRole('menuitem').filter({ hasText: `"${NAME}" dikembalikan pendamping` });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Baru');
    await notice.click();
    await expect(page).toHaveURL(new RegExp(`${innovationUrl}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
    await expectState(page, 'Dikembalikan');
    await expect(panel(page)).toContainText('Berikutnya: operator unit memperbaiki indikator yang dikembalikan');

    await page.getByRole('tab', { name: 'Indikator & Bukti' }).click();
    await expect(review16(page)).toContainText('Dikembalikan pendamping');
    await expect(review16(page).getByRole('alert')).toContainText('Perlu diperbaiki: catatan pendamping');
    await expect(review16(page)).toContainText(RETURN_NOTE);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // Still returned unchanged: the submission is refused with the reason.
    await panel(page).getByRole('button', { name: 'Ajukan ke pendamping', exact: true }).click();
    const submitDialog = page.getByRole('dialog', { name: 'Ajukan ke pendamping' });
    await submitDialog.getByRole('button', { name: 'Ajukan ke pendamping', exact: true }).click();
    await expect(submitDialog.getByRole('alert')).toContainText('Indikator 16 masih dikembalikan pendamping');
    await submitDialog.getByRole('button', { name: 'Batal' }).click();
    await expect(submitDialog).toBeHidden();
    await expectState(page, 'Dikembalikan');

    await uploadEvidence16(page, pdf('kedua bertanda tangan'), 'sk-rapor-ttd.pdf');
    // Changed evidence goes back to the mentor's queue.
    await expect(review16(page)).toContainText('Belum diperiksa pendamping');
    await expect(review16(page)).not.toContainText(RETURN_NOTE);
    await act(page, 'Ajukan ke pendamping');
    await expectState(page, 'Diajukan');

    // The notification, once opened, is read.
    await page.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ }).click();
    await expect(notice).toBeVisible();
    await expect(notice).not.toContainText('Baru');
    await page.keyboard.press('Escape');
    await expect(notice).toBeHidden();

    // ── Pendamping: accepts the evidence and verifies.
    await switchTo(page, 'pendamping');
    await openFromInbox(page, 'Diajukan');
    await page.getByRole('tab', { name: 'Indikator & Bukti' }).click();
    await review16(page).getByRole('button', { name: 'Terima bukti indikator 16' }).click();
    await expect(review16(page).getByRole('status')).toHaveText('Indikator 16 diterima.');
    await expect(review16(page)).toContainText('Diterima pendamping');
    await expect(review16(page)).toContainText('Pendamping Inovasi');
    await expect(review16(page).getByRole('button', { name: 'Terima bukti indikator 16' })).toBeDisabled();

    await act(page, 'Nyatakan terverifikasi');
    await expectState(page, 'Diverifikasi');
    await expect(panel(page)).toContainText('Berikutnya: kepala unit memeriksa hasil verifikasi dan mengesahkannya.');
    // Verified, the mentor no longer reviews indicators.
    await expect(review16(page).getByRole('button', { name: 'Terima bukti indikator 16' })).toHaveCount(0);

    // ── Kepala unit of the same unit: it waits for them; signed off.
    await switchTo(page, 'kepala_unit');
    const headBell = page.getByRole('button', { name: /^Notifikasi, [1-9]\d* belum dibaca$/ });
    await headBell.click();
    const verifiedNotice = page.getByRole('menuitem').filter({ hasText: `"${NAME}" sudah diverifikasi pendamping dan menunggu pengesahan kepala unit.` });
    await expect(verifiedNotice).toContainText('Baru');
    await page.keyboard.press('Escape');
    await openFromInbox(page, 'Diverifikasi');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await act(page, 'Sahkan');
    await expectState(page, 'Disahkan');
    await expect(panel(page)).toContainText('Berikutnya: administrator mencocokkan daftar periksa kesiapan');
    // Signed off, it is the admin's now: the kepala unit can neither sign it twice nor pull it back.
    await expect(panel(page).getByRole('button', { name: 'Buka kembali' })).toHaveCount(0);
    await expect(panel(page).getByRole('button', { name: 'Sahkan', exact: true })).toHaveCount(0);

    // The whole history, newest first, tells the story.
    await panel(page).getByRole('button', { name: /^Tampilkan seluruh riwayat verifikasi \(\d+\)$/ }).click();
    const history = panel(page).getByRole('region', { name: 'Riwayat verifikasi' }).getByRole('listitem');
    await expect(history.first()).toContainText('Mengesahkan');
    for (const step of ['Menyatakan terverifikasi', 'Menerima bukti indikator 16', 'Mengembalikan ke unit', 'Mengembalikan indikator 16', 'Mengajukan ke pendamping']) {
      await expect(history.filter({ hasText: step }).first()).toBeVisible();
    }

    // Signed off, it no longer waits in the kepala unit's list.
    await page.goto('/verifikasi');
    await expect(page.getByRole('region', { name: 'Tabel inovasi yang menunggu verifikasi' }).getByRole('table')).toBeVisible();
    await expect(page.getByRole('link', { name: NAME, exact: true })).toHaveCount(0);

    // ── Admin: the signed-off innovation now waits for them, and the mentor's record counts one
    // return and one verification.
    await switchTo(page, 'admin');
    await page.goto('/verifikasi');
    const adminRow = page.getByRole('region', { name: 'Tabel inovasi yang menunggu verifikasi' }).getByRole('row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
    await expect(adminRow).toContainText('Disahkan');
    const mentor = page.getByRole('region', { name: 'Tabel kinerja pendamping' }).getByRole('row').filter({ hasText: 'Pendamping Inovasi' });
    // Units, waiting (the demo's own submissions may wait too), reviews, returns, return rate, median turnaround.
    await expect(mentor.getByRole('cell')).toHaveText(['Pendamping Inovasi', '3', /^\d+$/, '2', '1', '50%', /jam$/]);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
  });
});
