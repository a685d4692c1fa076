/** A judge's score sheet for one entry. */
export default function JudgingEntryPage() {
  return null;
}
