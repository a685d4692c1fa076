/** Query keys and paths of the entrant's pages: a change to an entry refreshes the list and the entry. */
export const contestEntriesKey = ['contest-entries'] as const;
export const myEntriesKey = [...contestEntriesKey, 'mine'] as const;
export const entryKey = (id: string) => [...contestEntriesKey, 'one', id] as const;

export const entryPath = (id: string) => `/api/contest-entries/${encodeURIComponent(id)}`;
export const entryFileUrl = (entryId: string, fileId: string) => `${entryPath(entryId)}/files/${encodeURIComponent(fileId)}`;
/** The certificate PDF, once results are published (the entrant's own; a plain link downloads it). */
export const certificateUrl = (entryId: string) => `${entryPath(entryId)}/certificate.pdf`;
