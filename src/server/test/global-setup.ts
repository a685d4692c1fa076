import { dropStaleTestDatabases, testServerUrl, usingPostgres } from './database.js';

// Runs once per `vitest run` of the api project: fail fast with one clear message when the
// PostgreSQL server is missing, and clear databases that crashed runs left behind.
export default async function setup(): Promise<void> {
  if (!usingPostgres()) return;
  await testServerUrl();
  const stale = await dropStaleTestDatabases();
  if (stale.length > 0) console.log(`dropped ${stale.length} stale test database(s)`);
}
