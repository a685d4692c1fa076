import { describe, expect, it } from 'vitest';
import { issueExampleInput } from '../iid/example-region.js';
import { describeIidIssue, IidInput } from './iid.js';

const innovation = issueExampleInput.innovations[0];
const input = issueExampleInput;
const withInnovation = (changes: Record<string, unknown>) => ({ ...input, innovations: [{ ...innovation, ...changes }] });

describe('IidInput', () => {
  it("accepts the issue's example and reads the affair's name as its code", () => {
    const parsed = IidInput.parse(input);
    expect(parsed.innovations[0]).toMatchObject({ mainAffair: 'pendidikan', developedOn: null, answers: { '33': { basis: 'a', option: 3 } } });
  });

  it('lets developedOn be left out', () => {
    const { developedOn: _, ...rest } = innovation;
    expect(IidInput.parse({ ...input, innovations: [rest] }).innovations[0]!.developedOn).toBeNull();
  });

  it.each<[string, string, unknown, RegExp]>([
    ['an unknown period', 'period', { ...input, period: 2025 }, /unknown period \(known: 2023, 2026\)/],
    ['an option above 3', 'innovations[0].answers.17', withInnovation({ answers: { '17': 4 } }), /option must be a whole number 0–3/],
    ['a fractional option', 'innovations[0].answers.17', withInnovation({ answers: { '17': 1.5 } }), /option must be a whole number 0–3/],
    ['an option as text', 'innovations[0].answers.17', withInnovation({ answers: { '17': '2' } }), /answer must be an option 0–3 or \{ basis, option \}/],
    ['an unknown basis', 'innovations[0].answers.33.basis', withInnovation({ answers: { '33': { basis: 'g', option: 1 } } }), /basis must be a–f/],
    ['a basis option above 3', 'innovations[0].answers.33.option', withInnovation({ answers: { '33': { basis: 'a', option: 7 } } }), /0–3/],
    ['an unknown SID code', 'innovations[0].answers.99', withInnovation({ answers: { '99': 1 } }), /unknown innovation indicator of 2026/],
    ['a region code among innovation answers', 'innovations[0].answers.1', withInnovation({ answers: { '1': 1 } }), /unknown innovation indicator/],
    ['an innovation code among region answers', 'region.answers.35', { ...input, region: { answers: { '35': 1 } } }, /unknown region indicator/],
    ['indicator 33 without a basis', 'innovations[0].answers.33', withInnovation({ answers: { '33': 2 } }), /pick a basis/],
    ['a basis on an indicator without bases', 'innovations[0].answers.17', withInnovation({ answers: { '17': { basis: 'a', option: 1 } } }), /plain option/],
    ['an unknown affair', 'innovations[0].mainAffair', withInnovation({ mainAffair: 'Sihir' }), /unknown affair/],
    ['an impossible date', 'innovations[0].implementedOn', withInnovation({ implementedOn: '2024-02-30' }), /valid YYYY-MM-DD/],
    ['a date with a time', 'innovations[0].developedOn', withInnovation({ developedOn: '2024-02-01T00:00:00Z' }), /valid YYYY-MM-DD/],
    ['an unknown stage', 'innovations[0].stage', withInnovation({ stage: 'selesai' }), /stage must be one of inisiatif, uji_coba, penerapan/],
    ['negative design words', 'innovations[0].designWords', withInnovation({ designWords: -1 }), /whole number ≥ 0/],
    ['a missing field', 'innovations[0].igaEntries', withInnovation({ igaEntries: undefined }), /is required/],
    ['an unknown field', 'innovations[0].colour', withInnovation({ colour: 'red' }), /unknown field/],
    ['a duplicate id', 'innovations[1].id', { ...input, innovations: [innovation, innovation] }, /duplicate id/],
    ['no innovations list', 'innovations', { period: 2026, region: { answers: {} } }, /is required/],
    ['not an object', 'input', [], /expected object/],
  ])('rejects %s, naming %s', (_, path, value, message) => {
    const result = IidInput.safeParse(value, { reportInput: true });
    expect(result.success).toBe(false);
    const line = describeIidIssue(result.error!.issues[0]!);
    expect(line.startsWith(`${path}: `)).toBe(true);
    expect(line).toMatch(message);
  });

  it('accepts 2023 answers on the same codes', () => {
    expect(IidInput.safeParse({ ...input, period: 2023 }).success).toBe(true);
  });
});
