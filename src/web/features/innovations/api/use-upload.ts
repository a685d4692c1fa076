import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, uploadWithProgress } from '../../../lib/api.js';
import { i18n } from '../../../lib/i18n.js';

type Request = { path: string; body: () => FormData };
export type UploadState = { progress: number; pending: boolean; error: ApiError | null; canRetry: boolean };

/**
 * One upload at a time with its progress (0–100), a cancel and a retry of the same request.
 * A cancelled upload counts as failed, so the person sees it stopped and can send it again.
 */
export function useUpload<T>(onDone: (value: T) => void) {
  const [state, setState] = useState<UploadState>({ progress: 0, pending: false, error: null, canRetry: false });
  const last = useRef<Request | null>(null);
  const controller = useRef<AbortController | null>(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (request: Request) => {
    last.current = request;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ progress: 0, pending: true, error: null, canRetry: false });
    try {
      const value = await uploadWithProgress<T>(request.path, request.body(), (f) => setState((s) => ({ ...s, progress: Math.round(f * 100) })), abort.signal);
      last.current = null;
      setState({ progress: 100, pending: false, error: null, canRetry: false });
      done.current(value);
    } catch (err) {
      if (abort.signal.aborted && controller.current !== abort) return;
      const error =
        err instanceof ApiError ? err : new ApiError(0, 'ABORTED', i18n.t(abort.signal.aborted ? 'ui.innovations.upload.cancelled' : 'ui.errors.network'));
      setState({ progress: 0, pending: false, error, canRetry: true });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  return {
    ...state,
    start: (path: string, body: () => FormData) => void run({ path, body }),
    retry: () => void (last.current && run(last.current)),
    cancel: () => controller.current?.abort(),
    reset: () => {
      last.current = null;
      setState({ progress: 0, pending: false, error: null, canRetry: false });
    },
  };
}
