import { Link, useLocation, useParams } from 'react-router-dom';
import type { DossierApi } from '../../api/dossiers';
import type { Me } from '../../api/me';
import { useLoad } from '../../api/useLoad';
import { PageTitle } from '../../layout/PageTitle';
import { establishmentsForNewDossiers } from '../establishments';
import type { Dossier } from '../types';
import { DossierWizard } from './DossierWizard';

export interface DossierWizardPageProps {
  dossierApi: DossierApi;
  loadMe: () => Promise<Me>;
}

interface HandOver {
  dossier?: Dossier;
  step?: number;
}

/** `/dossiers/nouveau` and `/dossiers/:number/modifier`: loads the user and the draft, then shows the wizard. */
export function DossierWizardPage({ dossierApi, loadMe }: DossierWizardPageProps) {
  const { number } = useParams();
  const handOver = (useLocation().state ?? {}) as HandOver;
  const [loaded] = useLoad(async () => {
    const dossier =
      number === undefined ? undefined : handOver.dossier?.number === number ? handOver.dossier : await dossierApi.get(number);
    return { me: await loadMe(), dossier };
  }, [number, dossierApi, loadMe]);

  const title = number ? `Brouillon n° ${number}` : 'Nouvelle demande';
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {loaded.status === 'loading' && <p role="status">Chargement…</p>}
      {loaded.status === 'failed' && (
        <>
          <h1>{title}</h1>
          <div role="alert" className="alert-error">
            <p>La demande n'a pas pu être chargée.</p>
            <p>{loaded.message}</p>
          </div>
        </>
      )}
      {loaded.status === 'loaded' &&
        (loaded.value.dossier && !loaded.value.dossier.allowedActions.includes('SAVE_DRAFT') ? (
          <>
            <h1>{title}</h1>
            <p className="empty-state">
              Ce dossier ne peut plus être modifié ici.{' '}
              <Link to={`/dossiers/${loaded.value.dossier.number}`}>Voir le dossier</Link>
            </p>
          </>
        ) : (
          <DossierWizard
            key={loaded.value.dossier?.number ?? 'nouveau'}
            dossierApi={dossierApi}
            establishments={loaded.value.dossier ? loaded.value.me.establishments : establishmentsForNewDossiers(loaded.value.me)}
            dossier={loaded.value.dossier}
            initialStep={handOver.dossier?.number === number ? handOver.step : undefined}
          />
        ))}
    </>
  );
}
