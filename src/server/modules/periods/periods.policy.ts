import { withRole } from '../../lib/policy.js';

/** Admins, mentors, leadership and the independent assessors read periods and run the simulator; only admins edit. */
export const canReadPeriods = withRole('admin', 'pendamping', 'pimpinan', 'tim_penilai');
export const canManagePeriods = withRole('admin');
