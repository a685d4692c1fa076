/** One contest: setup, entries and selection, panels, results. */
export default function ContestAdminPage() {
  return null;
}
