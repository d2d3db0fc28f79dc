import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/problem';
import { ACCEPTED_EXTENSIONS, ACCEPTED_FORMATS, type DocumentUpload, type UploadProgress } from '../../api/upload';
import { fieldId } from '../../forms/fieldId';
import { FileField } from '../../forms/FileField';
import { SelectField } from '../../forms/SelectField';
import { documentTypeLabels, options } from '../labels';
import type { DocumentType, DossierDocument } from '../types';
import { UploadProgressBar } from '../../forms/UploadProgressBar';

export interface DocumentUploadFormProps {
  /** Makes the ids unique when several forms are on the page. */
  name: string;
  /** Given, the form sends a new version of this document, of the same type. */
  replaces?: DossierDocument;
  initialType?: DocumentType | '';
  onAttach: (upload: DocumentUpload, onProgress: UploadProgress) => Promise<void>;
  onCancel?: () => void;
}

type Errors = Partial<Record<'type' | 'file', string>>;

/** Letters are written by Passerelle with staff's decision; nobody uploads one (the server refuses it too). */
const uploadableTypes = options(documentTypeLabels).filter((option) => option.value !== 'LETTER');

/** Chooses a file (and its type, for a new document) and sends it, showing how much has been sent. */
export function DocumentUploadForm({ name, replaces, initialType = '', onAttach, onCancel }: DocumentUploadFormProps) {
  const [type, setType] = useState<DocumentType | ''>(replaces?.type ?? initialType);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const progressId = fieldId(`${name}.progression`);
  const titleId = fieldId(`${name}.titre`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Errors = {};
    if (!type) {
      missing.type = 'Choisissez le type de pièce.';
    }
    if (!file) {
      missing.file = 'Choisissez le fichier à joindre.';
    }
    setErrors(missing);
    if (!type || !file) {
      return;
    }
    setFailure(null);
    setProgress(0);
    try {
      await onAttach({ type, file, replaces: replaces?.id }, setProgress);
    } catch (error) {
      const others = error instanceof ApiError ? error.fieldErrors.map((fieldError) => fieldError.message) : [];
      setFailure([errorMessage(error), ...others]);
      setProgress(null);
    }
  }

  const [detail, ...others] = failure ?? [];
  return (
    <form
      onSubmit={submit}
      noValidate
      className="upload-form"
      aria-label={replaces ? `Remplacer ${replaces.fileName}` : undefined}
      aria-labelledby={replaces ? undefined : titleId}
    >
      {!replaces && <h3 id={titleId}>Joindre une pièce</h3>}
      {failure && (
        <div role="alert" className="alert-error">
          <p>{detail}</p>
          {others.length > 0 && (
            <ul>
              {others.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!replaces && (
        <SelectField
          path={`${name}.type`}
          label="Type de pièce"
          placeholder="Choisissez le type de pièce"
          options={uploadableTypes}
          required
          value={type}
          error={errors.type}
          onChange={(value) => setType(value as DocumentType | '')}
        />
      )}
      <FileField
        path={`${name}.file`}
        label={replaces ? `Nouvelle version de « ${replaces.fileName} »` : 'Fichier'}
        hint={ACCEPTED_FORMATS}
        accept={ACCEPTED_EXTENSIONS}
        required
        autoFocus={Boolean(replaces)}
        error={errors.file}
        onChange={setFile}
      />
      {progress !== null && <UploadProgressBar id={progressId} percent={progress} />}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={progress !== null}>
          {replaces ? 'Envoyer la nouvelle version' : 'Joindre la pièce'}
        </button>
        {onCancel && (
          <button type="button" className="button-plain" disabled={progress !== null} onClick={onCancel}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
