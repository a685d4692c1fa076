/** Query keys of the region aspect (SPD): one entry per period. */
export const regionAspectKey = (periodId: string) => ['region-aspect', periodId] as const;
export const regionAspectPath = (periodId: string) => `/api/periods/${encodeURIComponent(periodId)}/region-aspect`;
export const regionIndicatorPath = (periodId: string, code: string) => `${regionAspectPath(periodId)}/${encodeURIComponent(code)}`;
export const regionEvidencePath = (periodId: string, evidenceId: string) => `${regionAspectPath(periodId)}/evidence/${encodeURIComponent(evidenceId)}`;
