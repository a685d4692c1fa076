import { apiUrl } from '../../../lib/api.js';

/** Query keys of the monitoring dashboard; everything under `monitoringKey` is refreshed after duties change. */
export const monitoringKey = ['monitoring'] as const;
/** Without a period the server answers for the current one. */
export const monitoringReportKey = (periodId: string | undefined) => [...monitoringKey, 'report', periodId ?? 'current'] as const;
export const dutiesKey = (periodId: string) => [...monitoringKey, 'duties', periodId] as const;
export const dutiesPath = (periodId: string) => `/api/periods/${periodId}/duties`;

/** The unit table as an Excel file; a plain link, the session cookie authorises it. */
export const monitoringExportUrl = (periodId: string) => apiUrl('/api/monitoring/export.xlsx', { periodId });
