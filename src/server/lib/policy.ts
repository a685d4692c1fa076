import type { Role } from '../../domain/roles.js';

/** Who is asking. Loaded from the session for every request; null when signed out. */
export type Actor = {
  userId: string;
  regionId: string;
  name: string;
  email: string;
  roles: Role[];
  unitIds: string[];
};

/**
 * A policy answers "may this actor call this endpoint at all". Every route names one in
 * `config.policy`; a route without one is refused at start-up, so access is denied by default.
 * Row-level rules (region, unit) are applied by the services on top.
 */
export type Policy = { name: string; allows: (actor: Actor | null) => boolean };

export const anyone: Policy = { name: 'public', allows: () => true };
export const signedIn: Policy = { name: 'signed-in', allows: (a) => a !== null };
export function withRole(...wanted: Role[]): Policy {
  return { name: `role:${wanted.join('|')}`, allows: (a) => !!a && a.roles.some((r) => wanted.includes(r)) };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
}
