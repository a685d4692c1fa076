export const roles = [
  'admin',
  'operator',
  'pendamping',
  'kepala_unit',
  'tim_penilai',
  'juri',
  'pimpinan',
  'masyarakat',
] as const;
export type Role = (typeof roles)[number];

/** Roles whose reach is limited to the units assigned to the account. */
export const unitScopedRoles: readonly Role[] = ['operator', 'pendamping', 'kepala_unit'];

export function hasAnyRole(actorRoles: readonly Role[], wanted: readonly Role[]): boolean {
  return actorRoles.some((r) => wanted.includes(r));
}
