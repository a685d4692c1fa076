/** Query keys of the signed-in person's exports (long jobs that end in a file to download). */
export const exportsKey = ['exports'] as const;
export const exportListKey = [...exportsKey, 'list'] as const;
export const exportKey = (id: string) => [...exportsKey, 'job', id] as const;
export const exportPath = (id: string) => `/api/exports/${encodeURIComponent(id)}`;
/** The finished file; a plain link, the session cookie authorises it. */
export const exportFileUrl = (id: string) => `${exportPath(id)}/file`;
