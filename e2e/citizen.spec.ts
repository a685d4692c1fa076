import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, registerAndVerify, signIn } from './support.js';

test('a citizen registers, verifies by e-mail and sends an idea that becomes a unit’s proposal', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Antrean daring puskesmas ${stamp}`;

  // A citizen registers, follows the mailed link and sends an idea.
  const citizen = await (await browser.newContext()).newPage();
  await registerAndVerify(citizen, 'Siti Warga', `siti.${stamp}@warga.test`);
  await expectAccessible(citizen);
  await citizen.getByRole('button', { name: 'Kirim ide' }).click();
  const form = citizen.getByRole('dialog');
  await form.getByLabel('Judul ide').fill(title);
  await form.getByLabel('Masalah').fill('Antrean panjang di puskesmas setiap pagi membuat warga menunggu berjam-jam.');
  await form.getByLabel('Usulan pemecahan').fill('Nomor antrean daring lewat pesan singkat dengan perkiraan waktu panggilan.');
  await form.getByLabel('Lokasi').fill('Kecamatan Sukamaju');
  await form.getByRole('button', { name: 'Kirim ke moderator' }).click();
  await expect(form).toBeHidden();
  await expect(citizen.getByText(title)).toBeVisible();
  await expect(citizen.getByText('Menunggu moderasi').first()).toBeVisible();
  // Not public before moderation.
  expect(await (await citizen.request.get(`/ide?q=${stamp}`)).text()).not.toContain(title);

  // The admin publishes it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoEmail('admin'));
  await expect(admin).toHaveURL(/\/dasbor$/);
  await admin.goto('/moderasi-ide');
  await admin.getByRole('button', { name: `Buka ide ${title}` }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Terbitkan' }).click();
  await expect(admin.getByRole('dialog').getByRole('button', { name: 'Tugaskan ke unit' })).toBeVisible();
  await expectAccessible(admin);
  await admin.keyboard.press('Escape');

  // Another citizen finds it on the portal and supports it.
  const supporter = await (await browser.newContext()).newPage();
  await registerAndVerify(supporter, 'Budi Pendukung', `budi.${stamp}@warga.test`);
  await supporter.goto(`/ide?q=${stamp}`);
  await supporter.getByRole('link', { name: title }).click();
  await expect(supporter.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await supporter.getByRole('button', { name: 'Dukung ide ini' }).click();
  await expect(supporter.getByText('Anda sudah mendukung ide ini.')).toBeVisible();
  await expectAccessible(supporter);

  // The admin assigns it to the operator's unit: a proposal is made there.
  await admin.goto('/moderasi-ide');
  await admin.getByText(/^Terbit \(\d+\)$/).click();
  await admin.getByRole('button', { name: `Buka ide ${title}` }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Tugaskan ke unit' }).click();
  const assign = admin.getByRole('dialog', { name: 'Tugaskan ide ke unit' });
  await assign.getByLabel('Unit').click();
  await admin.getByRole('option', { name: 'Dinas Pendidikan dan Kebudayaan' }).click();
  await assign.getByRole('button', { name: 'Tugaskan' }).click();
  await expect(admin.getByText('Usulan inovasi sudah dibuat', { exact: false })).toBeVisible();

  // The unit's operator sees the linked proposal in the registry.
  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, demoEmail('operator'));
  await expect(operator).toHaveURL(/\/dasbor$/);
  await operator.goto(`/registri?q=${stamp}`);
  await operator.getByRole('link', { name: title }).first().click();
  await expect(operator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The link is kept both ways: the proposal opens the idea it came from (a portal page).
  await operator.getByRole('link', { name: 'Usulan ini berasal dari ide di bank ide: buka idenya' }).click();
  await expect(operator).toHaveURL(/\/ide\/[0-9a-f-]{36}$/);
  await expect(operator.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The idea's public page now says where it went.
  await citizen.goto(`/ide?q=${stamp}`);
  await expect(citizen.getByText('Dinas Pendidikan dan Kebudayaan').first()).toBeVisible();
});
