import fs from 'node:fs';
import path from 'node:path';
import { webDist } from '../../app.js';

export type PortalAssets = { script: string | null; styles: string[] };

let cached: PortalAssets | null = null;

/**
 * The hashed file names of the portal's own small script and stylesheet, read from Vite's
 * manifest (`src/web/portal/portal.ts` is a second entry next to the staff app). Without a built
 * web app (API tests) the pages render without them: they are readable without either.
 */
export function portalAssets(): PortalAssets {
  if (cached) return cached;
  const manifestPath = path.join(webDist, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath)) return { script: null, styles: [] };
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, { file: string; css?: string[] }>;
  const entry = manifest['portal/portal.ts'];
  cached = entry ? { script: `/${entry.file}`, styles: (entry.css ?? []).map((f) => `/${f}`) } : { script: null, styles: [] };
  return cached;
}
