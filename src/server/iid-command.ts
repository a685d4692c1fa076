import { describeIidIssue, IidInput, IidOutput, reportOfInput } from '../domain/contracts/iid.js';
import { assess, predicateNames } from '../domain/iid/engine.js';
import { seededCatalogues } from '../domain/iid/seeds.js';

// `lumbung iid`: a pure calculation on stdin → stdout. It never opens the database or the data folder.

// Binary float noise (20 × 0.38 = 7.6000000000000005) is not part of a score; 12 significant digits keep every real digit.
const tidy = (value: number) => Number(value.toPrecision(12));

export function iidOutput(input: IidInput): IidOutput {
  const result = assess(seededCatalogues[input.period]!, reportOfInput(input), 'claimed');
  return {
    iid: result.iid,
    predicate: predicateNames[result.predicate],
    spd: tidy(result.spd),
    sid: tidy(result.sid),
    countScore: tidy(result.countScore),
    counted: result.counted,
    divisor: result.divisor,
    basicAffairsCovered: result.basicAffairsCovered,
    innovations: result.innovations.map(({ id, maturity, eligible, reasons }) => ({ id, maturity: tidy(maturity), eligible, reasons })),
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Returns the exit code: 0, or 1 with one line on stderr naming the bad field. */
export async function runIidCommand(stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(await readAll(stdin));
  } catch (err) {
    console.error(`input: JSON tidak sah / malformed JSON (${(err as Error).message})`);
    return 1;
  }
  const parsed = IidInput.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    console.error(describeIidIssue(first!) + (rest.length > 0 ? ` (+${rest.length} lagi / more)` : ''));
    return 1;
  }
  console.log(JSON.stringify(iidOutput(parsed.data), null, 2));
  return 0;
}
