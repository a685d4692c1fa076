import dns from 'node:dns/promises';
import net from 'node:net';

/** Returns the URLs that did not answer with a success status. */
export type LinkChecker = (urls: readonly string[]) => Promise<string[]>;

const TIMEOUT_MS = 5_000;
const PARALLEL = 4;
const MAX_LINKS = 30;
const MAX_REDIRECTS = 3;

/** Addresses an operator's link must never make the server reach: loopback, private, link-local, CGNAT, multicast. */
const privateRanges = new net.BlockList();
for (const [net4, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
] as const)
  privateRanges.addSubnet(net4, prefix, 'ipv4');
for (const [net6, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  privateRanges.addSubnet(net6, prefix, 'ipv6');

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return privateRanges.check(mapped, 'ipv4');
  return privateRanges.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** Only http(s) on the usual ports, to hosts that resolve to public addresses (unless allowed). */
async function allowed(url: URL, allowPrivate: boolean): Promise<boolean> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowPrivate) return true;
  if (url.port && url.port !== '80' && url.port !== '443') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [host] : (await dns.lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  return addresses.length > 0 && !addresses.some(isPrivate);
}

async function alive(start: string, allowPrivate: boolean): Promise<boolean> {
  const attempt = async (url: URL, method: 'HEAD' | 'GET') => {
    const res = await fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.body?.cancel();
    return res;
  };
  try {
    let url = new URL(start);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      // Every hop is checked again: a public page must not redirect the server into the intranet.
      if (!(await allowed(url, allowPrivate))) return false;
      let res = await attempt(url, 'HEAD');
      // Some video and document sites refuse HEAD; a GET tells whether the page is really there.
      if (res.status === 405 || res.status === 403 || res.status === 501) res = await attempt(url, 'GET');
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url);
        continue;
      }
      return res.status < 400;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * The "links alive" item of the ready checklist, run only for the admin about to mark an
 * innovation ready: a few links at a time with a short timeout, dead-or-alive only (no content is
 * read), and never towards private, loopback or link-local addresses or unusual ports, so an
 * operator's link cannot make the server probe the intranet. More than 30 links count the rest
 * as unchecked (dead), which the admin sees.
 */
export function createLinkChecker(opts: { allowPrivate: boolean }): LinkChecker {
  return async (urls) => {
    const unique = [...new Set(urls)];
    const dead: string[] = unique.slice(MAX_LINKS);
    const checked = unique.slice(0, MAX_LINKS);
    for (let i = 0; i < checked.length; i += PARALLEL) {
      const batch = checked.slice(i, i + PARALLEL);
      const results = await Promise.all(batch.map((u) => alive(u, opts.allowPrivate)));
      batch.forEach((u, j) => !results[j] && dead.push(u));
    }
    return dead;
  };
}
