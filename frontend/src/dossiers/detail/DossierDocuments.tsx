import { useRef, useState } from 'react';
import { errorMessage } from '../../api/problem';
import type { DocumentUpload, UploadProgress } from '../../api/upload';
import { DocumentList } from '../DocumentList';
import { documentTypeLabels } from '../labels';
import type { DocumentType, Dossier, DossierDocument } from '../types';
import { DocumentUploadForm } from './DocumentUploadForm';
import { saveFile } from './saveFile';

export interface DossierDocumentsProps {
  dossier: Dossier;
  onAttach: (upload: DocumentUpload, onProgress: UploadProgress) => Promise<void>;
  onDownload: (document: DossierDocument) => Promise<Blob>;
}

/**
 * The requested types that no current document attached since the request answers: the OPCO asks for a type
 * again when what it already had does not do.
 */
function missingTypes(dossier: Dossier): DocumentType[] {
  const request = dossier.documentRequest;
  if (!request) {
    return [];
  }
  const requestedAt = Date.parse(request.requestedAt);
  return request.types.filter(
    (type) =>
      !dossier.documents.some(
        (document) => !document.superseded && document.type === type && Date.parse(document.attachedAt) >= requestedAt,
      ),
  );
}

/** The "Pièces justificatives" section: the documents, their download, and their upload when the API allows it. */
export function DossierDocuments({ dossier, onAttach, onDownload }: DossierDocumentsProps) {
  const [replacing, setReplacing] = useState<string | null>(null);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const replaceButton = useRef<HTMLButtonElement | null>(null);
  const canAttach = dossier.allowedActions.includes('ATTACH_DOCUMENT');
  const missing = missingTypes(dossier);

  async function download(document: DossierDocument) {
    setDownloadFailure(null);
    try {
      saveFile(await onDownload(document), document.fileName);
    } catch (error) {
      setDownloadFailure(`La pièce « ${document.fileName} » n'a pas pu être téléchargée. ${errorMessage(error)}`);
    }
  }

  function stopReplacing() {
    setReplacing(null);
    replaceButton.current?.focus();
  }

  return (
    <section aria-labelledby="pieces">
      <h2 id="pieces">Pièces justificatives</h2>
      {downloadFailure && (
        <div role="alert" className="alert-error">
          <p>{downloadFailure}</p>
        </div>
      )}
      <DocumentList
        documents={dossier.documents}
        actions={(document) => (
          <>
            <div className="button-row document-actions">
              <button
                type="button"
                className="button-plain"
                aria-label={`Télécharger ${document.fileName}, version ${document.version}`}
                onClick={() => void download(document)}
              >
                Télécharger
              </button>
              {canAttach && !document.superseded && document.type !== 'LETTER' && (
                <button
                  type="button"
                  className="button-plain"
                  aria-label={`Remplacer ${document.fileName}`}
                  aria-expanded={replacing === document.id}
                  onClick={(event) => {
                    replaceButton.current = event.currentTarget;
                    setReplacing(replacing === document.id ? null : document.id);
                  }}
                >
                  Remplacer
                </button>
              )}
            </div>
            {canAttach && replacing === document.id && (
              <DocumentUploadForm
                name={`remplacement.${document.id}`}
                replaces={document}
                onAttach={async (upload, onProgress) => {
                  await onAttach(upload, onProgress);
                  setReplacing(null);
                }}
                onCancel={stopReplacing}
              />
            )}
          </>
        )}
      />
      {dossier.documentRequest && (
        <p>
          {missing.length > 0
            ? `Pièces demandées par l'OPCO encore à joindre : ${missing.map((type) => documentTypeLabels[type]).join(', ')}.`
            : "Toutes les pièces demandées par l'OPCO ont été jointes depuis sa demande."}
        </p>
      )}
      {canAttach && (
        // A new version of the dossier starts a blank form, with the next missing type chosen.
        <DocumentUploadForm key={dossier.version} name="piece" initialType={missing[0] ?? ''} onAttach={onAttach} />
      )}
    </section>
  );
}
