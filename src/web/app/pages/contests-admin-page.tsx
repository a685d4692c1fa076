/** The region's contests; the admin creates one from a template. */
export default function ContestsAdminPage() {
  return null;
}
