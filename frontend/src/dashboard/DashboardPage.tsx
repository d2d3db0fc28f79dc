import { useEffect, useState } from 'react';
import type { Me } from '../api/me';
import { PageTitle } from '../layout/PageTitle';
import { Dashboard } from './Dashboard';

type MeState = { status: 'loading' } | { status: 'loaded'; me: Me } | { status: 'failed'; message: string };

const FALLBACK_ERROR = 'Une erreur inattendue est survenue. Réessayez plus tard.';

export function DashboardPage({ loadMe }: { loadMe: () => Promise<Me> }) {
  const [state, setState] = useState<MeState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    loadMe().then(
      (me) => current && setState({ status: 'loaded', me }),
      (error: unknown) =>
        current && setState({ status: 'failed', message: error instanceof Error ? error.message : FALLBACK_ERROR }),
    );
    return () => {
      current = false;
    };
  }, [loadMe]);

  return (
    <>
      <PageTitle>Tableau de bord</PageTitle>
      {state.status === 'loading' && <p role="status">Chargement de vos informations…</p>}
      {state.status === 'failed' && (
        <>
          <h1>Tableau de bord</h1>
          <div role="alert" className="alert-error">
            <p>Vos informations n'ont pas pu être chargées.</p>
            <p>{state.message}</p>
          </div>
        </>
      )}
      {state.status === 'loaded' && <Dashboard me={state.me} />}
    </>
  );
}
