import { withRole } from '../../lib/policy.js';

/** Every staff role reads the method: operators need the indicators and thresholds to fill answers. */
export const canReadPeriods = withRole('admin', 'operator', 'pendamping', 'kepala_unit', 'pimpinan', 'tim_penilai');
/** Admins, mentors, leadership and the independent assessors run the simulator; only admins edit. */
export const canSimulate = withRole('admin', 'pendamping', 'pimpinan', 'tim_penilai');
export const canManagePeriods = withRole('admin');
