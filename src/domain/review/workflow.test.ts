import { describe, expect, it } from 'vitest';
import {
  actorKinds,
  afterIndicatorChange,
  availableActions,
  decide,
  mentorStats,
  readyChecklist,
  reviewActions,
  reviewStates,
  transitions,
  type ReviewAction,
  type ReviewActorKind,
  type ReviewSnapshot,
  type ReviewState,
} from './workflow.js';

const snap = (...items: Array<[string, 'pending' | 'accepted' | 'returned', boolean?]>): ReviewSnapshot => ({
  indicators: items.map(([code, review, hasEvidence = true]) => ({ code, review, hasEvidence })),
});
const allAccepted = snap(['16', 'accepted'], ['17', 'accepted']);

describe('review transitions', () => {
  it.each<[ReviewState, ReviewAction, ReviewActorKind[], ReviewSnapshot, { note?: string; failingChecklist?: string[] }, ReviewState | string]>([
    ['draf', 'submit', ['operator'], snap(['16', 'pending']), {}, 'diajukan'],
    ['dikembalikan', 'submit', ['operator'], snap(['16', 'pending'], ['17', 'accepted']), {}, 'diajukan'],
    ['draf', 'submit', ['admin'], snap(['16', 'pending']), {}, 'diajukan'],
    ['draf', 'submit', ['mentor'], snap(['16', 'pending']), {}, 'notAllowed'],
    ['draf', 'submit', ['operator'], snap(), {}, 'nothingAnswered'],
    ['draf', 'submit', ['operator'], snap(['16', 'pending', false], ['17', 'pending']), {}, 'withoutEvidence'],
    ['dikembalikan', 'submit', ['operator'], snap(['16', 'returned']), {}, 'stillReturned'],
    ['diajukan', 'submit', ['operator'], snap(['16', 'pending']), {}, 'wrongState'],
    ['diajukan', 'verify', ['mentor'], allAccepted, {}, 'diverifikasi'],
    ['diajukan', 'verify', ['mentor'], snap(['16', 'accepted'], ['17', 'pending']), {}, 'stillPending'],
    ['diajukan', 'verify', ['operator'], allAccepted, {}, 'notAllowed'],
    ['diajukan', 'verify', ['unitHead'], allAccepted, {}, 'notAllowed'],
    ['diajukan', 'return', ['mentor'], snap(['16', 'returned'], ['17', 'accepted']), {}, 'dikembalikan'],
    ['diajukan', 'return', ['admin'], snap(['16', 'returned']), {}, 'dikembalikan'],
    ['diajukan', 'return', ['mentor'], allAccepted, {}, 'noneReturned'],
    ['diverifikasi', 'signOff', ['unitHead'], allAccepted, {}, 'disahkan'],
    ['diverifikasi', 'signOff', ['admin'], allAccepted, {}, 'notAllowed'],
    ['diajukan', 'signOff', ['unitHead'], allAccepted, {}, 'wrongState'],
    ['disahkan', 'markReady', ['admin'], allAccepted, { failingChecklist: [] }, 'siap_dilaporkan'],
    ['disahkan', 'markReady', ['admin'], allAccepted, { failingChecklist: ['linksAlive'] }, 'checklist'],
    ['disahkan', 'markReady', ['unitHead'], allAccepted, {}, 'notAllowed'],
    ['siap_dilaporkan', 'markReported', ['admin'], allAccepted, {}, 'dilaporkan'],
    ['disahkan', 'markReported', ['admin'], allAccepted, {}, 'wrongState'],
    ['disahkan', 'reopen', ['admin'], allAccepted, { note: 'Lampiran SK salah.' }, 'dikembalikan'],
    ['diverifikasi', 'reopen', ['unitHead'], allAccepted, { note: 'Belum saya setujui.' }, 'dikembalikan'],
    ['siap_dilaporkan', 'reopen', ['unitHead'], allAccepted, { note: 'Tarik kembali.' }, 'notAllowed'],
    ['siap_dilaporkan', 'reopen', ['admin'], allAccepted, { note: 'Tautan video mati.' }, 'dikembalikan'],
    ['disahkan', 'reopen', ['admin'], allAccepted, { note: '  ' }, 'noteRequired'],
    ['dilaporkan', 'reopen', ['admin'], allAccepted, { note: 'x' }, 'wrongState'],
    ['draf', 'reopen', ['admin'], allAccepted, { note: 'x' }, 'wrongState'],
  ])('%s + %s by %j → %s', (state, action, kinds, snapshot, extra, expected) => {
    const d = decide(state, action, kinds, snapshot, extra);
    expect(d.ok ? d.to : d.refusal.reason).toBe(expected);
  });

  it('names the indicators that block a submission or a verification', () => {
    expect(decide('draf', 'submit', ['operator'], snap(['16', 'pending', false], ['33', 'pending', false]))).toEqual({ ok: false, refusal: { reason: 'withoutEvidence', codes: ['16', '33'] } });
    expect(decide('diajukan', 'verify', ['mentor'], snap(['16', 'returned'], ['17', 'pending'], ['32', 'accepted']))).toEqual({ ok: false, refusal: { reason: 'stillPending', codes: ['16', '17'] } });
  });

  it('every state is reachable from draf, and dilaporkan is final', () => {
    const reached = new Set<ReviewState>(['draf']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of Object.values(transitions)) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...reviewStates].sort());
    expect(reviewActions.filter((a) => transitions[a].from.includes('dilaporkan'))).toEqual([]);
  });
});

