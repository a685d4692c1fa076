import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { parseAffair } from '../iid/affairs.js';
import { basisCodes, type Aspect } from '../iid/catalogue.js';
import { predicateNames, stages, type Answer, type Answers, type Option, type RegionReport } from '../iid/engine.js';
import { seededCatalogues } from '../iid/seeds.js';

// Input and output of `lumbung iid` (issue 3, item 5). Messages are "Indonesian / English", like the CLI's own.

const optionError = { error: 'opsi harus bilangan bulat 0–3 / option must be a whole number 0–3' };
const OptionValue = z
  .number(optionError)
  .refine((option) => Number.isInteger(option) && option >= 0 && option <= 3, optionError)
  .transform((option) => option as Option);

const AnswerValue = z.union(
  [OptionValue, z.strictObject({ basis: z.enum(basisCodes, { error: 'basis harus a–f / basis must be a–f' }), option: OptionValue })],
  { error: 'jawaban harus opsi 0–3 atau { basis, option } / answer must be an option 0–3 or { basis, option }' },
);
export const AnswerMap = z.record(z.string(), AnswerValue, { error: 'harus objek kode indikator → opsi / must map indicator codes to options' });

const countError = { error: 'harus bilangan bulat ≥ 0 / must be a whole number ≥ 0' };
const count = z.number(countError).int(countError).min(0, countError);
const date = z.iso.date({ error: 'tanggal harus YYYY-MM-DD yang sah / must be a valid YYYY-MM-DD date' }).nullable();
const periods = Object.keys(seededCatalogues).join(', ');

export const IidInnovationInput = z.strictObject({
  id: z.string().trim().min(1, { error: 'wajib diisi / is required' }).max(200),
  stage: z.enum(stages, { error: `tahapan harus ${stages.join(', ')} / stage must be one of ${stages.join(', ')}` }),
  mainAffair: z.string().transform((value, ctx) => {
    const code = parseAffair(value);
    if (code) return code;
    ctx.addIssue({ code: 'custom', message: `urusan "${value}" tidak dikenal / unknown affair` });
    return z.NEVER;
  }),
  implementedOn: date,
  developedOn: date.default(null),
  designWords: count,
  igaEntries: count,
  answers: AnswerMap,
});

export const IidInput = z
  .strictObject({
    period: z.number().int().refine((p) => p in seededCatalogues, { error: `periode tidak dikenal (ada: ${periods}) / unknown period (known: ${periods})` }),
    region: z.strictObject({ answers: AnswerMap }),
    innovations: z.array(IidInnovationInput),
  })
  .superRefine((input, ctx) => {
    const catalogue = seededCatalogues[input.period];
    if (!catalogue) return; // already reported on `period`
    const checkAnswers = (answers: z.output<typeof AnswerMap>, aspect: Aspect, path: (string | number)[]) => {
      for (const [code, value] of Object.entries(answers)) {
        const indicator = catalogue.indicators.find((i) => i.code === code && i.aspect === aspect);
        const problem = !indicator
          ? `indikator ${aspect === 'region' ? 'SPD' : 'SID'} ${input.period} tidak dikenal / unknown ${aspect} indicator of ${input.period}`
          : typeof value === 'object' && !indicator.bases
            ? 'indikator ini tanpa basis, isi opsi 0–3 / this indicator takes a plain option 0–3'
            : typeof value === 'number' && value > 0 && indicator.bases
              ? `pilih basis: { "basis": "a"–"f", "option": ${value} } / pick a basis`
              : null;
        if (problem) ctx.addIssue({ code: 'custom', path: [...path, code], message: problem });
      }
    };
    checkAnswers(input.region.answers, 'region', ['region', 'answers']);
    const seen = new Set<string>();
    input.innovations.forEach((innovation, index) => {
      if (seen.has(innovation.id)) ctx.addIssue({ code: 'custom', path: ['innovations', index, 'id'], message: `id "${innovation.id}" ganda / duplicate id` });
      seen.add(innovation.id);
      checkAnswers(innovation.answers, 'innovation', ['innovations', index, 'answers']);
    });
  });
export type IidInput = z.output<typeof IidInput>;

/** Answers of the calculator's input format: every answer given counts as evidenced and accepted. */
export function evidencedAnswers(answers: z.output<typeof AnswerMap>): Answers {
  const out: Record<string, Answer> = {};
  for (const [code, value] of Object.entries(answers)) {
    out[code] = typeof value === 'number' ? { option: value, evidenced: true, accepted: true } : { ...value, evidenced: true, accepted: true };
  }
  return out;
}

/** The engine's report of a parsed `lumbung iid` / `POST /api/iid/calculate` input. */
export const reportOfInput = (input: { region: { answers: z.output<typeof AnswerMap> }; innovations: readonly z.output<typeof IidInnovationInput>[] }): RegionReport => ({
  answers: evidencedAnswers(input.region.answers),
  innovations: input.innovations.map((i) => ({ ...i, answers: evidencedAnswers(i.answers) })),
});

export const IneligibilityReason = z.discriminatedUnion('code', [
  z.strictObject({ code: z.enum(['stage', 'window', 'designLength', 'igaEntries']) }),
  z.strictObject({ code: z.literal('mandatoryMissing'), indicators: z.array(z.string()) }),
]);

/** The index's components, shared by the `lumbung iid` output and the API's richer result. */
export const scoreFields = {
  iid: z.number(),
  spd: z.number(),
  sid: z.number(),
  countScore: z.number(),
  counted: z.number().int(),
  divisor: z.number().int(),
  basicAffairsCovered: z.number().int(),
};
export const innovationScoreFields = { id: z.string(), maturity: z.number(), eligible: z.boolean(), reasons: z.array(IneligibilityReason) };

export const IidOutput = z.strictObject({
  ...scoreFields,
  predicate: z.enum(Object.values(predicateNames) as [string, ...string[]]),
  innovations: z.array(z.strictObject(innovationScoreFields)),
});
export type IidOutput = z.infer<typeof IidOutput>;

type Issue = $ZodIssue & { input?: unknown };

/** `["innovations", 0, "answers", "17"]` → `innovations[0].answers.17`. */
const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || 'input';

/** A union's own message hides where the value went wrong; take the branch that got past the type check. */
function innermost(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors.flat().find((e) => e.code !== 'invalid_type' || e.path.length > 0);
  return inner ? innermost({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

/** One line naming the field, e.g. `innovations[0].answers.17: opsi harus … / option must be …`. Parse with `reportInput: true` to tell missing from wrong. */
export function describeIidIssue(raw: $ZodIssue): string {
  const issue = innermost(raw);
  if (issue.code === 'unrecognized_keys') return `${pathText([...issue.path, issue.keys[0]!])}: kolom tidak dikenal / unknown field`;
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return `${pathText(issue.path)}: wajib diisi / is required`;
  return `${pathText(issue.path)}: ${issue.message}`;
}
