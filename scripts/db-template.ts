// Prepares the migrated PGlite template that new data folders start from (run by `npm install`).
// Harmless to skip: without it, the first start runs initdb and the migrations itself.
import { preparePgliteTemplate } from '../src/server/db/client.js';

try {
  const { file } = await preparePgliteTemplate();
  console.log(`lumbung: database template ready (${file})`);
} catch (err) {
  console.warn(`lumbung: database template skipped: ${(err as Error).message}`);
}
