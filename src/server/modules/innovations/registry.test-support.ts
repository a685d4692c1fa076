import type { InnovationDetail } from '../../../domain/contracts/innovations.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { signedIn } from '../../test/fixtures.js';
import type { Client, TestApp } from '../../test/harness.js';
import { seedMasterData } from '../master-data/master-data.service.js';
import { seedPeriods } from '../periods/periods.seed.js';

/** A minimal valid PDF: file-type detects it by its `%PDF-` signature. */
export const tinyPdf = (text = 'bukti') => Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\n% ${text}\ntrailer <<>>\n%%EOF\n`);

/** A Windows executable's first bytes (MZ header), padded: what a renamed .exe looks like. */
export const fakeExe = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(5000, 1)]);

/**
 * A region with its periods and master data, two units, and an admin, an operator per unit, a
 * mentor for unit A and a leader, all signed in.
 */
export async function registryRegion(t: TestApp) {
  const region = await buildRegion(t.db);
  await seedPeriods(t.db, region.id);
  await seedMasterData(t.db, region.id);
  const unitA = await buildUnit(t.db, region.id, { name: 'Dinas Kesehatan' });
  const unitB = await buildUnit(t.db, region.id, { name: 'Dinas Pendidikan' });
  const users = {
    admin: await buildUser(t.db, { regionId: region.id, roles: ['admin'] }),
    operatorA: await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unitA.id] }),
    operatorB: await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unitB.id] }),
    mentorA: await buildUser(t.db, { regionId: region.id, roles: ['pendamping'], unitIds: [unitA.id] }),
    leader: await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] }),
  };
  const clients = {} as Record<keyof typeof users, Client>;
  for (const [k, u] of Object.entries(users)) clients[k as keyof typeof users] = await signedIn(t, u);
  return { region, unitA, unitB, users, clients };
}

export async function createInnovation(client: Client, unitId: string, extra: Record<string, unknown> = {}): Promise<InnovationDetail> {
  const res = await client.post('/api/innovations', { unitId, name: 'Layanan Antar Obat Puskesmas', ...extra });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json() as InnovationDetail;
}

/** A design text of exactly `n` words. */
export const designOf = (n: number) => `<h3>Latar belakang</h3><p>${Array.from({ length: n - 2 }, (_, i) => `kata${i}`).join(' ')}</p>`;
