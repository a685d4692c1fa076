import type { Role } from '../roles.js';

/**
 * The local quality gate in front of the national report (domain §6.9): the operator submits,
 * the unit's mentor reviews each indicator's evidence, the unit head signs off, the admin checks
 * the innovation is ready and records that it was reported. The national platform itself goes
 * from draft straight to "sent"; this is what regions that win the award put before it.
 */
export const reviewStates = ['draf', 'diajukan', 'dikembalikan', 'diverifikasi', 'disahkan', 'siap_dilaporkan', 'dilaporkan'] as const;
export type ReviewState = (typeof reviewStates)[number];

export const reviewActions = ['submit', 'return', 'verify', 'signOff', 'markReady', 'markReported', 'reopen'] as const;
export type ReviewAction = (typeof reviewActions)[number];

/** The review of one indicator's evidence by the mentor. */
export const indicatorReviewStates = ['pending', 'accepted', 'returned'] as const;
export type IndicatorReviewState = (typeof indicatorReviewStates)[number];

/** Who acts on the innovation: `mentor` and `unitHead` only for the units assigned to them. */
export type ReviewActorKind = 'operator' | 'mentor' | 'unitHead' | 'admin';

interface Transition {
  from: readonly ReviewState[];
  to: ReviewState;
  by: readonly ReviewActorKind[];
}

export const transitions: Record<ReviewAction, Transition> = {
  submit: { from: ['draf', 'dikembalikan'], to: 'diajukan', by: ['operator', 'admin'] },
  return: { from: ['diajukan'], to: 'dikembalikan', by: ['mentor', 'admin'] },
  verify: { from: ['diajukan'], to: 'diverifikasi', by: ['mentor', 'admin'] },
  signOff: { from: ['diverifikasi'], to: 'disahkan', by: ['unitHead'] },
  markReady: { from: ['disahkan'], to: 'siap_dilaporkan', by: ['admin'] },
  markReported: { from: ['siap_dilaporkan'], to: 'dilaporkan', by: ['admin'] },
  // The admin sends an innovation back to its unit from any later state, with a note (e.g. the
  // unit head refuses to sign, or a checklist item turns out wrong after sign-off).
  reopen: { from: ['diverifikasi', 'disahkan', 'siap_dilaporkan'], to: 'dikembalikan', by: ['admin', 'unitHead'] },
};

/** What the innovation's indicators look like to the workflow. */
export interface ReviewSnapshot {
  /** Indicator codes the unit answered, with their review state. */
  indicators: ReadonlyArray<{ code: string; review: IndicatorReviewState; hasEvidence: boolean }>;
}

export type ReviewRefusal =
  | { reason: 'wrongState'; state: ReviewState; action: ReviewAction }
  | { reason: 'notAllowed'; action: ReviewAction }
  | { reason: 'nothingAnswered' }
  | { reason: 'withoutEvidence'; codes: string[] }
  | { reason: 'stillReturned'; codes: string[] }
  | { reason: 'stillPending'; codes: string[] }
  | { reason: 'noneReturned' }
  | { reason: 'noteRequired' }
  | { reason: 'checklist'; failing: string[] };

export type ReviewDecision = { ok: true; to: ReviewState } | { ok: false; refusal: ReviewRefusal };

const codesWhere = (s: ReviewSnapshot, pred: (i: ReviewSnapshot['indicators'][number]) => boolean) => s.indicators.filter(pred).map((i) => i.code);

/**
 * Whether `action` may move an innovation out of `state`, and where to. `kinds` are the ways the
 * actor relates to this innovation (an admin who is also its unit's mentor has both). Guards:
 * - submit: something answered, every answer has evidence, nothing still returned unchanged;
 * - return: at least one indicator returned, with the mentor's note on it;
 * - verify: every answered indicator accepted;
 * - reopen: a note is required so the unit knows why;
 * - markReady: the ready checklist has no failing item.
 */
export function decide(
  state: ReviewState,
  action: ReviewAction,
  kinds: readonly ReviewActorKind[],
  snapshot: ReviewSnapshot,
  extra: { note?: string | null; failingChecklist?: readonly string[] } = {},
): ReviewDecision {
  const t = transitions[action];
  if (!t.by.some((k) => kinds.includes(k))) return { ok: false, refusal: { reason: 'notAllowed', action } };
  if (!t.from.includes(state)) return { ok: false, refusal: { reason: 'wrongState', state, action } };
  const refuse = (refusal: ReviewRefusal): ReviewDecision => ({ ok: false, refusal });
  switch (action) {
    case 'submit': {
      if (snapshot.indicators.length === 0) return refuse({ reason: 'nothingAnswered' });
      const bare = codesWhere(snapshot, (i) => !i.hasEvidence);
      if (bare.length) return refuse({ reason: 'withoutEvidence', codes: bare });
      const returned = codesWhere(snapshot, (i) => i.review === 'returned');
      if (returned.length) return refuse({ reason: 'stillReturned', codes: returned });
      break;
    }
    case 'return':
      if (!snapshot.indicators.some((i) => i.review === 'returned')) return refuse({ reason: 'noneReturned' });
      break;
    case 'verify': {
      const open = codesWhere(snapshot, (i) => i.review !== 'accepted');
      if (open.length) return refuse({ reason: 'stillPending', codes: open });
      break;
    }
    case 'reopen':
      // The unit head may refuse to sign (reopen a verified innovation); later states are the admin's.
      if (!kinds.includes('admin') && state !== 'diverifikasi') return refuse({ reason: 'notAllowed', action });
      if (!extra.note?.trim()) return refuse({ reason: 'noteRequired' });
      break;
    case 'markReady':
      if (extra.failingChecklist?.length) return refuse({ reason: 'checklist', failing: [...extra.failingChecklist] });
      break;
  }
  return { ok: true, to: t.to };
}

