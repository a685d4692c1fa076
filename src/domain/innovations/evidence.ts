import type { EvidenceKind, EvidenceRequirement } from '../iid/catalogue.js';

/** What an operator may upload as evidence, decided from the file's bytes, and its size class. */
export const evidenceMimes = {
  'application/pdf': 'pdf',
  'image/jpeg': 'image',
  'image/png': 'image',
  'video/mp4': 'video',
} as const satisfies Record<string, EvidenceKind>;
export type EvidenceMime = keyof typeof evidenceMimes;
export const allowedEvidenceMimes = Object.keys(evidenceMimes) as EvidenceMime[];

export function evidenceKindOfMime(mime: string): EvidenceKind | null {
  return (evidenceMimes as Record<string, EvidenceKind>)[mime] ?? null;
}

/** Videos get the large limit; documents and images the small one. */
export const sizeClassOf = (mime: string): 'video' | 'document' => (mime.startsWith('video/') ? 'video' : 'document');

/** Link evidence must be a web address; a video or document site is what people paste. */
export function isEvidenceLink(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

export interface EvidenceItem {
  kind: EvidenceKind;
  status: 'pending' | 'accepted' | 'returned';
}

export interface EvidenceCheck {
  /** At least one item of a kind the chosen option accepts. */
  present: boolean;
  /** At least one such item a mentor accepted (the verified projection). */
  accepted: boolean;
  /** The kinds the option accepts, for the page's "what is needed" line. */
  accepts: readonly EvidenceKind[];
}

export function checkEvidence(requirement: EvidenceRequirement | undefined, items: readonly EvidenceItem[]): EvidenceCheck {
  const accepts = requirement?.kinds ?? [];
  const matching = items.filter((i) => accepts.includes(i.kind));
  return { present: matching.length > 0, accepted: matching.some((i) => i.status === 'accepted'), accepts };
}

/** The letter details of an evidence item as stored: empty strings become null. */
export const letterOf = (input: { letterNumber?: string | null; letterDate?: string | null; letterSubject?: string | null }) => ({
  letterNumber: input.letterNumber || null,
  letterDate: input.letterDate || null,
  letterSubject: input.letterSubject || null,
});
export type LetterFields = ReturnType<typeof letterOf>;
