import type { Client, TestApp } from './harness.js';
import { announcementScoping } from './scoping/announcements.js';
import { catalogueScoping } from './scoping/catalogue.js';
import { contestScoping } from './scoping/contests.js';
import { judgingScoping } from './scoping/judging.js';
import { citizenScoping } from './scoping/citizens.js';
import { ideaScoping } from './scoping/ideas.js';
import { labScoping } from './scoping/lab.js';
import { publicApiScoping } from './scoping/public-api.js';

/* Types of the access matrix (scoping.test.ts) and the parts later features add to it. */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type BaseIds = {
  regionA: string;
  periodA: string;
  indicatorA: string;
  unitA1: string;
  unitA2: string;
  userA: string;
  operatorAEmail: string;
  innovationA: string;
  evidenceA: string;
  fileA: string;
  masterItemA: string;
  exportA: string;
  regionEvidenceA: string;
  currentPeriodA: string;
};
export type Call = { method: Method; url: string; body?: unknown; upload?: { content: Buffer; fileName: string } };
export type Row = {
  /** Anyone may call it, signed in or not. */
  public?: true;
  /** The request carries an id of region A: a region-B caller must never get 2xx. */
  foreign?: true;
  /** Public by design although it serves region A's data (the logo on the sign-in page). */
  publicData?: true;
  /** Ends the caller's session: run it on a throwaway client. */
  endsSession?: true;
  /** What region B's admin must get, when more precise than "not 2xx". */
  adminB?: number;
  call: (ids: Ids) => Call;
};

/** The base ids plus those a part's seed adds (named by the part, e.g. `ideaA`). */
export type Ids = BaseIds & Record<string, string>;

export type ScopingContext = {
  t: TestApp;
  regionA: string;
  unitA1: string;
  unitA2: string;
  /** Signed-in clients of region A. */
  adminA: Client;
  operatorA: Client;
  ids: Ids;
};

/**
 * A feature's share of the matrix: `seed` makes region A's data its rows need (returning their ids
 * and the texts that must never leak to region B), `rows` covers each of its routes.
 */
export type ScopingPart = {
  seed: (ctx: ScopingContext) => Promise<{ ids: Record<string, string>; markers?: string[] }>;
  rows: Record<string, Row>;
};

export const scopingParts: ScopingPart[] = [catalogueScoping, citizenScoping, ideaScoping, labScoping, announcementScoping, publicApiScoping, contestScoping, judgingScoping];
