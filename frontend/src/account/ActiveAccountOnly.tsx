import type { ReactNode } from 'react';
import type { Me } from '../api/me';
import { useLoad } from '../api/useLoad';
import { AppHeader } from '../layout/AppHeader';
import { MAIN_CONTENT_ID } from '../layout/AppLayout';
import { AccountStatusPage } from './AccountStatusPage';

export interface ActiveAccountOnlyProps {
  loadMe: () => Promise<Me>;
  displayName: string;
  onLogout: () => void;
  children: ReactNode;
}

/**
 * Passerelle's pages for an active account (or a caller without one, such as staff's own test tokens); for any
 * other, only where the account stands, since the API refuses everything else with ACCOUNT_NOT_ACTIVE. While the
 * profile loads, the pages show as usual: nearly every account is active.
 */
export function ActiveAccountOnly({ loadMe, displayName, onLogout, children }: ActiveAccountOnlyProps) {
  const [me] = useLoad(loadMe, [loadMe]);
  const inactive = me.status === 'loaded' && me.value.accountStatus != null && me.value.accountStatus !== 'ACTIVE';
  if (!inactive) {
    return children;
  }
  return (
    <>
      <AppHeader displayName={displayName} onLogout={onLogout} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <AccountStatusPage me={me.value} />
      </main>
    </>
  );
}
