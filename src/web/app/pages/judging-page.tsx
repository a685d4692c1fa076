/** A judge's rounds with their progress. */
export default function JudgingPage() {
  return null;
}
