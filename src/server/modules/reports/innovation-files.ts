import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import archiver from 'archiver';
import { eq, inArray } from 'drizzle-orm';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import { affairs } from '../../../domain/iid/affairs.js';
import { findIndicator } from '../../../domain/iid/catalogue.js';
import { indonesianDateTime } from '../../../domain/letters/indonesian-date.js';
import type { Db } from '../../db/client.js';
import { evidence, files, regions } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { renderPdf, type Content, type TableCell } from '../../lib/pdf.js';
import type { Actor } from '../../lib/policy.js';
import type { Storage } from '../../lib/storage.js';
import { sanitizeFileName } from '../../lib/uploads.js';
import { findInnovation, loadDetail } from '../innovations/innovations.detail.js';
import { loadCatalogue } from '../periods/periods.service.js';
import { stageNames } from '../../../domain/master-data.js';
import { reviewNames } from './reports.service.js';

const reviewText = { pending: 'Menunggu', accepted: 'Diterima', returned: 'Dikembalikan' } as const;
const cell = (text: string, bold = false): TableCell => ({ text, bold, fontSize: 9 });

/**
 * The innovation's dossier as PDF: profile, indicator answers with option, score and review, and
 * the evidence list. For the internal assessment team's desk review and the unit's archive.
 */