/** States past the mentor's verification: what was verified must not change unseen. */
const reviewedStates: readonly ReviewState[] = ['diverifikasi', 'disahkan', 'siap_dilaporkan'];

/**
 * The unit changed an indicator's answer or evidence (added, removed, or answered anew). The
 * indicator goes back to `pending` (the mentor must look again), and an innovation past
 * verification returns to `diajukan`, whatever the indicator's verdict was: a new answer nobody
 * reviewed must not ride on an earlier sign-off. A reported innovation is frozen: the caller
 * refuses the change.
 */
export function afterIndicatorChange(state: ReviewState): { indicator: IndicatorReviewState; state: ReviewState } {
  return { indicator: 'pending', state: reviewedStates.includes(state) ? 'diajukan' : state };
}

/** The unit may no longer change a reported innovation: that version went to the national platform. */
export const frozenStates: readonly ReviewState[] = ['dilaporkan'];

/** How the actor relates to an innovation of `unitId`: derived from roles and assigned units. */
export function actorKinds(roles: readonly Role[], unitIds: readonly string[], unitId: string): ReviewActorKind[] {
  const kinds: ReviewActorKind[] = [];
  if (roles.includes('admin')) kinds.push('admin');
  const own = unitIds.includes(unitId);
  if (own && roles.includes('operator')) kinds.push('operator');
  if (own && roles.includes('pendamping')) kinds.push('mentor');
  if (own && roles.includes('kepala_unit')) kinds.push('unitHead');
  return kinds;
}

/** The actions an actor could take now (before the guards), for the buttons the page shows. */
export function availableActions(state: ReviewState, kinds: readonly ReviewActorKind[]): ReviewAction[] {
  return reviewActions.filter(
    (a) => transitions[a].from.includes(state) && transitions[a].by.some((k) => kinds.includes(k)) && !(a === 'reopen' && !kinds.includes('admin') && state !== 'diverifikasi'),
  );
}

/** Who must act next in a state: the audience of the notification sent on entering it. */
export const nextActor: Record<ReviewState, ReviewActorKind | null> = {
  draf: 'operator',
  diajukan: 'mentor',
  dikembalikan: 'operator',
  diverifikasi: 'unitHead',
  disahkan: 'admin',
  siap_dilaporkan: 'admin',
  dilaporkan: 'operator',
};

// ---------------------------------------------------------------- ready checklist

export const checklistItems = ['eligible', 'mandatoryVerified', 'designLength', 'linksAlive'] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export interface ChecklistInput {
  /** Eligibility from the IID engine (verified projection). */
  eligible: boolean;
  /** Mandatory innovation indicators without an accepted answer. */
  mandatoryUnverified: readonly string[];
  designWords: number;
  minDesignWords: number;
  /** Link evidence that did not answer with a success status. */
  deadLinks: readonly string[];
}

export interface ChecklistResult {
  items: Array<{ item: ChecklistItem; ok: boolean; detail?: string }>;
  failing: ChecklistItem[];
}

export function readyChecklist(input: ChecklistInput): ChecklistResult {
  const items: ChecklistResult['items'] = [
    { item: 'eligible', ok: input.eligible },
    { item: 'mandatoryVerified', ok: input.mandatoryUnverified.length === 0, ...(input.mandatoryUnverified.length && { detail: input.mandatoryUnverified.join(', ') }) },
    { item: 'designLength', ok: input.designWords >= input.minDesignWords, detail: `${input.designWords}/${input.minDesignWords}` },
    { item: 'linksAlive', ok: input.deadLinks.length === 0, ...(input.deadLinks.length && { detail: input.deadLinks.join(', ') }) },
  ];
  return { items, failing: items.filter((i) => !i.ok).map((i) => i.item) };
}

// ---------------------------------------------------------------- mentor statistics

export interface ReviewEvent {
  innovationId: string;
  action: ReviewAction;
  actorId: string;
  at: Date;
}

export interface MentorStats {
  actorId: string;
  reviews: number;
  returns: number;
  /** returns / reviews, 0..1. */
  returnRate: number;
  /** Median hours from a submission to this mentor's verdict on it. */
  medianTurnaroundHours: number | null;
}

/**
 * Turnaround and return rate per reviewer: each `return` or `verify` is paired with the latest
 * `submit` of the same innovation before it. Events may come in any order.
 */
export function mentorStats(events: readonly ReviewEvent[]): MentorStats[] {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastSubmit = new Map<string, Date>();
  const per = new Map<string, { reviews: number; returns: number; hours: number[] }>();
  for (const e of sorted) {
    if (e.action === 'submit') {
      lastSubmit.set(e.innovationId, e.at);
      continue;
    }
    if (e.action !== 'return' && e.action !== 'verify') continue;
    const s = per.get(e.actorId) ?? { reviews: 0, returns: 0, hours: [] };
    s.reviews += 1;
    if (e.action === 'return') s.returns += 1;
    const submitted = lastSubmit.get(e.innovationId);
    if (submitted) s.hours.push((e.at.getTime() - submitted.getTime()) / 3_600_000);
    per.set(e.actorId, s);
  }
  return [...per.entries()].map(([actorId, s]) => ({
    actorId,
    reviews: s.reviews,
    returns: s.returns,
    returnRate: s.reviews ? s.returns / s.reviews : 0,
    medianTurnaroundHours: median(s.hours),
  }));
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
