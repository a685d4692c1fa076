import { Readable } from 'node:stream';
import { and, asc, count, eq, gt } from 'drizzle-orm';
import { csvHeader, csvRow, jsonRow, openDataColumns, openDataLicence, utf8Bom, type OpenDataRow } from '../../../domain/portal/open-data-columns.js';
import { maskPersonalData } from '../../../domain/portal/personal-data.js';
import { absoluteUrl } from '../../../domain/portal/sitemap.js';
import type { TFunction } from 'i18next';
import type { Db } from '../../db/client.js';
import { innovations, periods, regions, units } from '../../db/schema.js';
import { portalRegion } from '../portal/portal-region.js';
import { catalogueLabels, isPublished, label } from './catalogue.query.js';

/*
 * Open data (issue 6): every published innovation of the installation as CSV and JSON, with the
 * columns of `domain/portal/open-data-columns.ts`. The files are streamed in pages of a few
 * hundred rows read by keyset (id order), so 40,000 innovations never sit in memory at once.
 * Only public columns are selected; every free text leaves through `maskPersonalData`.
 */

const pageSize = 500;

/** Who the licence credits: the body of the region the portal speaks for. */
export async function openDataAttribution(db: Db): Promise<string> {
  const region = await portalRegion(db);
  return region ? `${region.bodyName}, ${region.name}` : 'Lumbung';
}

export async function publishedCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(innovations).where(isPublished);
  return Number(row?.n ?? 0);
}

const text = (value: string | null) => {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? maskPersonalData(v) : null;
};
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The published innovations as open-data rows, one page of rows at a time. */
export async function* openDataPages(db: Db, publicUrl: string): AsyncGenerator<OpenDataRow[]> {
  const labels = await catalogueLabels(db);
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({
        id: innovations.id,
        slug: innovations.slug,
        name: innovations.name,
        region: regions.name,
        regionCode: regions.code,
        unit: units.name,
        year: periods.year,
        stage: innovations.stage,
        mainAffair: innovations.mainAffair,
        otherAffairs: innovations.otherAffairs,
        form: innovations.form,
        kind: innovations.kind,
        goal: innovations.goal,
        benefits: innovations.benefits,
        results: innovations.results,
        design: innovations.designText,
        videoUrl: innovations.videoUrl,
        latitude: innovations.latitude,
        longitude: innovations.longitude,
        trialStartedOn: innovations.trialStartedOn,
        implementedOn: innovations.implementedOn,
        publishedAt: innovations.publishedAt,
        updatedAt: innovations.updatedAt,
      })
      .from(innovations)
      .innerJoin(units, eq(units.id, innovations.unitId))
      .innerJoin(regions, eq(regions.id, innovations.regionId))
      .innerJoin(periods, eq(periods.id, innovations.periodId))
      .where(and(isPublished, after ? gt(innovations.id, after) : undefined))
      .orderBy(asc(innovations.id))
      .limit(pageSize);
    if (!rows.length) return;
    after = rows.at(-1)!.id;
    yield rows.map((r) => {
      const slug = r.slug ?? r.id;
      return {
        slug,
        url: absoluteUrl(publicUrl, `/inovasi/${slug}`),
        name: maskPersonalData(r.name),
        region: r.region,
        regionCode: r.regionCode,
        unit: maskPersonalData(r.unit),
        year: r.year,
        stage: r.stage,
        stageName: label(labels.stage, r.stage),
        mainAffair: r.mainAffair,
        mainAffairName: label(labels.affair, r.mainAffair),
        otherAffairs: r.otherAffairs.filter((a) => a !== r.mainAffair),
        form: r.form,
        formName: label(labels.form, r.form),
        kind: r.kind,
        kindName: label(labels.kind, r.kind),
        goal: text(r.goal),
        benefits: text(r.benefits),
        results: text(r.results),
        design: text(r.design),
        // Only web addresses: a stored "javascript:" or a file path is not a link anyone should follow.
        videoUrl: r.videoUrl && /^https?:\/\//i.test(r.videoUrl.trim()) ? maskPersonalData(r.videoUrl.trim()) : null,
        latitude: r.latitude,
        longitude: r.longitude,
        trialStartedOn: r.trialStartedOn,
        implementedOn: r.implementedOn,
        publishedAt: iso(r.publishedAt),
        updatedAt: iso(r.updatedAt),
      } satisfies OpenDataRow;
    });
    if (rows.length < pageSize) return;
  }
}

/** The CSV file: BOM (for Excel), header, one record per published innovation. */
export function openDataCsv(db: Db, publicUrl: string): Readable {
  return Readable.from(
    (async function* () {
      yield utf8Bom + csvHeader();
      for await (const page of openDataPages(db, publicUrl)) yield page.map(csvRow).join('');
    })(),
    { objectMode: false },
  );
}

/** The column definitions as the JSON file and the /data page state them. */
export function openDataColumnDocs(t: TFunction) {
  return openDataColumns.map((c) => ({ name: c.key, type: c.type, meaning: t(`portal.openData.columns.${c.key}`), example: c.example }));
}

/** The JSON file: `{ licence, generatedAt, columns, items: [...] }`, written item by item. */
export function openDataJson(db: Db, publicUrl: string, t: TFunction, attribution: string): Readable {
  const head = {
    licence: { name: openDataLicence.name, url: openDataLicence.url, attribution },
    generatedAt: new Date().toISOString(),
    columns: openDataColumnDocs(t),
  };
  return Readable.from(
    (async function* () {
      yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
      let first = true;
      for await (const page of openDataPages(db, publicUrl)) {
        const chunk = page.map((row) => JSON.stringify(jsonRow(row))).join(',');
        yield first ? chunk : `,${chunk}`;
        first = false;
      }
      yield ']}\n';
    })(),
    { objectMode: false },
  );
}
