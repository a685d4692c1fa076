import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { demoInnovations, type DemoInnovation } from '../../../domain/demo/innovation-samples.js';
import { samplePdf, samplePng } from '../../../domain/demo/sample-files.js';
import { findIndicator, type Catalogue } from '../../../domain/iid/catalogue.js';
import { countWords, plainText } from '../../../domain/innovations/design-text.js';
import { slugify } from '../../../domain/portal/catalogue-slug.js';
import { completenessOf, requirementOf, toEngineInnovation } from '../../../domain/innovations/scoring.js';
import { evaluateInnovation, methodOf } from '../../../domain/iid/engine.js';
import type { Db } from '../../db/client.js';
import { answers, evidence, files, innovations, lifecycleRecords } from '../../db/schema.js';
import type { Storage } from '../../lib/storage.js';
import { loadCatalogue } from '../periods/periods.service.js';

type Sample = { id: string; kind: 'pdf' | 'image' };

/** Stores one sample file (deduplicated by hash like any upload) and returns its row id. */
async function storeSample(db: Db, storage: Storage, regionId: string, bytes: Uint8Array, name: string, mime: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = await db.query.files.findFirst({ where: and(eq(files.regionId, regionId), eq(files.sha256, sha256)) });
  if (existing) return existing.id;
  const storageKey = `${regionId}/${sha256.slice(0, 2)}/${sha256}`;
  const tmp = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-demo-')), 'sample');
  await fs.writeFile(tmp, bytes);
  await storage.putFile(storageKey, tmp);
  await fs.rm(path.dirname(tmp), { recursive: true, force: true });
  const [row] = await db.insert(files).values({ regionId, sha256, size: bytes.length, mime, originalName: name, storageKey }).returning({ id: files.id });
  return row!.id;
}

