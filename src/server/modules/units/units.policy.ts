import { hasAnyRole, unitScopedRoles } from '../../../domain/roles.js';
import { withRole, type Actor } from '../../lib/policy.js';

/** Admins and leadership see every unit of their region; unit-scoped roles see their own units. */
export const canListUnits = withRole('admin', 'pimpinan', ...unitScopedRoles);
export const canManageUnits = withRole('admin');

/** The unit ids an actor may see, or 'all' for the whole region. */
export function visibleUnits(actor: Actor): 'all' | string[] {
  return hasAnyRole(actor.roles, ['admin', 'pimpinan']) ? 'all' : actor.unitIds;
}
