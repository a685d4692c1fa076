import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import archiver from 'archiver';
import type { DecreeInput, LetterSettings as LetterSettingsType, QuotaLettersInput } from '../../../domain/contracts/letters.js';
import { LetterSettings } from '../../../domain/contracts/letters.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import { zoneDay } from '../../../domain/letters/indonesian-date.js';
import { formatLetterNumber, patternNeedsUnit } from '../../../domain/letters/numbering.js';
import { unitsToWarn } from '../../../domain/monitoring/obligations.js';
import type { Db } from '../../db/client.js';
import { files, innovations, letterCounters, regions, units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, notFound } from '../../lib/errors.js';
import { renderPdf, type PdfDocument } from '../../lib/pdf.js';
import type { Actor } from '../../lib/policy.js';
import type { Storage } from '../../lib/storage.js';
import type { JobDispatch } from '../../lib/jobs.js';
import { startExport, type ExportRunner } from '../exports/exports.service.js';
import { dutiesOf, findPeriod, unitStandings } from '../monitoring/monitoring.service.js';
import { cohortUnitsWithoutPlan } from '../lab/lab.watch.js';
import { actionPlanNoticeLetter, actionPlanReprimandLetter, designationDecreeDraft, noticeLetter, reprimandLetter, type LetterBase, type Letterhead } from './letter-documents.js';

type RegionRow = typeof regions.$inferSelect;

/** What a region without saved settings is offered: its own names, a common pattern, blanks to fill. */
function suggestedSettings(region: RegionRow): LetterSettingsType {
  return {
    government: `PEMERINTAH ${region.name.toUpperCase()}`,
    place: region.name.replace(/^(Kabupaten|Kota)\s+/i, ''),
    numberPattern: '000/{seq}/BAPPERIDA/{year}',
    signatory: { title: `Kepala ${region.bodyName}`, name: '', rank: null, nip: null, onBehalfOf: null },
    headOffice: region.name.startsWith('Kota') ? `Wali Kota ${region.name.replace(/^Kota\s+/i, '')}` : `Bupati ${region.name.replace(/^Kabupaten\s+/i, '')}`,
    headName: null,
  };
}

async function regionOf(db: Db, regionId: string): Promise<RegionRow> {
  const region = await db.query.regions.findFirst({ where: eq(regions.id, regionId) });
  if (!region) throw notFound();
  return region;
}

export async function getLetterSettings(db: Db, actor: Actor) {
  const region = await regionOf(db, actor.regionId);
  const saved = LetterSettings.safeParse(region.letterSettings);
  return { ...(saved.success ? saved.data : suggestedSettings(region)), saved: saved.success };
}

export async function setLetterSettings(db: Db, actor: Actor, input: LetterSettingsType, requestId: string) {
  const region = await regionOf(db, actor.regionId);
  await db.transaction(async (tx) => {
    await tx.update(regions).set({ letterSettings: input }).where(eq(regions.id, actor.regionId));
    // The NIP is personal data: the audit records that it changed, not its value.
    const masked = (s: unknown) => (s ? { ...(s as LetterSettingsType), signatory: { ...(s as LetterSettingsType).signatory, nip: (s as LetterSettingsType).signatory?.nip ? '••••' : null } } : null);
    await audit(tx, { actor, action: 'letters.settings', entity: 'region', entityId: actor.regionId, before: masked(region.letterSettings), after: masked(input), requestId });
  });
  return { ...input, saved: true };
}

/** The saved settings, or a refusal that says where to set them. */
function settingsOf(region: RegionRow): LetterSettingsType {
  const saved = LetterSettings.safeParse(region.letterSettings);
  if (!saved.success) throw new AppError('CONFLICT', 'error.letterSettingsMissing');
  return saved.data;
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The region's logo as a data URL when it is a PNG or JPEG (PDF letters cannot show WebP). */
async function logoOf(db: Db, storage: Storage, region: RegionRow): Promise<string | null> {
  if (!region.logoFileId) return null;
  const file = await db.query.files.findFirst({ where: eq(files.id, region.logoFileId) });
  if (!file || !['image/png', 'image/jpeg'].includes(file.mime)) return null;
  return `data:${file.mime};base64,${(await streamToBuffer(await storage.get(file.storageKey))).toString('base64')}`;
}

const letterhead = (region: RegionRow, settings: LetterSettingsType, logo: string | null): Letterhead => ({ government: settings.government, bodyName: region.bodyName.toUpperCase(), address: region.address, logo });

/**
 * Reserves `count` running numbers of the year at once and returns the first. One upsert, so two
 * runs never share a number; the caller audits the block in the same transaction.
 */
async function reserveNumbers(db: Db, regionId: string, year: number, count: number): Promise<number> {
  const [row] = await db
    .insert(letterCounters)
    .values({ regionId, year, seq: count })
    .onConflictDoUpdate({ target: [letterCounters.regionId, letterCounters.year], set: { seq: sql`${letterCounters.seq} + ${count}` } })
    .returning({ seq: letterCounters.seq });
  return row!.seq - count + 1;
}

/** Short upper-case initials for a pattern's `{unit}`: "Dinas Kesehatan" → "DK". */
const unitCodeOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 10);

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

