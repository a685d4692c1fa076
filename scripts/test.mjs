#!/usr/bin/env node
// `npm test`: lint, type-check, unit, API (PGlite and PostgreSQL), web build, browser tests.
// Every stage runs even when an earlier one failed. The last line is always `N passed, N failed`.
//
//   node scripts/test.mjs                         all stages
//   node scripts/test.mjs --only unit,api-pglite  just these (comma-separated stage ids)
//   node scripts/test.mjs --skip e2e              all but these
//   node scripts/test.mjs --list                  print the stage ids
//
// Counting: lint and type-check are one test each. Vitest and Playwright stages count the tests
// in their JSON reports (test-results/*.json); a test file that fails to load counts as one failed
// test, and a stage that fails without a usable report counts as one failed test.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const STAGE_TIME_LIMIT_MS = 30 * 60 * 1000;

/** @typedef {{ passed: number, failed: number, note?: string }} Outcome */

const stages = [
  { id: 'lint', title: 'lint (eslint)', run: lint },
  { id: 'typecheck', title: 'type-check (tsc)', run: typecheck },
  { id: 'unit', title: 'domain unit tests (vitest, project "unit")', run: () => vitestStage('unit', 'unit', {}) },
  {
    id: 'api-pglite',
    title: 'API tests on PGlite (vitest, project "api")',
    run: () => vitestStage('api', 'api-pglite', { LUMBUNG_TEST_PG: undefined }),
  },
  { id: 'api-pg', title: 'API tests on PostgreSQL (vitest, project "api", LUMBUNG_TEST_PG=1)', run: apiOnPostgres },
  { id: 'build', title: 'web build (vite, when dist/web is out of date)', run: buildWeb },
  { id: 'e2e', title: 'browser tests (playwright, Chromium)', run: e2e },
];

// ---------------------------------------------------------------- arguments

