import { expect, test } from '@playwright/test';
import { navigationFor } from '../src/domain/navigation.js';
import { roles } from '../src/domain/roles.js';
import { apiSignIn, demoEmail, navKeys, signIn } from './support.js';

test.describe('sign-in', () => {
  test('the sign-in page lists the demo accounts', async ({ page }) => {
    await page.goto('/dasbor');
    await expect(page).toHaveURL(/\/masuk/);
    for (const role of roles) await expect(page.getByText(demoEmail(role), { exact: true })).toBeVisible();
  });

  test('the admin reaches the dashboard and signs out with "Keluar"', async ({ page }) => {
    await signIn(page, demoEmail('admin'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Bapperida Kabupaten Contoh').first()).toBeVisible();
    await page.getByRole('button', { name: 'Admin Bapperida' }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await expect(page).toHaveURL(/\/masuk/);
    await page.goto('/unit');
    await expect(page).toHaveURL(/\/masuk/);
  });

  for (const role of roles) {
    test(`${role} sees its own navigation`, async ({ page }) => {
      await signIn(page, demoEmail(role));
      await expect(page).toHaveURL(/\/dasbor$/);
      expect(await navKeys(page)).toEqual(navigationFor([role]).map((i) => i.key));
    });
  }

  test('a wrong password shows an Indonesian error', async ({ page }) => {
    await signIn(page, demoEmail('pimpinan'), 'salah-sekali');
    await expect(page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' })).toBeVisible();
    await expect(page).toHaveURL(/\/masuk/);
  });

  test('the sixth attempt after five wrong passwords is locked out', async ({ page, playwright, baseURL }) => {
    test.setTimeout(60_000);
    const email = demoEmail('masyarakat');
    for (let i = 1; i <= 5; i++) {
      await signIn(page, email, `salah-${i}`);
      await expect(page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' })).toBeVisible();
    }
    await signIn(page, email); // the right password, but the account is locked now
    await expect(page.getByRole('alert').filter({ hasText: 'Akun dikunci sementara' })).toBeVisible();
    await expect(page).toHaveURL(/\/masuk/);

    // Leave the demo as we found it: the admin unlocks the account.
    const admin = await playwright.request.newContext({ baseURL });
    const { csrf } = await apiSignIn(admin, demoEmail('admin'));
    const users = (await (await admin.get(`/api/users?q=${encodeURIComponent(email)}`)).json()) as { items: { id: string; lockedUntil: string | null }[] };
    expect(users.items[0]!.lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/users/${users.items[0]!.id}/unlock`, { headers: { 'x-csrf-token': csrf } })).status()).toBe(200);
    await admin.dispose();
    await signIn(page, email);
    await expect(page).toHaveURL(/\/dasbor$/);
  });

  test('the forgot-password flow answers without revealing accounts', async ({ page }) => {
    await page.goto('/masuk');
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await expect(page).toHaveURL(/\/lupa-sandi/);
    // The page is a lazy chunk: the address changes before it replaces the sign-in form, whose
    // own Email field would otherwise take the text (a CI failure on a busy machine).
    await expect(page.getByRole('heading', { name: 'Lupa kata sandi' })).toBeVisible();
    await page.getByLabel('Email').fill('tidak-ada@lumbung-demo.test');
    await page.getByRole('button').filter({ hasText: /kirim/i }).click();
    await expect(page.getByText(/Jika akun dengan email itu ada/)).toBeVisible();
  });
});

test.describe('scoping', () => {
  test('an operator cannot open admin pages or another unit, in the UI or the API', async ({ page }) => {
    await signIn(page, demoEmail('operator'));
    await expect(page).toHaveURL(/\/dasbor$/);
    await page.goto('/pengguna');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akses ditolak');

    const api = page.request;
    expect((await api.get('/api/users')).status()).toBe(403);
    expect((await api.get('/api/audit')).status()).toBe(403);
    const mine = (await (await api.get('/api/units')).json()) as { items: { name: string }[]; total: number };
    expect(mine.items.map((u) => u.name)).toEqual(['Dinas Pendidikan dan Kebudayaan']);
  });
});
