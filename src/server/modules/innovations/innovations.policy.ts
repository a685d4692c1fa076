import { hasAnyRole } from '../../../domain/roles.js';
import { withRole, type Actor } from '../../lib/policy.js';

/** Operators work on their units' innovations; mentors, unit heads read their units'; admins, leadership and the assessment team read all. */
export const canReadInnovations = withRole('admin', 'operator', 'pendamping', 'kepala_unit', 'tim_penilai', 'pimpinan');
export const canWriteInnovations = withRole('admin', 'operator');
export const canImportInnovations = withRole('admin');

/** The unit ids whose innovations an actor may see, or 'all' for the whole region. */
export function visibleInnovationUnits(actor: Actor): 'all' | string[] {
  return hasAnyRole(actor.roles, ['admin', 'pimpinan', 'tim_penilai']) ? 'all' : actor.unitIds;
}

export function mayEditUnit(actor: Actor, unitId: string): boolean {
  return actor.roles.includes('admin') || (actor.roles.includes('operator') && actor.unitIds.includes(unitId));
}

/** The independent team's feasibility verdict and the legal designation are decisions, not reports. */
export const mayDecide = (actor: Actor): boolean => hasAnyRole(actor.roles, ['admin', 'tim_penilai']);
