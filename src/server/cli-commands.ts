// The CLI commands that work on a data folder; loaded only when one of them is asked for.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { Email, Password } from '../domain/contracts/common.js';
import { users } from './db/schema.js';
import { readEnv } from './env.js';
import { audit } from './lib/audit.js';
import { createBackup, restoreBackup, RestoreRefused } from './lib/backup.js';
import { DataDirInUse } from './lib/lock.js';
import { revokeSessionsOf } from './lib/session-store.js';
import { hashPassword, insertUser } from './modules/auth/auth.service.js';
import { seedDemo } from './modules/demo/demo.seed.js';
import { ensureRegion, regionOptions } from './modules/regions/regions.service.js';
import type { CliArgs } from './cli.js';
import { openRuntime, type Runtime } from './runtime.js';

export class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`--${flag} wajib diisi / is required`);
  return value;
}

function checked<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: string, flag: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`--${flag} tidak sah / is not valid`);
  return r.data;
}

const randomPassword = () => randomBytes(12).toString('base64url');

export const commands: Record<string, (rt: Runtime, args: CliArgs) => Promise<void>> = {
  async 'create-admin'(rt, { values }) {
    const email = checked(Email, need(values.email, 'email'), 'email');
    const password = values.password ? checked(Password, values.password, 'password') : randomPassword();
    const code = need(values.region, 'region');
    const option = (await regionOptions()).find((o) => o.code === code);
    if (!option) throw new UsageError(`Kode daerah ${code} tidak dikenal / unknown region code`);
    const region = await ensureRegion(rt.database.db, code, values.body ?? `Bapperida ${option.name}`);
    const user = await rt.database.db.transaction(async (tx) => {
      const row = await insertUser(tx, { regionId: region.id, email, name: need(values.name, 'name'), passwordHash: await hashPassword(password), roles: ['admin'] });
      await audit(tx, { actor: null, regionId: region.id, action: 'create', entity: 'user', entityId: row.id, after: { email, roles: ['admin'] }, reason: 'CLI create-admin' });
      return row;
    });
    console.log(`Admin dibuat / created: ${user.email} (${region.name})`);
    if (!values.password) console.log(`Kata sandi / password: ${password}`);
  },
  async 'reset-password'(rt, { values }) {
    const email = checked(Email, need(values.email, 'email'), 'email');
    const db = rt.database.db;
    const user = await db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email) });
    if (!user) throw new UsageError(`Akun ${email} tidak ada / no such account`);
    const password = values.password ? checked(Password, values.password, 'password') : randomPassword();
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash: await hashPassword(password), failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
      await audit(tx, { actor: null, regionId: user.regionId, action: 'password_reset', entity: 'user', entityId: user.id, reason: 'CLI reset-password' });
    });
    await revokeSessionsOf(db, user.id);
    console.log(`Kata sandi diganti / password set: ${email}`);
    if (!values.password) console.log(`Kata sandi / password: ${password}`);
  },
  async 'seed-demo'(rt) {
    const { created } = await seedDemo(rt.database.db, rt.storage);
    console.log(created ? 'Pemda demo dibuat / demo region created' : 'Pemda demo sudah ada / demo region already present');
  },
  async backup(rt, { values }) {
    const out = values.out ?? `lumbung-cadangan-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '')}.tar.gz`;
    console.log(`Mencadangkan / backing up → ${out}`);
    const manifest = await createBackup({ db: rt.database.db, storage: rt.storage }, out, console.log);
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(`Selesai / done: ${rows} baris/rows, ${manifest.files} berkas/files`);
  },
  async restore(rt, { positionals }) {
    const file = need(positionals[1], 'FILE');
    console.log(`Memulihkan / restoring ← ${file}`);
    await restoreBackup({ db: rt.database.db, storage: rt.storage }, file, console.log);
    console.log('Selesai / done');
  },
};


/** Opens the data folder (lock first), runs one command, closes. Returns the exit code. */
export async function runDataCommand(name: string, args: CliArgs): Promise<number> {
  let rt: Runtime | undefined;
  try {
    rt = await openRuntime(readEnv({ ...process.env, LUMBUNG_LOG_LEVEL: 'silent' }));
    await commands[name]!(rt, args);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof DataDirInUse || err instanceof RestoreRefused) {
      console.error(err.message);
      return err instanceof DataDirInUse ? 2 : 1;
    }
    throw err;
  } finally {
    await rt?.close();
  }
}
