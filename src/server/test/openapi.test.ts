import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi.js';

describe('OpenAPI document', () => {
  it('matches the committed docs/openapi.json (regenerate with `node --import tsx scripts/openapi.ts`)', async () => {
    const committed = await fs.readFile(new URL('../../../docs/openapi.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(await openApiDocument()));
  });

  it('documents every API route with its schema', async () => {
    const doc = JSON.parse(await openApiDocument()) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/sign-in', '/api/units', '/api/units/{id}', '/api/users', '/api/audit']));
    expect(doc.paths['/api/units']!.post!.requestBody).toBeDefined();
  });
});
