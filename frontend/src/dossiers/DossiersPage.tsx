import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { DossierApi } from '../api/dossiers';
import type { Me } from '../api/me';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { PageTitle } from '../layout/PageTitle';
import { DossierFilterForm } from './DossierFilterForm';
import { FlashMessage } from './FlashMessage';
import { DossierTable } from './DossierTable';
import { establishmentNames, establishmentsForNewDossiers } from './establishments';
import type { DossierFilters, DossierPage, DossierState, FundingScheme } from './types';

const PARAM_NAMES: Record<keyof DossierFilters, string> = {
  establishmentId: 'etablissement',
  number: 'numero',
  status: 'etat',
  scheme: 'dispositif',
  startYear: 'annee',
  q: 'recherche',
};

function filtersFrom(params: URLSearchParams): DossierFilters {
  const get = (key: keyof DossierFilters) => params.get(PARAM_NAMES[key]) ?? '';
  return {
    establishmentId: get('establishmentId'),
    number: get('number'),
    status: get('status') as DossierState | '',
    scheme: get('scheme') as FundingScheme | '',
    startYear: get('startYear'),
    q: get('q'),
  };
}

function paramsFrom(filters: DossierFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM_NAMES) as (keyof DossierFilters)[]) {
    if (filters[key]) {
      params.set(PARAM_NAMES[key], filters[key]);
    }
  }
  return params;
}

function emptyMessage(filters: DossierFilters, canCreate: boolean): string {
  const filtered = Object.values(filters).some(Boolean);
  if (filters.status === 'DRAFT' && Object.values({ ...filters, status: '' }).every((value) => !value)) {
    return "Vous n'avez aucun brouillon en cours.";
  }
  if (filtered) {
    return 'Aucun dossier ne correspond à ces critères.';
  }
  return canCreate ? "Aucun dossier pour l'instant. Commencez par « Nouvelle demande »." : "Aucun dossier pour l'instant.";
}

export interface DossiersPageProps {
  dossierApi: DossierApi;
  loadMe: () => Promise<Me>;
}

/** The dossier list: tabs for every dossier and for drafts, filters in the URL, and "Afficher plus" pages. */
export function DossiersPage({ dossierApi, loadMe }: DossiersPageProps) {
  const [params, setParams] = useSearchParams();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const filters = filtersFrom(params);
  const query = params.toString();
  const [me] = useLoad(loadMe, [loadMe]);
  const [list, setList] = useLoad(() => dossierApi.list(filters), [dossierApi, query]);
  const [more, setMore] = useState<{ query: string; loading: boolean; error?: string }>({ query, loading: false });
  const moreError = more.query === query ? more.error : undefined;

  const user = me.status === 'loaded' ? me.value : undefined;
  const canCreate = user !== undefined && establishmentsForNewDossiers(user).length > 0;
  const draftsOnly = query === 'etat=DRAFT';

  async function showMore(page: DossierPage) {
    if (!page.nextCursor) {
      return;
    }
    setMore({ query, loading: true });
    try {
      const next = await dossierApi.list(filters, page.nextCursor);
      setList({ items: [...page.items, ...next.items], nextCursor: next.nextCursor });
      setMore({ query, loading: false });
    } catch (error) {
      setMore({ query, loading: false, error: errorMessage(error) });
    }
  }

  return (
    <>
      <PageTitle>{draftsOnly ? 'Brouillons' : 'Dossiers'}</PageTitle>
      <div className="page-header">
        <h1>Dossiers</h1>
        {canCreate && (
          <Link to="/dossiers/nouveau" className="button-primary">
            Nouvelle demande
          </Link>
        )}
      </div>
      <FlashMessage message={flash} />
      <nav aria-label="Vues des dossiers">
        <ul className="view-tabs">
          <li>
            <Link to="/dossiers" aria-current={query === '' ? 'page' : undefined}>
              Tous les dossiers
            </Link>
          </li>
          {canCreate && (
            <li>
              <Link to="/dossiers?etat=DRAFT" aria-current={draftsOnly ? 'page' : undefined}>
                Brouillons
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <DossierFilterForm
        key={query}
        filters={filters}
        establishments={user?.establishments ?? []}
        onApply={(applied) => setParams(paramsFrom(applied))}
      />
      <h2>{draftsOnly ? 'Brouillons à reprendre' : 'Résultats'}</h2>
      {list.status === 'loading' && <p role="status">Chargement des dossiers…</p>}
      {list.status === 'failed' && (
        <div role="alert" className="alert-error">
          <p>Les dossiers n'ont pas pu être chargés.</p>
          <p>{list.message}</p>
        </div>
      )}
      {list.status === 'loaded' && (
        <>
          <DossierTable
            caption={draftsOnly ? 'Brouillons' : 'Dossiers'}
            dossiers={list.value.items}
            establishmentNames={establishmentNames(user)}
            emptyMessage={emptyMessage(filters, canCreate)}
          />
          {moreError && (
            <p role="alert" className="alert-error">
              {moreError}
            </p>
          )}
          {list.value.nextCursor && (
            <div className="button-row">
              <button type="button" className="button-plain" disabled={more.loading} onClick={() => void showMore(list.value)}>
                {more.loading ? 'Chargement…' : 'Afficher plus'}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}

