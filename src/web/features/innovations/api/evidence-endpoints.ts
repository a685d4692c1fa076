/**
 * Where one indicator's evidence lives on the server, for an innovation's indicators and the
 * region's alike, and how the record that every change answers with is taken into the cache.
 */
export type EvidenceEndpoints<T> = {
  /** The indicator: a file is posted to `<indicator>/evidence`, a link to `<indicator>/links`. */
  indicator: string;
  /** One piece of evidence: DELETE removes it, `<evidence>/file` downloads its file (the session cookie authorises it). */
  evidence: (evidenceId: string) => string;
  apply: (record: T) => void;
};
