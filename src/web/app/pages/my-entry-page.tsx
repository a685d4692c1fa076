/** One entry: the form, files, sending, status and certificate. */
export default function MyEntryPage() {
  return null;
}
