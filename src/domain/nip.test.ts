import { describe, expect, it } from 'vitest';
import { nipProblem } from './nip.js';

describe('nipProblem', () => {
  it.each<[string, string | null, string]>([
    ['197804122003122004', null, 'valid, female'],
    ['197011051998031007', null, 'valid, male'],
    ['200002292020011001', null, 'born on a leap day'],
    ['19780412200312200', 'length', '17 digits'],
    ['1978041220031220041', 'length', '19 digits'],
    ['', 'length', 'empty'],
    ['1978041220031220O4', 'digits', 'letter O instead of zero'],
    ['1978 04122003122004', 'digits', 'inner space'],
    ['197813122003122004', 'birthDate', 'month 13'],
    ['199902292020011001', 'birthDate', '29 February in a common year'],
    ['189904122003122004', 'birthDate', 'born before 1900'],
    ['197804122003132004', 'appointment', 'appointment month 13'],
    ['197804122003002004', 'appointment', 'appointment month 00'],
    ['197804121990122004', 'appointment', 'appointed at 12'],
    ['197804122003123004', 'gender', 'gender digit 3'],
    ['197804122003120004', 'gender', 'gender digit 0'],
    ['197804122003121000', 'sequence', 'sequence 000'],
  ])('%s → %s (%s)', (nip, expected) => {
    expect(nipProblem(nip)).toBe(expected);
  });
});
