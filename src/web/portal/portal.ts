// The public portal's progressive enhancement. Pages are complete HTML without it; this small
// script (a second Vite entry, kept free of React and Mantine) only adds live behaviour, through
// data attributes (ADR 013):
//   <form data-autosubmit>                          submits when a select or checkbox changes
//   <time data-countdown="ISO">                     counts down every second ("3 hari 04:12:09 lagi")
//   <button hidden data-portal-action="POST /api/…" data-body='{…}' data-done="…">
//   <form data-portal-form="POST /api/…" data-success="…">
import { countdownText } from '../../domain/portal/countdown.js';
import './portal.css';

const lang = () => document.documentElement.lang || 'id';
const here = () => location.pathname + location.search;

// ---- Filter forms that submit themselves --------------------------------------------------------

function autosubmit(form: HTMLFormElement) {
  form.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement;
    if (el.tagName === 'SELECT' || el.type === 'checkbox' || el.type === 'radio') form.requestSubmit();
  });
}

// ---- Countdowns ---------------------------------------------------------------------------------

function tick(times: HTMLTimeElement[]) {
  const now = Date.now();
  for (const el of times) {
    const text = countdownText(el.dataset.countdown ?? '', now, lang(), el.dataset.countdownDone);
    if (text !== null && el.textContent !== text) el.textContent = text;
  }
}

// ---- Calls to the API ---------------------------------------------------------------------------

type ApiFailure = { status: number; message: string; fields: { path: string; message: string }[] };

let token: Promise<string> | null = null;
function csrf(): Promise<string> {
  token ??= fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((r) => r.json() as Promise<{ token: string }>)
    .then((r) => r.token)
    .catch((err: unknown) => {
      token = null;
      throw err;
    });
  return token;
}

/** Sends `body` as JSON with the CSRF token (renewed once if stale); 401 goes to the sign-in page. */
async function call(spec: string, body: unknown, retried = false): Promise<unknown> {
  const [method = 'POST', url = ''] = spec.trim().split(/\s+/);
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': lang(), 'x-csrf-token': await csrf() },
    body: JSON.stringify(body ?? {}),
  });
  if (res.status === 401) {
    location.assign(`/masuk?kembali=${encodeURIComponent(here())}`);
    return new Promise(() => {}); // leaving the page
  }
  const json = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: ApiFailure['fields'] } } | null;
  if (res.status === 403 && json?.error?.code === 'CSRF_INVALID' && !retried) {
    token = null;
    return call(spec, body, true);
  }
  if (!res.ok) throw { status: res.status, message: json?.error?.message ?? `HTTP ${res.status}`, fields: json?.error?.fields ?? [] } satisfies ApiFailure;
  return json;
}

const failure = (err: unknown): ApiFailure =>
  typeof err === 'object' && err && 'message' in err ? (err as ApiFailure) : { status: 0, message: lang().startsWith('en') ? 'No connection. Try again.' : 'Tidak tersambung. Coba lagi.', fields: [] };

/** The live region after `anchor` (made on first use), where results and errors are read out. */
function statusAfter(anchor: Element, role: 'status' | 'alert'): HTMLElement {
  const next = anchor.nextElementSibling;
  if (next instanceof HTMLElement && next.dataset.portalStatus !== undefined) {
    next.setAttribute('role', role);
    return next;
  }
  const el = document.createElement('p');
  el.dataset.portalStatus = '';
  el.className = 'portal-status';
  el.setAttribute('role', role);
  anchor.after(el);
  return el;
}

function action(button: HTMLButtonElement) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await call(button.dataset.portalAction ?? '', button.dataset.body ? JSON.parse(button.dataset.body) : {});
      if (button.dataset.done) button.textContent = button.dataset.done;
      else return location.reload();
    } catch (err) {
      button.disabled = false;
      const s = statusAfter(button, 'alert');
      s.textContent = failure(err).message;
      s.className = 'portal-status notice error';
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}

/** The form's fields as JSON: empty fields are left out, checkboxes are booleans, repeated names arrays. */
function fieldsOf(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    if (!el.name || el.disabled || el.type === 'submit' || el.type === 'button') continue;
    let value: unknown;
    if (el.type === 'checkbox') value = el.checked;
    else if (el.type === 'radio') {
      if (!el.checked) continue;
      value = el.value;
    } else if (el.type === 'number') value = el.value === '' ? undefined : Number(el.value);
    else value = el.value.trim() === '' ? undefined : el.value;
    if (value === undefined) continue;
    if (el.name in out && el.type !== 'checkbox') out[el.name] = ([] as unknown[]).concat(out[el.name], value);
    else out[el.name] = value;
  }
  return out;
}

function clearFieldErrors(form: HTMLFormElement) {
  for (const el of Array.from(form.querySelectorAll('[data-field-error]'))) el.remove();
  for (const el of Array.from(form.querySelectorAll('[aria-invalid]'))) el.removeAttribute('aria-invalid');
}

function portalForm(form: HTMLFormElement) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit], button:not([type])');
    if (submit) submit.disabled = true;
    clearFieldErrors(form);
    const status = form.querySelector<HTMLElement>('[role=status]') ?? form.appendChild(Object.assign(document.createElement('p'), { className: 'portal-status' }));
    status.setAttribute('role', 'status');
    status.textContent = '';
    try {
      await call(form.dataset.portalForm ?? '', fieldsOf(form));
      form.reset();
      status.className = 'portal-status notice success';
      status.textContent = form.dataset.success ?? '✓';
    } catch (err) {
      const f = failure(err);
      status.className = 'portal-status notice error';
      status.textContent = f.message;
      for (const field of f.fields) {
        const input = form.elements.namedItem(field.path.split('.')[0] ?? '');
        if (!(input instanceof HTMLElement)) continue;
        const msg = document.createElement('span');
        msg.dataset.fieldError = '';
        msg.className = 'field-error';
        msg.id = `${input.id || field.path}-galat`;
        msg.textContent = field.message;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', msg.id);
        input.after(msg);
      }
    } finally {
      if (submit) submit.disabled = false;
    }
  });
}

// ---- Start --------------------------------------------------------------------------------------

function start() {
  document.querySelectorAll<HTMLFormElement>('form[data-autosubmit]').forEach(autosubmit);
  document.querySelectorAll<HTMLButtonElement>('button[data-portal-action]').forEach(action);
  document.querySelectorAll<HTMLFormElement>('form[data-portal-form]').forEach(portalForm);
  const times = Array.from(document.querySelectorAll<HTMLTimeElement>('time[data-countdown]'));
  if (times.length) {
    tick(times);
    setInterval(() => tick(times), 1000);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
