import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.js';
import {
  ideaStatuses,
  initiatorOf,
  isPublicIdea,
  mayAssign,
  mayComment,
  mayEditIdea,
  mayMoveIdea,
  mayReadIdea,
  moderate,
  supportRefusal,
  type IdeaStatus,
  type ModerationDecision,
  type ModerationOutcome,
} from './ideas.js';

const author = { userId: 'author', roles: ['masyarakat'] as Role[] };
const other = { userId: 'other', roles: ['masyarakat'] as Role[] };
const admin = { userId: 'admin', roles: ['admin'] as Role[] };
const operator = { userId: 'operator', roles: ['operator'] as Role[] };
const idea = (status: IdeaStatus) => ({ authorId: 'author', status });

describe('the idea status machine', () => {
  const allowed: [IdeaStatus, IdeaStatus][] = [
    ['menunggu', 'terbit'],
    ['menunggu', 'ditolak'],
    ['terbit', 'ditugaskan'],
  ];
  it.each(ideaStatuses.flatMap((from) => ideaStatuses.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(mayMoveIdea(from, to)).toBe(allowed.some(([a, b]) => a === from && b === to));
  });
});

describe('moderation decisions', () => {
  it.each<[string, ModerationDecision, string | null, ModerationOutcome]>([
    ['menunggu', 'publish', null, { kind: 'apply', to: 'terbit' }],
    ['menunggu', 'reject', 'Sudah ada layanan serupa', { kind: 'apply', to: 'ditolak' }],
    ['menunggu', 'reject', null, { kind: 'reasonRequired' }],
    ['menunggu', 'reject', '   ', { kind: 'reasonRequired' }],
    // A double submit of the same decision is recognised as such …
    ['terbit', 'publish', null, { kind: 'same' }],
    ['ditolak', 'reject', 'alasan', { kind: 'same' }],
    // … a different decision on a decided item is refused.
    ['terbit', 'reject', 'alasan', { kind: 'refused' }],
    ['ditolak', 'publish', null, { kind: 'refused' }],
    ['ditugaskan', 'publish', null, { kind: 'refused' }],
    ['ditugaskan', 'reject', 'alasan', { kind: 'refused' }],
  ])('%s + %s (reason %j) → %j', (from, decision, reason, expected) => {
    expect(moderate(from, decision, reason)).toEqual(expected);
  });
});

describe('who may do what', () => {
  it.each<[string, boolean, boolean]>([
    // status, public?, assignable?
    ['menunggu', false, false],
    ['ditolak', false, false],
    ['terbit', true, true],
    ['ditugaskan', true, false],
  ])('an idea in %s: public %s, assignable %s', (status, pub, assignable) => {
    expect(isPublicIdea(status)).toBe(pub);
    expect(mayComment(idea(status as IdeaStatus))).toBe(pub);
    expect(mayAssign(idea(status as IdeaStatus))).toBe(assignable);
  });

  it.each<[string, { userId: string; roles: Role[] } | null, IdeaStatus, boolean]>([
    ['author', author, 'menunggu', true],
    ['author', author, 'ditolak', true],
    ['admin', admin, 'menunggu', true],
    ['admin', admin, 'ditolak', true],
    ['another citizen', other, 'menunggu', false],
    ['another citizen', other, 'ditolak', false],
    ['an operator', operator, 'menunggu', false],
    ['another citizen', other, 'terbit', true],
    ['nobody signed in', null, 'ditugaskan', true],
    ['nobody signed in', null, 'menunggu', false],
  ])('%s reading an idea in %s', (_who, who, status, expected) => {
    expect(mayReadIdea(who, idea(status))).toBe(expected);
  });

  it.each<[string, { userId: string; roles: Role[] }, IdeaStatus, boolean]>([
    ['author', author, 'menunggu', true],
    ['author', author, 'terbit', false],
    ['author', author, 'ditolak', false],
    ['admin', admin, 'menunggu', false],
    ['another citizen', other, 'menunggu', false],
  ])('%s editing an idea in %s', (_who, who, status, expected) => {
    expect(mayEditIdea(who, idea(status))).toBe(expected);
  });

  it.each<[string, { userId: string; roles: Role[] }, IdeaStatus, ReturnType<typeof supportRefusal>]>([
    ['another citizen', other, 'terbit', null],
    ['an admin', admin, 'terbit', null],
    ['the author', author, 'terbit', 'ownIdea'],
    ['another citizen', other, 'menunggu', 'notPublished'],
    ['another citizen', other, 'ditolak', 'notPublished'],
    ['another citizen', other, 'ditugaskan', 'supportClosed'],
    ['the author', author, 'menunggu', 'notPublished'],
  ])('%s supporting an idea in %s', (_who, who, status, expected) => {
    expect(supportRefusal(who, idea(status))).toBe(expected);
  });
});

describe('the initiator of a proposal made from an idea', () => {
  it.each<[Role[], string]>([
    [['masyarakat'], 'masyarakat'],
    [['operator'], 'asn'],
    [['admin', 'masyarakat'], 'asn'],
    [[], 'masyarakat'],
  ])('author roles %j → %s', (roles, expected) => {
    expect(initiatorOf(roles)).toBe(expected);
  });
});