/** One sample PDF and one photo per indicator: a few dozen files, not one per evidence row. */
async function samplesFor(db: Db, storage: Storage, regionId: string, catalogue: Catalogue) {
  const byCode = new Map<string, { pdf: Sample; image: Sample }>();
  for (const indicator of catalogue.indicators.filter((i) => i.aspect === 'innovation')) {
    const pdf = await storeSample(db, storage, regionId, samplePdf(`Data dukung indikator ${indicator.code}: ${indicator.name}`), `data-dukung-${indicator.code}.pdf`, 'application/pdf');
    const image = await storeSample(db, storage, regionId, samplePng(Number.parseInt(indicator.code, 10) || 1), `foto-${indicator.code}.png`, 'image/png');
    byCode.set(indicator.code, { pdf: { id: pdf, kind: 'pdf' }, image: { id: image, kind: 'image' } });
  }
  return byCode;
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The PP 38/2017 records an innovation at this stage would have. */
function recordsOf(innovationId: string, d: DemoInnovation): (typeof lifecycleRecords.$inferInsert)[] {
  const start = d.trialStartedOn ?? shift(d.implementedOn ?? '2026-02-01', -120);
  const out: (typeof lifecycleRecords.$inferInsert)[] = [{ innovationId, step: 'proposal', date: shift(start, -75), note: 'Usulan disampaikan ke Bapperida.', recordedByName: 'Operator' }];
  if (d.stage === 'inisiatif') return out;
  out.push(
    { innovationId, step: 'feasibility', date: shift(start, -45), feasible: true, reasons: 'Memenuhi kriteria PP 38/2017: membarui, bermanfaat, dalam kewenangan daerah.', recordedByName: 'Tim Penilai Independen' },
    { innovationId, step: 'designation', date: shift(start, -20), legalBasis: 'sk', number: `100.3.3.2/${(d.name.length * 7) % 400}/2024`, recordedByName: 'Admin Bapperida' },
    { innovationId, step: 'trial', date: start, plannedEndOn: shift(start, 180), recordedByName: 'Operator' },
  );
  if (d.stage === 'penerapan' && d.implementedOn) out.push({ innovationId, step: 'implementation', date: d.implementedOn, recordedByName: 'Operator' });
  return out;
}

/** The answers of a sample as stored, with the evidence rows they get. */
function evidenceOf(catalogue: Catalogue, d: DemoInnovation, samples: Map<string, { pdf: Sample; image: Sample }> | null) {
  const stored = Object.entries(d.answers).map(([code, a]) => ({ code, option: typeof a === 'number' ? a : a.option, basis: typeof a === 'number' ? null : a.basis }));
  const rows = stored
    .filter((a) => d.evidenceFor.includes(a.code))
    .map((a) => {
      const indicator = findIndicator(catalogue, a.code);
      const kinds = (indicator && requirementOf(indicator, a)?.kinds) ?? ['link'];
      const sample = samples?.get(a.code);
      if (sample && kinds.includes('pdf')) return { code: a.code, kind: 'pdf' as const, fileId: sample.pdf.id, letterNumber: `800/${a.code}/2025` };
      if (sample && kinds.includes('image')) return { code: a.code, kind: 'image' as const, fileId: sample.image.id };
      return { code: a.code, kind: 'link' as const, url: `https://contoh.go.id/inovasi/${a.code}` };
    });
  const withEvidence = stored.map((a) => ({ ...a, evidence: rows.filter((r) => r.code === a.code).map((r) => ({ kind: r.kind, status: 'pending' as const })) }));
  return { stored, rows, withEvidence };
}

/**
 * The public catalogue of the demo: every innovation past the initiative stage (trial or
 * implementation, ~50 of 60) is published, a day apart so "newest" means something, with a slug
 * from its name (a counter when two names give the same one, or another region already has it).
 */
async function demoPublications(db: Db, entries: { d: DemoInnovation }[], userId: string | null) {
  const wanted = entries.map((e) => (e.d.stage === 'inisiatif' ? null : slugify(e.d.name)));
  const candidates = wanted.filter((w): w is string => w !== null);
  const taken = new Set(
    candidates.length ? (await db.select({ slug: innovations.slug }).from(innovations).where(inArray(innovations.slug, candidates))).map((r) => r.slug) : [],
  );
  const now = Date.now();
  return wanted.map((base, i) => {
    if (base === null) return { publishedAt: null, publishedBy: null, slug: null };
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return { publishedAt: new Date(now - (i + 1) * 86_400_000), publishedBy: userId, slug };
  });
}

const demoStates = ['draf', 'diajukan', 'diverifikasi', 'dikembalikan', 'diajukan', 'disahkan'] as const;

/**
 * Where a demo innovation stands in the review, spread so the inbox, the monitoring dashboard and
 * the verified projection show something, each having waited a few days in its state. The samples
 * leave some answers without evidence on purpose (they score 0), so the submit rule is not applied
 * here: a mentor opening a demo submission sees what a real incomplete one looks like.
 */
function demoReviewOf(i: number, e: { d: DemoInnovation; stored: { code: string }[] }) {
  const state = e.stored.length > 0 ? demoStates[i % demoStates.length]! : 'draf';
  const accepted = state === 'diverifikasi' || state === 'disahkan';
  return { state, accepted, returnedCode: state === 'dikembalikan' ? e.stored[0]!.code : null, since: new Date(Date.now() - ((i * 5) % 11) * 86_400_000) };
}

/**
 * The demo region's ~60 innovations with answers, evidence (sample files where the option asks for
 * a document or photo, links otherwise) and lifecycle records, so every page and the simulator
 * show something meaningful. Scores are computed in memory and everything is inserted in a few
 * batches: the first `npm start --demo` should not wait on hundreds of round trips.
 * Without storage (tests of other features) evidence files become links.
 */
export async function seedDemoInnovations(db: Db, storage: Storage | undefined, ctx: { regionId: string; unitIds: Map<string, string>; userId: string | null }) {
  const catalogue = await loadCatalogue(db, ctx.regionId, 'current');
  const period = await db.query.periods.findFirst({ where: (p, { and: all, eq: is }) => all(is(p.regionId, ctx.regionId), is(p.isCurrent, true)) });
  const samples = storage ? await samplesFor(db, storage, ctx.regionId, catalogue) : null;
  const entries = demoInnovations.filter((d) => ctx.unitIds.has(d.unitKey)).map((d) => ({ d, ...evidenceOf(catalogue, d, samples) }));
  const method = methodOf(catalogue);
  const reviews = new Map(entries.map((e, i) => [e.d, demoReviewOf(i, e)]));
  const publications = await demoPublications(db, entries, ctx.userId);
  const reviewOfAnswer = (d: DemoInnovation, code: string) => {
    const r = reviews.get(d)!;
    if (r.returnedCode === code) return { review: 'returned', reviewNote: 'Bukti belum memuat nama inovasi; unggah halaman yang menyebutkannya.', reviewedByName: 'Pendamping Demo', reviewedAt: r.since };
    return r.accepted ? { review: 'accepted', reviewedByName: 'Pendamping Demo', reviewedAt: r.since } : {};
  };
  const rows = await db
    .insert(innovations)
    .values(
      entries.map(({ d, withEvidence }, i) => {
        const profile = {
          name: d.name, stage: d.stage, initiator: d.initiator, initiatorName: d.initiatorName, kind: d.kind, form: d.form, mainAffair: d.mainAffair,
          theme: d.theme, goal: d.goal, benefits: d.benefits, results: d.results, design: d.design, designWords: countWords(d.design),
          implementedOn: d.implementedOn, developedOn: d.developedOn, igaEntries: d.igaEntries,
        };
        const engine = toEngineInnovation(catalogue, { id: d.name, ...profile }, withEvidence);
        return {
          ...profile,
          regionId: ctx.regionId,
          unitId: ctx.unitIds.get(d.unitKey)!,
          periodId: period!.id,
          otherAffairs: d.otherAffairs,
          classification: d.classification,
          latitude: d.latitude,
          longitude: d.longitude,
          trialStartedOn: d.trialStartedOn,
          trialPlannedEndOn: d.trialStartedOn ? shift(d.trialStartedOn, 180) : null,
          designText: plainText(d.design),
          budgetAmount: d.budgetAmount,
          budgetSource: d.budgetSource,
          completeness: completenessOf(catalogue, profile, withEvidence).percent,
          maturityClaimed: evaluateInnovation(method, engine, 'claimed').maturity,
          createdBy: ctx.userId,
          reviewState: reviews.get(d)!.state,
          reviewStateAt: reviews.get(d)!.since,
          ...publications[i]!,
        };
      }),
    )
    .returning({ id: innovations.id });
  const idOf = (i: number) => rows[i]!.id;
  const answerRows = entries.flatMap((e, i) => e.stored.map((a) => ({ ...a, innovationId: idOf(i), ...reviewOfAnswer(e.d, a.code) })));
  const evidenceRows = entries.flatMap((e, i) => e.rows.map((r) => ({ ...r, innovationId: idOf(i), status: reviewOfAnswer(e.d, r.code).review ?? 'pending' })));
  if (answerRows.length) await db.insert(answers).values(answerRows);
  if (evidenceRows.length) await db.insert(evidence).values(evidenceRows);
  await db.insert(lifecycleRecords).values(entries.flatMap((e, i) => recordsOf(idOf(i), e.d)));
}
