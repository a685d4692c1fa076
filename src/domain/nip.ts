/**
 * NIP (Nomor Induk Pegawai), 18 digits: birth date YYYYMMDD, appointment YYYYMM,
 * gender (1 male, 2 female), sequence 001–999.
 */
export type NipProblem = 'length' | 'digits' | 'birthDate' | 'appointment' | 'gender' | 'sequence';

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function nipProblem(nip: string): NipProblem | null {
  if (!/^\d*$/.test(nip)) return 'digits';
  if (nip.length !== 18) return 'length';
  const birthYear = Number(nip.slice(0, 4));
  if (birthYear < 1900 || !isRealDate(birthYear, Number(nip.slice(4, 6)), Number(nip.slice(6, 8)))) return 'birthDate';
  const appointedYear = Number(nip.slice(8, 12));
  const appointedMonth = Number(nip.slice(12, 14));
  // A civil servant is appointed at 18 at the earliest.
  if (appointedMonth < 1 || appointedMonth > 12 || appointedYear < birthYear + 18) return 'appointment';
  if (nip[14] !== '1' && nip[14] !== '2') return 'gender';
  if (nip.slice(15) === '000') return 'sequence';
  return null;
}
