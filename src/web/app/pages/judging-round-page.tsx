/** One judging round: assigned entries, conflicts, progress (the chair sees everyone's). */
export default function JudgingRoundPage() {
  return null;
}
