/** Returns the URLs that did not answer with a success status. */
export type LinkChecker = (urls: readonly string[]) => Promise<string[]>;

const TIMEOUT_MS = 5_000;
const PARALLEL = 4;

async function alive(url: string): Promise<boolean> {
  const attempt = async (method: 'HEAD' | 'GET') => {
    const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.body?.cancel();
    return res.status;
  };
  try {
    const status = await attempt('HEAD');
    // Some video and document sites refuse HEAD; a GET tells whether the page is really there.
    if (status === 405 || status === 403 || status === 501) return (await attempt('GET')) < 400;
    return status < 400;
  } catch {
    return false;
  }
}

/**
 * The "links alive" item of the ready checklist. Only an admin's checklist calls it, a few links
 * at a time with a short timeout, and it tells no more than dead-or-alive (no response content),
 * so it cannot be used to read internal pages.
 */
export const checkLinks: LinkChecker = async (urls) => {
  const unique = [...new Set(urls)];
  const dead: string[] = [];
  for (let i = 0; i < unique.length; i += PARALLEL) {
    const batch = unique.slice(i, i + PARALLEL);
    const results = await Promise.all(batch.map(alive));
    batch.forEach((u, j) => !results[j] && dead.push(u));
  }
  return dead;
};