const args = process.argv.slice(2);
const listArg = (flag) => {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i === -1) return undefined;
  const value = args[i].includes('=') ? args[i].slice(flag.length + 1) : args[i + 1];
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
};
if (args.includes('--list')) {
  for (const s of stages) console.log(`${s.id.padEnd(11)} ${s.title}`);
  process.exit(0);
}
const only = listArg('--only');
const skip = listArg('--skip') ?? [];
for (const id of [...(only ?? []), ...skip]) {
  if (!stages.some((s) => s.id === id)) {
    console.error(`unknown stage "${id}"; stages: ${stages.map((s) => s.id).join(', ')}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const selected = stages.filter((s) => (!only || only.includes(s.id)) && !skip.includes(s.id));

// ---------------------------------------------------------------- running commands

let current; // the running child, so Ctrl-C / SIGTERM stops its whole process group
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) killGroup(current, signal);
    console.log(`\ninterrupted (${signal})`);
    console.log('0 passed, 1 failed');
    process.exit(130);
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Runs a command with its output streaming to ours; resolves to its exit code (or 1). */
function run(command, commandArgs, { env = {}, timeoutMs = STAGE_TIME_LIMIT_MS } = {}) {
  const childEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const shown = (a) => (a === process.execPath ? 'node' : a.startsWith(`${root}/`) ? path.relative(root, a) : a);
  console.log(`$ ${[command, ...commandArgs].map(shown).join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, env: childEnv, stdio: 'inherit', detached: true });
    current = child;
    const timer = setTimeout(() => {
      console.error(`\n✗ gave up after ${timeoutMs / 60000} min: stopping ${path.basename(command)}`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 10_000).unref();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      current = undefined;
      console.error(`✗ could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function freshReport(name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  fs.rmSync(file, { force: true });
  return file;
}

// ---------------------------------------------------------------- stages

/** @returns {Promise<Outcome>} */
async function lint() {
  const code = await run(bin('eslint'), ['.']);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** @returns {Promise<Outcome>} */
async function typecheck() {
  const projects = ['tsconfig.json', 'tsconfig.web.json'].filter((p) => fs.existsSync(path.join(root, p)));
  let ok = true;
  for (const p of projects) {
    if ((await run(bin('tsc'), ['-p', p, '--noEmit'])) !== 0) ok = false;
  }
  const note = projects.length < 2 ? 'tsconfig.web.json not found: only tsconfig.json checked' : undefined;
  return ok ? { passed: 1, failed: 0, note } : { passed: 0, failed: 1, note };
}

/** @returns {Promise<Outcome>} */
async function vitestStage(project, reportName, env) {
  const report = freshReport(`vitest-${reportName}.json`);
  const code = await run(
    bin('vitest'),
    ['run', '--project', project, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { env },
  );
  return countVitest(readJson(report), code);
}

/** @returns {Outcome} */
function countVitest(json, code) {
  if (!json || !Array.isArray(json.testResults)) {
    return { passed: 0, failed: 1, note: `vitest exited with ${code} and wrote no report` };
  }
  let passed = json.numPassedTests ?? 0;
  let failed = json.numFailedTests ?? 0;
  const notes = [];
  // A file that fails to load or whose hooks fail has no failed test of its own: count it once.
  const brokenFiles = json.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  );
  if (brokenFiles.length > 0) {
    failed += brokenFiles.length;
    notes.push(`${brokenFiles.length} test file(s) failed outside a test`);
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`vitest exited with ${code} (e.g. an unhandled error)`);
  }
  if (code === 0 && json.testResults.length === 0) notes.push('no test files found');
  const pending = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (pending > 0) notes.push(`${pending} skipped/todo`);
  return { passed, failed, note: notes.join('; ') || undefined };
}

/** @returns {Promise<Outcome>} */
async function apiOnPostgres() {
  if (!process.env.TEST_DATABASE_URL && !(await postgresReachable())) {
    const started = startLocalPostgres();
    if (!started.ok || !(await waitFor(postgresReachable, 20_000))) {
      console.error(`✗ PostgreSQL is not reachable on 127.0.0.1:5432. ${started.message}`);
      console.error('  Start it (as root: pg_ctlcluster <version> main start) or set TEST_DATABASE_URL.');
      return { passed: 0, failed: 1, note: 'PostgreSQL not reachable' };
    }
  }
  return vitestStage('api', 'api-pg', { LUMBUNG_TEST_PG: '1' });
}

function postgresReachable() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 5432 });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function startLocalPostgres() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return { ok: false, message: 'Not root, so it was not started here.' };
  if (!fs.existsSync('/etc/postgresql')) {
    return { ok: false, message: 'No /etc/postgresql: PostgreSQL does not seem to be installed.' };
  }
  const versions = fs.readdirSync('/etc/postgresql').sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    console.log(`PostgreSQL is not running: starting cluster ${version}/main`);
    const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
    if (r.status === 0) return { ok: true, message: '' };
  }
  return { ok: false, message: `pg_ctlcluster could not start ${versions.join(', ') || 'any cluster'}.` };
}

async function waitFor(check, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** @returns {Promise<Outcome>} */
async function buildWeb() {
  if (!fs.existsSync(path.join(root, 'src/web'))) return { passed: 0, failed: 0, note: 'no src/web yet: nothing to build' };
  const result = await buildWebIfStale();
  if (result === 'failed') return { passed: 0, failed: 1, note: 'vite build failed or did not write dist/web/index.html' };
  return { passed: 0, failed: 0, note: result === 'built' ? 'built dist/web' : 'dist/web is up to date' };
}

/** @returns {Promise<Outcome>} */
async function e2e() {
  const specs = listFiles(path.join(root, 'e2e')).filter((f) => /\.(spec|test)\.[cm]?[jt]sx?$/.test(f));
  if (specs.length === 0) return { passed: 0, failed: 0, note: 'no e2e/*.spec.ts yet' };
  // `--only e2e` still needs an up-to-date dist/web.
  if (!selected.some((s) => s.id === 'build')) {
    const build = await buildWeb();
    if (build.failed > 0) return { passed: 0, failed: 1, note: `web build failed: ${build.note}` };
  }
  if ((await run(process.execPath, [path.join(root, 'scripts/ensure-chromium.mjs')])) !== 0) {
    return { passed: 0, failed: 1, note: 'Chromium is missing (see above)' };
  }
  const report = path.join(resultsDir, 'e2e.json');
  fs.rmSync(report, { force: true });
  const code = await run(bin('playwright'), ['test']);
  const json = readJson(report);
  if (!json || !json.stats) return { passed: 0, failed: 1, note: `playwright exited with ${code} and wrote no report` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
  let failed = unexpected;
  const notes = [];
  // Errors outside tests: the web server did not start, a global setup threw, no tests found…
  if (Array.isArray(json.errors) && json.errors.length > 0 && failed === 0) {
    failed = 1;
    notes.push(`${json.errors.length} error(s) outside tests`);
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`playwright exited with ${code}`);
  }
  if (flaky > 0) notes.push(`${flaky} flaky`);
  if (skipped > 0) notes.push(`${skipped} skipped`);
  return { passed: expected + flaky, failed, note: notes.join('; ') || undefined };
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

// ---------------------------------------------------------------- main

const results = [];
const startedAt = Date.now();
for (const [i, stage] of selected.entries()) {
  console.log(`\n━━━ [${i + 1}/${selected.length}] ${stage.id}: ${stage.title} ━━━`);
  const t0 = Date.now();
  /** @type {Outcome} */
  let outcome;
  try {
    outcome = await stage.run();
  } catch (error) {
    console.error(error);
    outcome = { passed: 0, failed: 1, note: `stage crashed: ${error.message}` };
  }
  const seconds = (Date.now() - t0) / 1000;
  results.push({ id: stage.id, ...outcome, seconds });
  const mark = outcome.failed > 0 ? '✗' : '✓';
  const note = outcome.note ? ` (${outcome.note})` : '';
  console.log(`${mark} ${stage.id}: ${outcome.passed} passed, ${outcome.failed} failed in ${seconds.toFixed(1)} s${note}`);
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const total = (Date.now() - startedAt) / 1000;

fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(
  path.join(resultsDir, 'summary.json'),
  `${JSON.stringify({ passed, failed, seconds: total, stages: results }, null, 2)}\n`,
);

console.log('\n━━━ summary ━━━');
for (const r of results) {
  const mark = r.failed > 0 ? '✗' : '✓';
  console.log(
    `${mark} ${r.id.padEnd(11)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${r.seconds.toFixed(1).padStart(7)} s${r.note ? `  ${r.note}` : ''}`,
  );
}
console.log(`total ${total.toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
