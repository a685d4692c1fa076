/**
 * Whether making `parent` the parent of `child` closes a loop in the unit tree (A under B under A).
 * `parentOf` maps each unit to its current parent; the walk stops at a root or a unit seen before.
 */
export function createsCycle(parentOf: ReadonlyMap<string, string | null | undefined>, child: string, parent: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = parent; at; at = parentOf.get(at)) {
    if (at === child) return true;
    if (seen.has(at)) return false; // an older loop elsewhere; not this change's doing
    seen.add(at);
  }
  return false;
}
