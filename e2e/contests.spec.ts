import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import type { Contest, Entry, ContestUpdate } from '../src/domain/contracts/contests.js';
import { pdfText } from '../src/server/lib/pdf.js';
import { apiSignIn, demoEmail, expectAccessible, mailTo, registerAndVerify, signIn } from './support.js';

// Issue 7's journey: a citizen enters Krenova as a group with a file; the admin passes it through
// the administrative selection; three judges score it (one declares a conflict on another entry);
// the chair publishes the ranking; the certificate downloads and names the winner.

const proposal = () => Buffer.from(`%PDF-1.4\n% proposal krenova ${Math.random()}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
const csrfOf = async (request: APIRequestContext) => ((await (await request.get('/api/auth/csrf')).json()) as { token: string }).token;

/** Calls the API with the page's session (its cookies) and a fresh CSRF token; expects success. */
async function call<T>(request: APIRequestContext, method: 'post' | 'patch' | 'put', url: string, data: unknown): Promise<T> {
  const res = await request[method](url, { data, headers: { 'x-csrf-token': await csrfOf(request) } });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/**
 * Test set-up, not part of the journey: moves the timeline so registration and selection are over
 * and the desk judging round is open now (the journey cannot wait weeks for the real dates).
 */
async function openJudgingNow(request: APIRequestContext, contestId: string): Promise<Contest> {
  const contest = (await (await request.get(`/api/contests/${contestId}`)).json()) as Contest;
  const hour = 3_600_000;
  const now = Date.now();
  let cursor = now - 5 * hour;
  const rounds = contest.rounds.map((r) => {
    const length = r.kind === 'pendaftaran' ? hour : r.kind === 'seleksi' ? 4 * hour - 60_000 : 2 * hour;
    const round = { id: r.id, kind: r.kind, name: r.name, opensAt: new Date(cursor).toISOString(), closesAt: new Date(cursor + length).toISOString(), mode: r.mode };
    cursor += length;
    return round;
  });
  const { name, kind, description, rules, categories, fieldsOfWork, eligibility, form, criteria, normalise, tieBreak, assignment, winnersPerCategory, signatory, version } = contest;
  const update: ContestUpdate = { name, kind, description, rules, categories, fieldsOfWork, eligibility, rounds, form, criteria, normalise, tieBreak, assignment, winnersPerCategory, signatory, version };
  return call<Contest>(request, 'patch', `/api/contests/${contestId}`, update);
}

/** A second entry, by the demo citizen, through the API (its form is the same as the first's). */
async function enterThroughApi(request: APIRequestContext, contestId: string, title: string): Promise<Entry> {
  const draft = await call<Entry>(request, 'post', `/api/contests/${contestId}/entries`, { entrantKind: 'perorangan' });
  await call<Entry>(request, 'patch', `/api/contest-entries/${draft.id}`, {
    category: 'umum',
    fieldOfWork: 'Energi',
    title,
    summary: 'Kompor biomassa dari sekam padi untuk dapur warga, hemat gas dan bahan lokal.',
    groupName: null,
    members: [],
    answers: {},
    declarations: { resident: true, notAwardedElsewhere: true, implementedOn: null },
    version: draft.version,
  });
  const upload = await request.post(`/api/contest-entries/${draft.id}/files?field=proposal`, {
    multipart: { file: { name: 'proposal-kompor.pdf', mimeType: 'application/pdf', buffer: proposal() } },
    headers: { 'x-csrf-token': await csrfOf(request) },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return call<Entry>(request, 'post', `/api/contest-entries/${draft.id}/submit`, {});
}

/** A judge scores every criterion of the open sheet with one value and saves. */
async function scoreSheet(page: Page, value: number) {
  for (const criterion of ['Orisinalitas', 'Kepeloporan', 'Penerapan di masyarakat', 'Manfaat', 'Keberlanjutan']) {
    await page.getByLabel(`Nilai ${criterion}`).fill(String(value));
  }
  await page.getByRole('button', { name: 'Simpan nilai' }).click();
  // The sheet says when the server stored it (the toast may already have gone).
  await expect(page.getByText(/5 dari 5 kriteria dinilai · terakhir disimpan/)).toBeVisible();
}

const sheetOf = (value: number) => ({
  scores: ['orisinalitas', 'kepeloporan', 'penerapan', 'manfaat', 'keberlanjutan'].map((criterion) => ({ criterion, score: value, abstain: false, comment: null })),
});

test('Krenova from entry to certificate: selection, three judges with a conflict, the chair publishes', async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const contestName = `Krenova Uji ${stamp}`;
  const groupName = `Kelompok Tani Cerdas ${stamp}`;
  const titleA = `Pengering gabah tenaga surya ${stamp}`;
  const titleB = `Kompor sekam padi ${stamp}`;

  // The admin creates the contest from the Krenova template and publishes it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoEmail('admin'));
  await expect(admin).toHaveURL(/\/dasbor$/);
  await admin.goto('/kelola-lomba');
  await admin.getByRole('button', { name: 'Buat lomba' }).click();
  const create = admin.getByRole('dialog');
  await create.getByLabel('Nama lomba').fill(contestName);
  await create.getByRole('radio', { name: /^Krenova/ }).check();
  await create.getByRole('button', { name: 'Buat', exact: true }).click();
  await expect(admin).toHaveURL(/\/kelola-lomba\/[0-9a-f-]{36}/);
  const contestId = /\/kelola-lomba\/([0-9a-f-]{36})/.exec(admin.url())![1]!;
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(contestName);
  await expectAccessible(admin);
  await admin.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await expect(admin.getByText('Lomba diterbitkan di portal.').first()).toBeVisible();
  const { slug } = (await (await admin.request.get(`/api/contests/${contestId}`)).json()) as Contest;

  // A citizen finds it on the portal (rules, timeline, live countdown) and enters as a group.
  const citizen = await (await browser.newContext()).newPage();
  const citizenEmail = `rina.${stamp}@warga.test`;
  await registerAndVerify(citizen, 'Rina Kreatif', citizenEmail);
  await citizen.goto(`/lomba/${slug}`);
  await expect(citizen.getByRole('heading', { level: 1 })).toContainText(contestName);
  await expect(citizen.locator('time[data-countdown]').first()).toBeVisible();
  await expect(citizen.getByText(/WIB/).first()).toBeVisible();
  await expectAccessible(citizen);
  await citizen.getByRole('link', { name: 'Ikut lomba' }).click();
  await expect(citizen).toHaveURL(/\/lomba-saya\?ikut=/);
  const join = citizen.getByRole('dialog');
  await join.getByRole('radio', { name: /^Kelompok/ }).check();
  await join.getByRole('button', { name: 'Ikut', exact: true }).click();
  await expect(citizen).toHaveURL(/\/lomba-saya\/[0-9a-f-]{36}$/);
  const entryA = /\/lomba-saya\/([0-9a-f-]{36})/.exec(citizen.url())![1]!;

  await citizen.getByRole('combobox', { name: /^Kategori/ }).click();
  await citizen.getByRole('option', { name: 'Masyarakat umum' }).click();
  await citizen.getByRole('combobox', { name: /^Bidang/ }).click();
  await citizen.getByRole('option', { name: 'Energi', exact: true }).click();
  await citizen.getByLabel('Judul karya').fill(titleA);
  await citizen.getByLabel('Ringkasan').fill('Pengering gabah bertenaga surya dari bahan lokal yang mempercepat panen dan menekan susut.');
  await citizen.getByLabel('Nama kelompok').fill(groupName);
  for (const [i, name] of ['Rina Kreatif', 'Dedi Petani', 'Wati Teknisi'].entries()) {
    await citizen.getByRole('button', { name: 'Tambah anggota' }).click();
    await citizen.getByLabel(`Nama anggota ${i + 1}`).fill(name);
  }
  const [chooser] = await Promise.all([citizen.waitForEvent('filechooser'), citizen.getByLabel('Proposal karya (PDF)').click()]);
  await chooser.setFiles({ name: 'proposal-pengering.pdf', mimeType: 'application/pdf', buffer: proposal() });
  await expect(citizen.getByText('Berkas proposal-pengering.pdf diunggah.').first()).toBeVisible();
  await citizen.getByLabel(/penduduk daerah ini/).check();
  await citizen.getByLabel(/belum pernah memenangi penghargaan/).check();
  await citizen.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(citizen.getByText('Draf tersimpan.').first()).toBeVisible();
  await expectAccessible(citizen);
  await citizen.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(citizen.getByText(/Karya terkirim dengan nomor KRN-\d{4}-\d{3}/).first()).toBeVisible();
  // The receipt arrives by e-mail with the number.
  await expect.poll(async () => (await mailTo(citizen.request, citizenEmail)).some((m) => /KRN-\d{4}-\d{3}/.test(m.text))).toBe(true);

  // A second entry, by another citizen, through the API.
  const other = await browser.newContext();
  await apiSignIn(other.request, demoEmail('masyarakat'));
  const entryB = await enterThroughApi(other.request, contestId, titleB);

  // The admin passes the group's entry through the selection (and the other through the API).
  await admin.goto(`/kelola-lomba/${contestId}?tab=entries`);
  await admin.getByRole('button', { name: titleA }).click();
  const entryDialog = admin.getByRole('dialog');
  await expect(entryDialog).toContainText(groupName);
  await expect(entryDialog).toContainText('proposal-pengering.pdf');
  await entryDialog.getByRole('button', { name: 'Lolos', exact: true }).click();
  // The decision is told to the entrant at once, so it is confirmed first.
  await admin.getByRole('dialog', { name: 'Nyatakan peserta lolos?' }).getByRole('button', { name: 'Nyatakan lolos', exact: true }).click();
  await expect(admin.getByText('Peserta dinyatakan lolos dan telah diberi tahu.').first()).toBeVisible();
  await admin.keyboard.press('Escape');
  await call(admin.request, 'post', `/api/contest-entries/${entryB.id}/selection`, { decision: 'lolos', reason: null, version: entryB.version });

  // Registration and selection are over; the desk judging round opens (set-up through the API).
  const moved = await openJudgingNow(admin.request, contestId);
  const desk = moved.rounds.find((r) => r.kind === 'penjurian')!;
  expect(desk.state).toBe('buka');

  // The admin invites three judges to the round's panel, the first as its chair.
  await admin.goto(`/kelola-lomba/${contestId}?tab=judges`);
  for (const [email, name, chair] of [
    [demoEmail('juri'), 'Juri Krenova', true],
    ['juri2@lumbung-demo.test', 'Juri Akademisi', false],
    ['juri3@lumbung-demo.test', 'Juri Praktisi', false],
  ] as const) {
    await admin.getByLabel('Nama juri').fill(name);
    await admin.getByLabel('Surel juri').fill(email);
    if (chair) await admin.getByLabel('Ketua panel').check();
    await admin.getByRole('button', { name: 'Undang juri' }).click();
    await expect(admin.getByText(`Undangan dikirim ke ${email}.`).first()).toBeVisible();
  }

  // The third judge declares a conflict on the other entry before the work is shared out.
  const judge3 = await (await browser.newContext()).newPage();
  await signIn(judge3, 'juri3@lumbung-demo.test');
  await expect(judge3).toHaveURL(/\/dasbor$/);
  await judge3.goto(`/penjurian/${desk.id}`);
  await judge3.getByRole('row', { name: new RegExp(titleB) }).getByRole('button', { name: 'Nyatakan konflik' }).click();
  const conflict = judge3.getByRole('dialog');
  await conflict.getByRole('combobox', { name: /^Jenis konflik/ }).click();
  await judge3.getByRole('option', { name: 'Kolaborator' }).click();
  await conflict.getByLabel('Keterangan').fill('Pernah bekerja sama dalam proyek kompor biomassa.');
  await conflict.getByRole('button', { name: 'Nyatakan konflik' }).click();
  await expect(judge3.getByText('Konflik kepentingan dinyatakan.').first()).toBeVisible();

  // The admin shares the entries out: three judges on the group's entry, two on the other.
  await admin.getByRole('button', { name: 'Bagi penugasan' }).click();
  await expect(admin.getByText(/Penugasan dibagi: 5 penugasan untuk 2 peserta/).first()).toBeVisible();
  await expectAccessible(admin);

  // Each judge scores the group's entry; the conflicted judge never sees the other one.
  const judges: Page[] = [];
  for (const email of [demoEmail('juri'), 'juri2@lumbung-demo.test']) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, email);
    await expect(page).toHaveURL(/\/dasbor$/);
    judges.push(page);
  }
  judges.push(judge3);
  for (const [i, judge] of judges.entries()) {
    await judge.goto(`/penjurian/${desk.id}`);
    await judge.getByRole('link', { name: titleA }).click();
    await expect(judge.getByRole('heading', { name: 'Lembar penilaian' })).toBeVisible();
    if (i === 1) {
      // A score typed and not yet saved survives a reload.
      await judge.getByLabel('Nilai Orisinalitas').fill('7');
      await judge.reload();
      await expect(judge.getByText('Nilai yang belum tersimpan di server dipulihkan dari perangkat ini.', { exact: false })).toBeVisible();
      await expect(judge.getByLabel('Nilai Orisinalitas')).toHaveValue('7');
    }
    await scoreSheet(judge, 8 + (i % 2));
    if (i === 0) await expectAccessible(judge);
  }
  expect((await judge3.request.get(`/api/judging/${desk.id}/entries/${entryB.id}`)).status()).toBe(404);
  for (const judge of judges.slice(0, 2)) await call(judge.request, 'put', `/api/judging/${desk.id}/entries/${entryB.id}/sheet`, sheetOf(5));

  // The chair reads the ranking and publishes it.
  const chair = judges[0]!;
  await chair.goto(`/penjurian/${desk.id}`);
  const ranking = chair.getByRole('table', { name: 'Peringkat kategori Masyarakat umum' });
  await expect(ranking.getByRole('row').nth(1)).toContainText(groupName);
  await expectAccessible(chair);
  await chair.getByRole('button', { name: 'Terbitkan hasil' }).click();
  // The round is still open: the dialog says that publishing locks every judge's scores now.
  await expect(chair.getByRole('dialog')).toContainText('Babak ini masih dibuka sampai');
  await chair.getByRole('dialog').getByRole('button', { name: 'Terbitkan hasil' }).click();
  await expect(chair.getByRole('button', { name: 'Terbitkan hasil' })).toHaveCount(0);

  // The winner's certificate downloads and names the group and its place; the portal shows it.
  await citizen.goto(`/lomba-saya/${entryA}`);
  await expect(citizen.getByText('Juara 1').first()).toBeVisible();
  const [download] = await Promise.all([citizen.waitForEvent('download'), citizen.getByRole('link', { name: 'Unduh sertifikat' }).click()]);
  const text = pdfText(fs.readFileSync(await download.path()));
  expect(text).toContain(groupName);
  expect(text).toContain('sebagai JUARA 1');
  expect(text).toContain('Kategori Masyarakat umum');
  expect(text).toContain(contestName);
  await citizen.goto(`/lomba/${slug}`);
  await expect(citizen.getByText(groupName).first()).toBeVisible();
  await expectAccessible(citizen);
});
