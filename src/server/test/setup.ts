import { afterAll } from 'vitest';
import { dropTestDatabases } from './database.js';

// Registered before the test file's own hooks, so it runs after them (hooks run as a stack):
// the app has closed its pool by then, and FORCE covers the case where it did not.
afterAll(async () => {
  await dropTestDatabases();
});