describe('a change by the unit', () => {
  it.each<[ReviewState, ReviewState]>([
    ['diverifikasi', 'diajukan'],
    ['disahkan', 'diajukan'],
    ['siap_dilaporkan', 'diajukan'],
    ['diajukan', 'diajukan'],
    ['dikembalikan', 'dikembalikan'],
    ['draf', 'draf'],
  ])('in %s leaves the innovation %s and the indicator pending', (state, expected) => {
    expect(afterIndicatorChange(state)).toEqual({ indicator: 'pending', state: expected });
  });
});

describe('who acts', () => {
  it.each([
    [['operator'], ['u1'], 'u1', ['operator']],
    [['operator'], ['u1'], 'u2', []],
    [['pendamping', 'kepala_unit'], ['u1'], 'u1', ['mentor', 'unitHead']],
    [['admin', 'pendamping'], ['u2'], 'u1', ['admin']],
    [['pimpinan'], [], 'u1', []],
  ] as const)('%j for units %j on %s → %j', (roles, units, unit, kinds) => {
    expect(actorKinds(roles, units, unit)).toEqual(kinds);
  });

  it('offers only the actions the actor could take in the state', () => {
    expect(availableActions('diajukan', ['mentor'])).toEqual(['return', 'verify']);
    expect(availableActions('disahkan', ['admin'])).toEqual(['markReady', 'reopen']);
    expect(availableActions('diverifikasi', ['unitHead'])).toEqual(['signOff', 'reopen']);
    expect(availableActions('disahkan', ['unitHead'])).toEqual([]);
    expect(availableActions('dilaporkan', ['admin', 'operator'])).toEqual([]);
  });
});

describe('ready checklist', () => {
  it.each([
    [{ eligible: true, mandatoryUnverified: [], designWords: 300, minDesignWords: 300, deadLinks: [] }, []],
    [{ eligible: false, mandatoryUnverified: ['16'], designWords: 299, minDesignWords: 300, deadLinks: ['https://x.id/a'] }, ['eligible', 'mandatoryVerified', 'designLength', 'linksAlive']],
    [{ eligible: true, mandatoryUnverified: [], designWords: 10, minDesignWords: 0, deadLinks: ['https://x.id/a'] }, ['linksAlive']],
  ])('%j fails %j', (input, failing) => {
    expect(readyChecklist(input).failing).toEqual(failing);
  });
});

describe('mentor statistics', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 6, 1, h));
  it('pairs each verdict with the latest submission before it', () => {
    const stats = mentorStats([
      { innovationId: 'a', action: 'verify', actorId: 'm1', at: at(10) },
      { innovationId: 'a', action: 'submit', actorId: 'op', at: at(0) },
      { innovationId: 'b', action: 'submit', actorId: 'op', at: at(1) },
      { innovationId: 'b', action: 'return', actorId: 'm1', at: at(3) },
      { innovationId: 'b', action: 'submit', actorId: 'op', at: at(5) },
      { innovationId: 'b', action: 'verify', actorId: 'm2', at: at(6) },
      { innovationId: 'c', action: 'signOff', actorId: 'head', at: at(7) },
    ]);
    expect(stats).toEqual([
      { actorId: 'm1', reviews: 2, returns: 1, returnRate: 0.5, medianTurnaroundHours: 6 },
      { actorId: 'm2', reviews: 1, returns: 0, returnRate: 0, medianTurnaroundHours: 1 },
    ]);
  });
  it('is empty without verdicts', () => expect(mentorStats([])).toEqual([]));
});
