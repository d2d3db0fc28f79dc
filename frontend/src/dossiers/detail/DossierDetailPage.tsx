import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { DossierApi } from '../../api/dossiers';
import type { Me } from '../../api/me';
import type { DocumentUpload, Termination, UploadProgress } from '../../api/upload';
import { useLoad } from '../../api/useLoad';
import { PageTitle } from '../../layout/PageTitle';
import { FlashMessage } from '../FlashMessage';
import { stateLabels } from '../labels';
import type { Dossier, DossierCommand, HistoryEntry } from '../types';
import { DossierDetail } from './DossierDetail';
import { DossierMessages } from './DossierMessages';

export interface DossierDetailPageProps {
  dossierApi: DossierApi;
  loadMe: () => Promise<Me>;
}

interface Shown {
  dossier: Dossier;
  history: HistoryEntry[];
  me: Me;
}

/** `/dossiers/:number`: loads the dossier, its history and the user, runs the commands and attaches documents. */
export function DossierDetailPage({ dossierApi, loadMe }: DossierDetailPageProps) {
  const number = useParams().number ?? '';
  const navigate = useNavigate();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const [done, setDone] = useState<string | null>(null);
  const [loaded, setLoaded] = useLoad<Shown>(async () => {
    const [dossier, history, me] = await Promise.all([dossierApi.get(number), dossierApi.history(number), loadMe()]);
    return { dossier, history, me };
  }, [number, dossierApi, loadMe]);

  async function run(shown: Shown, command: DossierCommand) {
    const dossier = await dossierApi.run(shown.dossier, command);
    await show(shown, dossier, `C'est fait. Le dossier est maintenant « ${stateLabels[dossier.status]} ».`);
  }

  async function show(shown: Shown, dossier: Dossier, message: string) {
    const history = await dossierApi.history(number).catch(() => shown.history);
    setLoaded({ ...shown, dossier, history });
    setDone(message);
  }

  async function attach(shown: Shown, upload: DocumentUpload, onProgress: UploadProgress) {
    await show(shown, await dossierApi.attach(shown.dossier, upload, onProgress), `La pièce « ${upload.file.name} » est jointe.`);
  }

  async function terminate(shown: Shown, termination: Termination, onProgress: UploadProgress) {
    const dossier = await dossierApi.terminate(shown.dossier, termination, onProgress);
    await show(shown, dossier, 'La rupture anticipée est déclarée : le montant engagé non facturé est libéré.');
  }

  async function remove(shown: Shown) {
    await dossierApi.remove(shown.dossier);
    navigate('/dossiers', { state: { flash: `Le brouillon n° ${shown.dossier.number} est supprimé.` } });
  }

  return (
    <>
      <PageTitle>{`Dossier n° ${number}`}</PageTitle>
      {loaded.status === 'loading' && <p role="status">Chargement du dossier…</p>}
      {loaded.status === 'failed' && (
        <>
          <h1>Dossier n° {number}</h1>
          <div role="alert" className="alert-error">
            <p>Le dossier n'a pas pu être chargé.</p>
            <p>{loaded.message}</p>
          </div>
        </>
      )}
      {loaded.status === 'loaded' && (
        <>
          <FlashMessage message={done ?? flash} />
          <DossierDetail
            dossier={loaded.value.dossier}
            history={loaded.value.history}
            establishmentName={loaded.value.me.establishments.find((e) => e.id === loaded.value.dossier.establishmentId)?.name}
            onRun={(command) => run(loaded.value, command)}
            onDelete={() => remove(loaded.value)}
            onAttach={(upload, onProgress) => attach(loaded.value, upload, onProgress)}
            onTerminate={(termination, onProgress) => terminate(loaded.value, termination, onProgress)}
            onDownload={(document) => dossierApi.download(loaded.value.dossier, document)}
            messages={
              <DossierMessages
                // A command may post in the thread (a request for documents does): read it again after each one.
                key={loaded.value.dossier.version}
                number={number}
                dossierApi={dossierApi}
                side={loaded.value.me.roles.includes('opco-staff') ? 'OPCO' : 'COMPANY'}
              />
            }
          />
        </>
      )}
    </>
  );
}
