import { useState } from 'react';
import type { DossierApi } from '../api/dossiers';
import { errorMessage } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { PageTitle } from '../layout/PageTitle';
import { DossierTable } from './DossierTable';
import type { DossierPage } from './types';

/** `/instruction`: the submitted dossiers waiting to be taken into review, oldest submission first. */
export function StaffQueuePage({ dossierApi }: { dossierApi: DossierApi }) {
  const [queue, setQueue] = useLoad(() => dossierApi.queue(), [dossierApi]);
  const [more, setMore] = useState<{ loading: boolean; error?: string }>({ loading: false });

  async function showMore(page: DossierPage) {
    if (!page.nextCursor) {
      return;
    }
    setMore({ loading: true });
    try {
      const next = await dossierApi.queue(page.nextCursor);
      setQueue({ items: [...page.items, ...next.items], nextCursor: next.nextCursor });
      setMore({ loading: false });
    } catch (error) {
      setMore({ loading: false, error: errorMessage(error) });
    }
  }

  return (
    <>
      <PageTitle>File d'instruction</PageTitle>
      <h1>File d'instruction</h1>
      <p>Les dossiers transmis qui attendent d'être pris en instruction, du plus ancien au plus récent.</p>
      {queue.status === 'loading' && <p role="status">Chargement de la file…</p>}
      {queue.status === 'failed' && (
        <div role="alert" className="alert-error">
          <p>La file d'instruction n'a pas pu être chargée.</p>
          <p>{queue.message}</p>
        </div>
      )}
      {queue.status === 'loaded' && (
        <>
          <DossierTable
            caption="Dossiers à prendre en instruction"
            dossiers={queue.value.items}
            establishmentNames={new Map()}
            emptyMessage="Aucun dossier n'attend d'être pris en instruction."
          />
          {more.error && (
            <p role="alert" className="alert-error">
              {more.error}
            </p>
          )}
          {queue.value.nextCursor && (
            <div className="button-row">
              <button type="button" className="button-plain" disabled={more.loading} onClick={() => void showMore(queue.value)}>
                {more.loading ? 'Chargement…' : 'Afficher plus'}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
