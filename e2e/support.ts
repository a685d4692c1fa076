import { AxeBuilder } from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'lumbung-demo';
export const demoEmail = (role: string) => `${role}@lumbung-demo.test`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** The data-nav keys of the navigation the signed-in user sees. */
export async function navKeys(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation');
  await expect(nav.locator('[data-nav]').first()).toBeVisible();
  return nav.locator('[data-nav]').evaluateAll((els) => els.map((e) => e.getAttribute('data-nav')!));
}

/** No serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  // A toast or dialog still fading in is measured half-transparent (a false contrast failure):
  // let running transitions finish first.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** A signed-in API session through the browser context's request client (shares its cookies). */
export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const csrf = async () => ((await (await request.get('/api/auth/csrf')).json()) as { token: string }).token;
  const res = await request.post('/api/auth/sign-in', { data: { email, password }, headers: { 'x-csrf-token': await csrf() } });
  expect(res.status()).toBe(200);
  return { csrf: await csrf() };
}

/** The mail the app sent so far over SMTP to the e2e server's capture (scripts/e2e-server.mjs). */
export async function mailTo(request: APIRequestContext, to: string): Promise<{ to: string; subject: string; text: string }[]> {
  const port = Number(process.env.LUMBUNG_E2E_PORT ?? 3107) + 2;
  const all = (await (await request.get(`http://127.0.0.1:${port}/messages`)).json()) as { to: string; subject: string; text: string }[];
  return all.filter((m) => m.to.includes(to));
}

/** Registers on /daftar and follows the link that arrived over SMTP; ends signed in on /ide-saya. */
export async function registerAndVerify(page: Page, name: string, email: string) {
  await page.goto('/daftar');
  await page.getByLabel('Nama lengkap').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill('kata-sandi-warga-1');
  await page.getByLabel('Saya sudah membaca dan menyetujui pemberitahuan privasi').check();
  await page.getByRole('button', { name: 'Daftar', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Periksa email Anda' })).toBeVisible();
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mail = await mailTo(page.request, email);
      link = /https?:\/\/\S+\/verifikasi-email\?token=[\w-]+/.exec(mail.at(-1)?.text ?? '')?.[0];
      return link;
    })
    .toBeTruthy();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/ide-saya/);
}
