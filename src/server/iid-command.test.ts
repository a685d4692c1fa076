import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IidOutput } from '../domain/contracts/iid.js';

// `lumbung iid` end to end: the real bin script, JSON on stdin, JSON or one line on stderr out.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function lumbung(args: string[], stdin: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(root, 'bin/lumbung.mjs'), ...args], { cwd: root, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
const iid = (input: unknown, env?: Record<string, string>) => lumbung(['iid'], typeof input === 'string' ? input : JSON.stringify(input), env);

const example = {
  period: 2026,
  region: { answers: { '1': 3, '2a': 2, '5a': 1 } },
  innovations: [
    {
      id: 'A', stage: 'penerapan', mainAffair: 'Pendidikan', implementedOn: '2024-06-01', developedOn: null, designWords: 350, igaEntries: 0,
      answers: { '16': 2, '17': 3, '32': 1, '33': { basis: 'a', option: 3 }, '35': 2 },
    },
  ],
};

describe('lumbung iid', () => {
  it("computes the issue's example without touching the data folder or the database", async () => {
    const dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-iid-')), 'data');
    const { code, stdout, stderr } = await iid(example, { LUMBUNG_DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect([code, stderr]).toEqual([0, '']);
    // SPD 3 + 2 + 0.75; K = 6 + 6 + 2 + 9 + 8 = 31 averaged over m = 12; one yandas affair, so no count score.
    expect(IidOutput.parse(JSON.parse(stdout))).toEqual({
      iid: 3.33, predicate: 'Kurang Inovatif', spd: 5.75, sid: 2.58333333333, countScore: 0, counted: 1, divisor: 12, basicAffairsCovered: 1,
      innovations: [{ id: 'A', maturity: 31, eligible: true, reasons: [] }],
    });
    await expect(fs.access(dataDir)).rejects.toThrow();
  });

  // SPD 40: weights 1.5 and 2 at option 3, two 0.75s at 3 and four at 2, the ten weight-1 rows at 1.
  const spd40 = { '1': 1, '2a': 1, '2b': 1, '3': 1, '4': 1, '5a': 3, '5b': 3, '6': 3, '7': 3, '8': 3, '9': 1, '10a': 2, '10b': 2, '11a': 2, '11b': 2, '12': 3, '13a': 1, '13b': 1, '14': 1, '15': 1 };
  const k70 = { '16': 3, '17': 3, '18': 3, '19': 3, '20': 1, '21': 3, '31': 3, '32': 3, '33': { basis: 'b', option: 3 }, '35': 3 };
  const yandas = ['Pendidikan', 'Kesehatan', 'Pekerjaan Umum dan Penataan Ruang', 'Perumahan Rakyat dan Kawasan Permukiman', 'Sosial'];
  const region = (n: number, covered: number, answers: object) => ({
    period: 2026,
    region: { answers: spd40 },
    innovations: Array.from({ length: n }, (_, j) => ({
      id: `I${j + 1}`, stage: 'penerapan', mainAffair: yandas.slice(0, covered)[j] ?? 'Pariwisata', implementedOn: '2025-03-01', developedOn: null, designWords: 300, igaEntries: 0, answers,
    })),
  });

  it('reproduces the first worked example of §6.3 and says why an extra innovation does not count', async () => {
    const input = region(20, 5, k70);
    input.innovations.push({ ...input.innovations[0]!, id: 'trial', stage: 'uji_coba', designWords: 120, answers: { '16': 2 } });
    const { code, stdout } = await iid(input);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ iid: 47.04, predicate: 'Inovatif', spd: 40, sid: 77.6, countScore: 7.6, counted: 20, divisor: 20, basicAffairsCovered: 5 });
    expect(output.innovations.at(-1)).toEqual({
      id: 'trial', maturity: 6, eligible: false,
      reasons: [{ code: 'stage' }, { code: 'designLength' }, { code: 'mandatoryMissing', indicators: ['17', '32', '33', '35'] }],
    });
  });

  const withAnswers = (answers: object) => ({ ...example, innovations: [{ ...example.innovations[0], answers }] });
  it.concurrent.each([
    ['an option out of range', withAnswers({ '17': 4 }), 'innovations[0].answers.17: '],
    ['an unknown indicator code', withAnswers({ '77': 1 }), 'innovations[0].answers.77: '],
    ['malformed JSON', '{ "period": 2026, ', 'input: '],
  ])('rejects %s with exit 1 and one line naming the field', async (_, input, prefix) => {
    const { code, stdout, stderr } = await iid(input);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.startsWith(prefix)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the command in the help', async () => {
    const { code, stdout } = await lumbung(['iid', '--help'], '');
    expect(code).toBe(0);
    expect(stdout).toContain('npx lumbung iid < input.json');
  });
});
