import { useCallback, useEffect, useRef, useState } from 'react';
import type { Innovation, InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api, ApiError } from '../../../lib/api.js';
import { clearDraft, startingState, updateDraftValues, writeDraft } from '../draft-storage.js';
import {
  changedKeys,
  fingerprint,
  fromInnovation,
  rebaseOnto,
  profileKeyOf,
  requestKeyOf,
  sameValue,
  toPatch,
  withFields,
  type Conflict,
  type FieldErrors,
  type ProfileKey,
  type ProfileValues,
} from '../profile-values.js';
import { innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';

const delay = 1500;
// The browser may think it is online while the server is unreachable: try again now and then.
const offlineRetry = 15_000;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };
type Live = { base: Innovation; values: ProfileValues; conflict: Conflict | null };

const isInnovation = (value: unknown): value is Innovation =>
  typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'name' in value;

/**
 * The profile's autosave: every change is kept on the device at once and sent (only the changed
 * fields, with the version last received) once typing pauses. A failed network keeps the draft and
 * retries when the browser is back online. Against a newer stored version, fields changed here that
 * differ from it are never decided silently: the person chooses in the conflict dialog.
 */
export function useProfileAutosave(innovation: Innovation, editable: boolean) {
  const id = innovation.id;
  const apply = useApplyDetail();
  const [start] = useState(() => startingState(innovation, editable));
  const live = useRef<Live & { inFlight: boolean; rejected: Partial<Record<ProfileKey, string>>; timer: number; rebases: number }>({
    ...start,
    inFlight: false,
    rejected: {},
    timer: 0,
    rebases: 0,
  });
  const [values, setValuesState] = useState(start.values);
  const [conflict, setConflictState] = useState(start.conflict);
  const [restored, setRestored] = useState(start.restored);
  const [status, setStatus] = useState<SaveStatus>(start.conflict ? { kind: 'conflict' } : { kind: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});

  /** Updates the live state and the device copy in one step, so closing the tab right after a key press loses nothing. */
  const commit = useCallback(
    (next: Partial<Live>) => {
      const state = Object.assign(live.current, next);
      if ('values' in next) setValuesState(state.values);
      if ('conflict' in next) setConflictState(state.conflict);
      if (!editable) return;
      // During a conflict the draft keeps the version it was made on, so a reload still sees the conflict.
      if (state.conflict) return updateDraftValues(id, state.values);
      const base = fromInnovation(state.base);
      if (changedKeys(state.values, base).length > 0) writeDraft(id, { version: state.base.version, base, values: state.values });
      else clearDraft(id);
    },
    [editable, id],
  );

  const flushRef = useRef<() => Promise<void>>(async () => {});
  const schedule = useCallback((wait = delay) => {
    window.clearTimeout(live.current.timer);
    live.current.timer = window.setTimeout(() => void flushRef.current(), wait);
  }, []);

  flushRef.current = async () => {
    const state = live.current;
    window.clearTimeout(state.timer);
    if (!editable || state.inFlight || state.conflict) return;
    const sent = state.values;
    const keys = changedKeys(sent, fromInnovation(state.base)).filter((k) => state.rejected[k] !== fingerprint(sent[k]));
    const patch = toPatch(sent, keys);
    // A number still being typed ("-", "1,") is not sent, and must not be replaced by the server's value either.
    const sentKeys = keys.filter((k) => requestKeyOf(k) in patch);
    if (sentKeys.length === 0) return;
    if (!navigator.onLine) return setStatus({ kind: 'offline' });
    const sentVersion = state.base.version;
    state.inFlight = true;
    setStatus({ kind: 'saving' });
    let again: number | null = null;
    try {
      const detail = await api<InnovationDetail>(innovationPath(id), { method: 'PATCH', body: { ...patch, version: sentVersion } });
      const server = fromInnovation(detail.innovation);
      // A field sent and not touched since takes the server's form when it really differs (e.g. cleaned-up HTML).
      const adopt = sentKeys.filter((k) => fingerprint(state.values[k]) === fingerprint(sent[k]) && !sameValue(sent[k], server[k]));
      // An answer saved meanwhile may already have brought a newer version: the base never moves back.
      const base = detail.innovation.version >= state.base.version ? detail.innovation : state.base;
      commit({ base, values: withFields(state.values, server, adopt) });
      apply(detail);
      state.rebases = 0;
      for (const k of sentKeys) delete state.rejected[k];
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !sentKeys.includes(k as ProfileKey))));
      setStatus({ kind: 'saved', at: new Date() });
    } catch (err) {
      if (!(err instanceof ApiError)) setStatus({ kind: 'failed', message: String(err) });
      else if (err.code === 'VERSION_CONFLICT') {
        const current = (err.details as { current?: unknown } | undefined)?.current;
        const stored = isInnovation(current) ? current : (await api<InnovationDetail>(innovationPath(id)).catch(() => null))?.innovation;
        // Without a newer stored version, sending again would only meet the same refusal.
        if (!stored || stored.version <= sentVersion || state.rebases >= 3) setStatus({ kind: 'failed', message: err.message });
        else {
          const rebased = rebaseOnto(stored, state.values, fromInnovation(state.base));
          if (rebased.conflict) {
            commit({ conflict: rebased.conflict });
            setStatus({ kind: 'conflict' });
          } else {
            commit({ base: stored, values: rebased.values });
            state.rebases += 1;
            again = 0;
          }
        }
      } else if (err.status === 0) {
        setStatus({ kind: 'offline' });
        again = offlineRetry;
      }
      else {
        const found: FieldErrors = {};
        for (const field of err.fields) {
          const key = profileKeyOf(field.path);
          if (!key || !sentKeys.includes(key)) continue;
          found[key] ??= field.message;
          state.rejected[key] = fingerprint(sent[key]);
        }
        setErrors((e) => ({ ...e, ...found }));
        setStatus({ kind: 'failed', message: err.message });
        // The other changed fields are sent without the refused ones.
        if (Object.keys(found).length > 0) again = 0;
      }
    } finally {
      state.inFlight = false;
      if (again !== null) schedule(again);
      else if (fingerprint(state.values) !== fingerprint(sent)) schedule();
    }
  };

  const setField = useCallback(
    <K extends ProfileKey>(key: K, value: ProfileValues[K]) => {
      commit({ values: { ...live.current.values, [key]: value } });
      setErrors((e) => (key in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));
      schedule();
    },
    [commit, schedule],
  );

  // A newer stored version (another person's save, seen on a refetch) is taken in; differing edits here become a conflict.
  useEffect(() => {
    const state = live.current;
    if (innovation.version <= state.base.version || state.conflict) return;
    const rebased = rebaseOnto(innovation, state.values, fromInnovation(state.base));
    if (rebased.conflict) {
      commit({ conflict: rebased.conflict });
      setStatus({ kind: 'conflict' });
    } else commit({ base: innovation, values: rebased.values });
  }, [innovation, commit]);

  useEffect(() => {
    if (!editable) return;
    const now = () => void flushRef.current();
    const onVisibility = () => document.visibilityState === 'hidden' && now();
    if (start.restored) schedule();
    window.addEventListener('online', now);
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', now);
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the page inside the app: send what is pending (the draft is kept either way).
      now();
    };
  }, [editable, schedule, start.restored]);

  /** Resolves a conflict: `mine` re-sends this device's changes over the stored version, `stored` drops the clashing ones. */
  const resolve = useCallback(
    (choice: 'mine' | 'stored') => {
      const c = live.current.conflict;
      if (!c) return;
      // Edits made after the dialog was set aside count as this device's changes too.
      const mine = live.current.values;
      const changed = [...new Set([...c.changed, ...changedKeys(mine, c.mine)])];
      const keep = choice === 'mine' ? changed : changed.filter((k) => !c.fields.includes(k));
      commit({ conflict: null, base: c.stored, values: withFields(fromInnovation(c.stored), mine, keep) });
      setStatus({ kind: 'idle' });
      schedule(0);
    },
    [commit, schedule],
  );

  return { values, setField, errors, status, conflict, resolve, restored, dismissRestored: () => setRestored(false) };
}
