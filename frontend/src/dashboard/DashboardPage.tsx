import type { Me } from '../api/me';
import { useLoad } from '../api/useLoad';
import { PageTitle } from '../layout/PageTitle';
import { Dashboard } from './Dashboard';

export function DashboardPage({ loadMe }: { loadMe: () => Promise<Me> }) {
  const [state] = useLoad(loadMe, [loadMe]);

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
      {state.status === 'loaded' && <Dashboard me={state.value} />}
    </>
  );
}
