import type { Me } from '../../domain/contracts/auth.js';
import { useMe } from '../features/auth/api/use-me.js';

/** The account, for pages inside the signed-in layout (which has already waited for it). */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn used outside RequireSignIn');
  return data;
}
