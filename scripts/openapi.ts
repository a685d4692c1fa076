// Writes docs/openapi.json from the zod contracts (run: node --import tsx scripts/openapi.ts).
// A test fails when the committed file differs from what the code generates.
import fs from 'node:fs/promises';
import { openApiDocument } from '../src/server/openapi.js';

await fs.writeFile(new URL('../docs/openapi.json', import.meta.url), (await openApiDocument()) + '\n');
console.log('docs/openapi.json written');
