/** Query keys of the registry: lists, one innovation's detail, and its history. */
export const innovationsKey = ['innovations'] as const;
export const innovationListKey = [...innovationsKey, 'list'] as const;
export const innovationKey = (id: string) => [...innovationsKey, 'detail', id] as const;
export const innovationHistoryKey = (id: string) => [...innovationsKey, 'history', id] as const;
export const innovationPath = (id: string) => `/api/innovations/${encodeURIComponent(id)}`;
export const innovationIndicatorPath = (id: string, code: string) => `${innovationPath(id)}/indicators/${encodeURIComponent(code)}`;
export const innovationEvidencePath = (id: string, evidenceId: string) => `${innovationPath(id)}/evidence/${evidenceId}`;
