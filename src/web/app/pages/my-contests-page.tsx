/** The caller's contest entries and the contests open for entry. */
export default function MyContestsPage() {
  return null;
}
