import type { User } from '../../../../domain/contracts/users.js';
import { ActiveToggleDialog } from '../../../components/active-toggle-dialog.js';
import { useUpdateUser } from '../api/use-update-user.js';

/** Deactivates an active account or reactivates an inactive one, after confirmation. */
export function UserActiveDialog({ user, onClose }: { user: User; onClose: () => void }) {
  return <ActiveToggleDialog item={user} texts="users" toggle={useUpdateUser()} onClose={onClose} />;
}