export async function innovationDossier(deps: { db: Db }, actor: Actor, id: string, requestId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const { db } = deps;
  const row = await findInnovation(db, actor, id);
  const [detail, catalogue, region] = await Promise.all([loadDetail(db, row), loadCatalogue(db, row.regionId, row.periodId), db.query.regions.findFirst({ where: eq(regions.id, row.regionId) })]);
  const x = detail.innovation;
  const profile: [string, string][] = [
    ['Perangkat daerah', x.unitName],
    ['Periode', String(x.periodYear)],
    ['Tahapan', stageNames[x.stage]],
    ['Status verifikasi', reviewNames[x.reviewState]],
    ['Urusan utama', affairs.find((a) => a.code === x.mainAffair)?.name ?? x.mainAffair ?? '-'],
    ['Waktu uji coba', x.trialStartedOn ?? '-'],
    ['Waktu penerapan', x.implementedOn ?? '-'],
    ['Rancang bangun', `${x.designWords} kata`],
    ['Tujuan', x.goal ?? '-'],
    ['Manfaat', x.benefits ?? '-'],
    ['Hasil', x.results ?? '-'],
    ['Anggaran', x.budgetAmount === null ? '-' : `Rp ${x.budgetAmount.toLocaleString('id-ID')} (${x.budgetSource ?? '-'})`],
  ];
  const answerRows: TableCell[][] = detail.assessment.answers.map((a) => {
    const indicator = findIndicator(catalogue, a.code);
    const options = indicator?.bases && a.basis ? indicator.bases[a.basis]?.options : indicator?.options;
    const option = a.option > 0 ? (options?.[a.option - 1]?.label ?? '') : '';
    return [cell(a.code), cell(indicator?.name ?? a.code), cell(`${a.option}${option ? ` — ${option}` : ''}`), cell(String(a.score)), cell(reviewText[a.review])];
  });
  const evidenceRows: TableCell[][] = detail.assessment.answers.flatMap((a) =>
    a.evidence.map((e) => [cell(a.code), cell(e.kind), cell(e.file?.name ?? e.url ?? ''), cell([e.letterNumber, e.letterDate, e.letterSubject].filter(Boolean).join(' · ') || '-'), cell(reviewText[e.status])]),
  );
  const zone = (region?.timeZone ?? 'Asia/Jakarta') as TimeZone;
  const table = (widths: (string | number)[], head: string[], body: TableCell[][]): Content => ({
    table: { headerRows: 1, widths, body: [head.map((h) => cell(h, true)), ...(body.length ? body : [[{ text: '(tidak ada)', colSpan: head.length, fontSize: 9 }, ...head.slice(1).map(() => '')]])] },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  });
  const pdf = await renderPdf({
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: { title: `Dosier ${x.name}` },
    footer: (page: number, pages: number) => ({ text: `${x.name} — halaman ${page} dari ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 16, 0, 0] }),
    content: [
      { text: 'DOSIER INOVASI DAERAH', bold: true, fontSize: 14, alignment: 'center' },
      { text: x.name, bold: true, fontSize: 12, alignment: 'center', margin: [0, 4, 0, 4] },
      { text: `${region?.name ?? ''} · dicetak ${indonesianDateTime(new Date(), zone)}`, fontSize: 8, alignment: 'center', margin: [0, 0, 0, 12] },
      { text: 'Profil', bold: true, margin: [0, 0, 0, 2] },
      table([120, '*'], ['Isian', 'Nilai'], profile.map(([k, v]) => [cell(k, true), cell(v)])),
      { text: `Indikator inovasi — kematangan klaim ${detail.assessment.claimed.maturity}, terverifikasi ${detail.assessment.verified.maturity} dari ${detail.assessment.maturityMax}`, bold: true, margin: [0, 0, 0, 2] },
      table([28, '*', 150, 36, 64], ['Kode', 'Indikator', 'Pilihan', 'Skor', 'Verifikasi'], answerRows),
      { text: 'Data dukung', bold: true, margin: [0, 0, 0, 2] },
      table([28, 36, '*', 120, 64], ['Kode', 'Jenis', 'Berkas / tautan', 'Surat', 'Verifikasi'], evidenceRows),
    ],
  });
  await audit(db, { actor, action: 'innovation.dossier', entity: 'innovation', entityId: id, requestId });
  return { pdf, fileName: `dosier-${sanitizeFileName(x.name)}.pdf` };
}

/**
 * The innovation's evidence files as a ZIP streamed to the client, one folder per indicator code
 * (`16/01-sk-bupati.pdf`), links listed in `tautan.txt`. Streamed: a 200 MB video passes through,
 * it never sits in memory, and the browser shows the download's progress.
 */
export async function evidenceZip(deps: { db: Db; storage: Storage }, actor: Actor, id: string, requestId: string): Promise<{ stream: Readable; fileName: string }> {
  const { db } = deps;
  const row = await findInnovation(db, actor, id);
  const items = await db.select().from(evidence).where(eq(evidence.innovationId, id)).orderBy(evidence.code, evidence.createdAt);
  const fileIds = items.map((e) => e.fileId).filter((f): f is string => !!f);
  const fileRows = fileIds.length ? await db.select().from(files).where(inArray(files.id, fileIds)) : [];
  const byId = new Map(fileRows.map((f) => [f.id, f]));
  await audit(db, { actor, action: 'innovation.evidenceZip', entity: 'innovation', entityId: id, after: { files: fileIds.length }, requestId });

  const archive = archiver('zip', { zlib: { level: 1 } }); // PDFs, photos and videos are compressed already
  const out = new PassThrough();
  archive.on('error', (err) => out.destroy(err));
  archive.pipe(out);
  void (async () => {
    const seq = new Map<string, number>();
    const links: string[] = [];
    for (const e of items) {
      if (e.kind === 'link') {
        links.push(`${e.code}\t${e.url}${e.letterNumber ? `\t${e.letterNumber}` : ''}`);
        continue;
      }
      const file = e.fileId ? byId.get(e.fileId) : undefined;
      if (!file) continue;
      const n = (seq.get(e.code) ?? 0) + 1;
      seq.set(e.code, n);
      const name = sanitizeFileName(file.originalName);
      archive.append(await deps.storage.get(file.storageKey), { name: path.posix.join(e.code, `${String(n).padStart(2, '0')}-${name}`) });
    }
    if (links.length) archive.append(`Kode\tTautan\tNomor surat\n${links.join('\n')}\n`, { name: 'tautan.txt' });
    await archive.finalize();
  })().catch((err: Error) => out.destroy(err));
  return { stream: out, fileName: `data-dukung-${sanitizeFileName(row.name)}.zip` };
}
