/** Query keys and paths of the contest admin pages. Every key starts with `contestsKey`, so one invalidation refreshes them all. */
export const contestsKey = ['contests'] as const;
export const contestListKey = [...contestsKey, 'list'] as const;
export const contestKey = (id: string) => [...contestsKey, 'contest', id] as const;
export const contestEntriesKey = (id: string) => [...contestsKey, 'entries', id] as const;
export const entryKey = (entryId: string) => [...contestsKey, 'entry', entryId] as const;
export const panelKey = (id: string, roundId: string) => [...contestsKey, 'panel', id, roundId] as const;
export const resultsKey = (id: string) => [...contestsKey, 'results', id] as const;
export const scoreAuditKey = (id: string) => [...contestsKey, 'score-audit', id] as const;

const enc = encodeURIComponent;
export const contestsPath = '/api/contests';
export const contestPath = (id: string) => `${contestsPath}/${enc(id)}`;
export const entryPath = (entryId: string) => `/api/contest-entries/${enc(entryId)}`;
export const entryFileUrl = (entryId: string, fileId: string) => `${entryPath(entryId)}/files/${enc(fileId)}`;
export const certificateUrl = (entryId: string) => `${entryPath(entryId)}/certificate.pdf`;
export const panelPath = (id: string, roundId: string) => `${contestPath(id)}/rounds/${enc(roundId)}/panel`;
export const scoresXlsxUrl = (id: string) => `${contestPath(id)}/scores.xlsx`;
