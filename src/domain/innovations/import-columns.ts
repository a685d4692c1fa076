/**
 * Columns of the innovation import and export, headed as the national profile names its fields.
 * Coded fields take the master-data name (or code); several affairs are separated by ";".
 */
export const innovationColumns = [
  { key: 'name', heading: 'Nama Inovasi', required: true },
  { key: 'unit', heading: 'Perangkat Daerah', required: true },
  { key: 'stage', heading: 'Tahapan' },
  { key: 'initiator', heading: 'Inisiator' },
  { key: 'initiatorName', heading: 'Nama Inisiator' },
  { key: 'kind', heading: 'Jenis Inovasi' },
  { key: 'form', heading: 'Bentuk Inovasi' },
  { key: 'mainAffair', heading: 'Urusan Utama' },
  { key: 'otherAffairs', heading: 'Urusan Beririsan' },
  { key: 'theme', heading: 'Tematik' },
  { key: 'classification', heading: 'Klasifikasi' },
  { key: 'trialStartedOn', heading: 'Tanggal Uji Coba' },
  { key: 'implementedOn', heading: 'Tanggal Penerapan' },
  { key: 'developedOn', heading: 'Tanggal Pengembangan Terakhir' },
  { key: 'design', heading: 'Rancang Bangun' },
  { key: 'goal', heading: 'Tujuan' },
  { key: 'benefits', heading: 'Manfaat' },
  { key: 'results', heading: 'Hasil Inovasi' },
  { key: 'budgetAmount', heading: 'Anggaran (Rp)' },
  { key: 'budgetSource', heading: 'Sumber Anggaran' },
  { key: 'latitude', heading: 'Latitude' },
  { key: 'longitude', heading: 'Longitude' },
  { key: 'videoUrl', heading: 'Tautan Video' },
] as const;
export type InnovationColumn = (typeof innovationColumns)[number]['key'];

/** Dates as people type them in Indonesia: 2024-06-01, 01/06/2024 or 1-6-2024. Null when unreadable. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Rupiah as written: "45.000.000", "Rp 45.000.000,00" or "45000000". Null when not a whole amount. */
export function parseRupiah(text: string): number | null {
  const t = text.replace(/rp\.?/i, '').replace(/\s/g, '').replace(/,00$/, '');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(t)) return null;
  return Number(t.replace(/\./g, ''));
}