async function zipOf(entries: { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  archive.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const e of entries) archive.append(e.bytes, { name: e.name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Starts the quota letters, once the region's letter settings exist (else a refusal saying where to set them). */
export async function startQuotaLetters(deps: { db: Db; jobs: JobDispatch }, actor: Actor, input: QuotaLettersInput) {
  settingsOf(await regionOf(deps.db, actor.regionId));
  // Another region's cohort is refused before any job exists.
  if (input.reason === 'actionPlan') await cohortUnitsWithoutPlan(deps.db, actor.regionId, input.cohortId!);
  return startExport(deps, actor, `letters.${input.kind}`, input);
}

/**
 * One run of letters: who gets one (in numbering order) and how each is drawn from the common
 * parts, what the issued numbers are audited on, and the names of the files.
 */
type LetterBatch = {
  recipients: { name: string; draw: (base: LetterBase) => PdfDocument; audited?: Record<string, unknown> }[];
  audit: { entity: string; entityId: string; extra?: Record<string, unknown> };
  /** Each PDF is `<nn>-<fileTag>-<unit>.pdf`. */
  fileTag: string;
  zipName: string;
};

/** Units below their quota: the letters give their numbers and the period's deadline. */
async function quotaBatch(db: Db, regionId: string, params: QuotaLettersInput): Promise<LetterBatch> {
  const period = await findPeriod(db, regionId, params.periodId);
  const targets = unitsToWarn(await unitStandings(db, regionId, period));
  if (!targets.length) throw new AppError('CONFLICT', 'error.noUnitsBelowQuota');
  const deadline = dutiesOf(period).obligations.deadline ?? (period.parameters as { inputWindow: { closesAt: string } }).inputWindow.closesAt;
  const heads = new Map((await db.select({ id: units.id, headTitle: units.headTitle }).from(units).where(inArray(units.id, targets.map((t) => t.unitId)))).map((u) => [u.id, u.headTitle]));
  const document = params.kind === 'teguran' ? reprimandLetter : noticeLetter;
  return {
    recipients: targets.map((unit) => ({
      name: unit.name,
      draw: (base) =>
        document({
          ...base,
          unit: { name: unit.name, addressee: heads.get(unit.unitId) ?? null },
          standing: { registered: unit.registered, submitted: unit.submitted, quota: unit.quota, shortfall: unit.shortfall },
          periodYear: period.year,
          deadline: new Date(deadline).toISOString(),
        }),
    })),
    audit: { entity: 'period', entityId: period.id },
    fileTag: params.kind,
    zipName: `surat-${params.kind}-${period.year}.zip`,
  };
}

/**
 * The units of a lab cohort without an action plan by its deadline (issue 6): the letters name
 * the cohort and the deadline instead of the quota.
 */
async function actionPlanBatch(db: Db, regionId: string, params: QuotaLettersInput): Promise<LetterBatch> {
  const { cohort, units: targets } = await cohortUnitsWithoutPlan(db, regionId, params.cohortId!);
  if (!targets.length) throw new AppError('CONFLICT', 'error.labNoUnitsWithoutPlan');
  const document = params.kind === 'teguran' ? actionPlanReprimandLetter : actionPlanNoticeLetter;
  return {
    recipients: targets.map((unit) => ({
      name: unit.name,
      audited: { status: unit.status },
      draw: (base) => document({ ...base, unit: { name: unit.name, addressee: unit.headTitle }, cohort: { name: cohort.name }, deadline: cohort.planDeadline.toISOString(), status: unit.status }),
    })),
    audit: { entity: 'lab_cohort', entityId: cohort.id, extra: { reason: 'actionPlan' } },
    fileTag: `${params.kind}-rai`,
    zipName: `surat-${params.kind}-rai-${slug(cohort.name)}.zip`,
  };
}

/**
 * Surat Pemberitahuan or Surat Teguran to every unit below its quota, or to every unit of a lab
 * cohort without an action plan: one PDF each, numbered in turn, delivered as one ZIP. The numbers
 * issued are audited.
 */
export function quotaLettersRunner(deps: { db: Db; storage: Storage }): ExportRunner {
  return async ({ row, progress }) => {
    const { db } = deps;
    const params = row.params as QuotaLettersInput;
    const region = await regionOf(db, row.regionId);
    const settings = settingsOf(region);
    const batch = params.reason === 'actionPlan' ? await actionPlanBatch(db, row.regionId, params) : await quotaBatch(db, row.regionId, params);
    const { recipients } = batch;
    const zone = region.timeZone as TimeZone;
    const date = params.date ?? zoneDay(new Date(), zone);
    const logo = await logoOf(db, deps.storage, region);
    const numberOf = (seq: number, unitName: string) => formatLetterNumber(settings.numberPattern, { seq, date, unitCode: patternNeedsUnit(settings.numberPattern) ? unitCodeOf(unitName) : null });
    // The numbers are taken and audited with their units before any letter is drawn: a failure
    // afterwards leaves a recorded gap in the register, never a number issued without trace.
    const issued = await db.transaction(async (tx) => {
      const first = await reserveNumbers(tx, row.regionId, Number(date.slice(0, 4)), recipients.length);
      const list = recipients.map((unit, i) => ({ unit: unit.name, ...unit.audited, number: numberOf(first + i, unit.name) }));
      await audit(tx, { actor: null, regionId: row.regionId, action: `letters.${params.kind}`, entity: batch.audit.entity, entityId: batch.audit.entityId, after: { exportId: row.id, requestedBy: row.userId, date, ...batch.audit.extra, letters: list } });
      return list;
    });
    await progress(0, recipients.length);
    const common = { letterhead: letterhead(region, settings, logo), zone, place: settings.place, date, signatory: settings.signatory };
    const entries: { name: string; bytes: Buffer }[] = [];
    for (const [i, unit] of recipients.entries()) {
      const bytes = await renderPdf(unit.draw({ ...common, number: issued[i]!.number }));
      entries.push({ name: `${String(i + 1).padStart(2, '0')}-${batch.fileTag}-${slug(unit.name)}.pdf`, bytes });
      await progress(i + 1, recipients.length);
    }
    return { bytes: await zipOf(entries), fileName: batch.zipName, mime: 'application/zip' };
  };
}

/** A draft Keputusan Kepala Daerah designating the chosen innovations and their executors. */
export async function decreeDraft(deps: { db: Db; storage: Storage }, actor: Actor, input: DecreeInput, requestId: string): Promise<Buffer> {
  const { db } = deps;
  const region = await regionOf(db, actor.regionId);
  const settings = settingsOf(region);
  const rows = await db
    .select({ id: innovations.id, name: innovations.name, stage: innovations.stage, unitName: units.name, headTitle: units.headTitle })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .where(and(eq(innovations.regionId, actor.regionId), eq(innovations.status, 'aktif'), inArray(innovations.id, input.innovationIds)));
  if (rows.length !== new Set(input.innovationIds).size) throw notFound();
  const order = new Map(input.innovationIds.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const year = Number(zoneDay(new Date(), region.timeZone as TimeZone).slice(0, 4));
  const pdf = await renderPdf(
    designationDecreeDraft({
      headOffice: settings.headOffice,
      headName: settings.headName,
      regionName: region.name,
      bodyName: region.bodyName,
      year,
      place: settings.place,
      zone: region.timeZone as TimeZone,
      logo: await logoOf(db, deps.storage, region),
      innovations: rows.map((r) => ({ name: r.name, unitName: r.unitName, stage: r.stage as 'inisiatif', executors: input.executors?.[r.id] ?? [r.headTitle ?? `Kepala ${r.unitName}`] })),
    }),
  );
  await audit(db, { actor, action: 'letters.decreeDraft', entity: 'region', entityId: actor.regionId, after: { innovations: rows.map((r) => r.id) }, requestId });
  return pdf;
}
