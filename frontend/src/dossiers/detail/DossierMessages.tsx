import { useEffect, useState, type FormEvent } from 'react';
import type { DossierApi } from '../../api/dossiers';
import { ApiError, errorMessage } from '../../api/problem';
import { ACCEPTED_EXTENSIONS, ACCEPTED_FORMATS, MAX_MESSAGE_FILES } from '../../api/upload';
import { describedBy, FieldFrame } from '../../forms/FieldFrame';
import { fieldId } from '../../forms/fieldId';
import { TextField } from '../../forms/TextField';
import { formatDate, formatDateTime } from '../format';
import { documentTypeLabels } from '../labels';
import type { DossierMessage, MessageAttachment, MessageSide } from '../types';
import { saveFile } from './saveFile';
import { UploadProgressBar } from '../../forms/UploadProgressBar';

export interface DossierMessagesProps {
  number: string;
  dossierApi: DossierApi;
  /** The side the reader writes on: the OPCO's staff, or the company's users. */
  side: MessageSide;
}

type Thread =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; messages: DossierMessage[]; nextCursor: string | null; canWrite: boolean; unreadIds: Set<string> };

const sideLabels: Record<MessageSide, string> = { COMPANY: 'Entreprise', OPCO: 'OPCO' };
const readerLabels: Record<MessageSide, string> = { COMPANY: "l'entreprise", OPCO: "l'OPCO" };

/**
 * The thread between the company and the OPCO about the dossier, oldest first. Opening it marks what the other side
 * wrote as read (the marks "Nouveau" stay until the page is left, so the reader sees what was new); each message of
 * the reader's own side says whether, and when, the other side read it.
 */
export function DossierMessages({ number, dossierApi, side }: DossierMessagesProps) {
  const [thread, setThread] = useState<Thread>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    dossierApi
      .messages(number)
      .then(async (page) => {
        const unreadIds = new Set(page.items.filter((m) => m.side !== side && !m.readAt).map((m) => m.id));
        if (current) {
          setThread({ status: 'loaded', messages: page.items, nextCursor: page.nextCursor, canWrite: page.canWrite, unreadIds });
        }
        if (unreadIds.size > 0) {
          await dossierApi.markMessagesRead(number).catch(() => undefined);
        }
      })
      .catch((error: unknown) => current && setThread({ status: 'failed', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [number, dossierApi, side]);

  async function more(loaded: Extract<Thread, { status: 'loaded' }>) {
    const page = await dossierApi.messages(number, loaded.nextCursor ?? undefined);
    const unread = page.items.filter((m) => m.side !== side && !m.readAt).map((m) => m.id);
    setThread({
      ...loaded,
      messages: [...loaded.messages, ...page.items],
      nextCursor: page.nextCursor,
      unreadIds: new Set([...loaded.unreadIds, ...unread]),
    });
    if (unread.length > 0) {
      await dossierApi.markMessagesRead(number).catch(() => undefined);
    }
  }

  return (
    <section aria-labelledby="messages" className="messages">
      <h2 id="messages">Messages</h2>
      {thread.status === 'loading' && <p role="status">Chargement des messages…</p>}
      {thread.status === 'failed' && (
        <div role="alert" className="alert-error">
          <p>Les messages n'ont pas pu être chargés.</p>
          <p>{thread.message}</p>
        </div>
      )}
      {thread.status === 'loaded' && (
        <>
          {thread.messages.length === 0 ? (
            <p className="empty-state">Aucun message pour l'instant.</p>
          ) : (
            <ol className="message-thread">
              {thread.messages.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  ownSide={message.side === side}
                  isNew={thread.unreadIds.has(message.id)}
                  onDownload={(attachment) => dossierApi.downloadAttachment(number, message, attachment)}
                />
              ))}
            </ol>
          )}
          {thread.nextCursor && (
            <button type="button" className="button-plain" onClick={() => void more(thread)}>
              Afficher les messages suivants
            </button>
          )}
          {thread.canWrite && (
            <MessageForm
              number={number}
              dossierApi={dossierApi}
              onPosted={(message) => setThread({ ...thread, messages: [...thread.messages, message] })}
            />
          )}
        </>
      )}
    </section>
  );
}

interface MessageItemProps {
  message: DossierMessage;
  ownSide: boolean;
  isNew: boolean;
  onDownload: (attachment: MessageAttachment) => Promise<Blob>;
}

function MessageItem({ message, ownSide, isNew, onDownload }: MessageItemProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const other = readerLabels[message.side === 'OPCO' ? 'COMPANY' : 'OPCO'];

  async function download(attachment: MessageAttachment) {
    setFailure(null);
    try {
      saveFile(await onDownload(attachment), attachment.fileName);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <li className={`message message-${message.side.toLowerCase()}`} aria-label={`Message de ${message.authorName}`}>
      <p className="message-meta">
        <strong>{message.authorName}</strong> ({sideLabels[message.side]}), le {formatDateTime(message.postedAt)}
        {isNew &&  <span className="badge badge-new">Nouveau</span>}
      </p>
      {message.documentRequest && (
        <p className="message-request">
          Demande de pièces : {message.documentRequest.types.map((type) => documentTypeLabels[type]).join(', ')}, à fournir au
          plus tard le {formatDate(message.documentRequest.dueDate)}.
        </p>
      )}
      <p className="message-text">{message.text}</p>
      {message.attachments.length > 0 && (
        <ul className="message-attachments" aria-label="Pièces jointes">
          {message.attachments.map((attachment) => (
            <li key={attachment.id}>
              <button type="button" className="button-plain" onClick={() => void download(attachment)}>
                Télécharger « {attachment.fileName} »
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {ownSide && (
        <p className="message-receipt">
          {message.readAt ? `Lu par ${other} le ${formatDateTime(message.readAt)}` : `Pas encore lu par ${other}`}
        </p>
      )}
    </li>
  );
}

interface MessageFormProps {
  number: string;
  dossierApi: DossierApi;
  onPosted: (message: DossierMessage) => void;
}

function MessageForm({ number, dossierApi, onPosted }: MessageFormProps) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Partial<Record<'text' | 'files', string>>>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [pickerKey, setPickerKey] = useState(0);
  const filesId = fieldId('message.fichiers');
  const progressId = fieldId('message.progression');
  const filesHint = `Jusqu'à ${MAX_MESSAGE_FILES} fichiers : ${ACCEPTED_FORMATS}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!text.trim()) {
      found.text = 'Écrivez votre message.';
    }
    if (files.length > MAX_MESSAGE_FILES) {
      found.files = `Joignez au plus ${MAX_MESSAGE_FILES} fichiers à un message.`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    setFailure(null);
    setProgress(0);
    try {
      const message = await dossierApi.postMessage(number, { text, files, idempotencyKey }, setProgress);
      onPosted(message);
      setText('');
      setFiles([]);
      setPickerKey((key) => key + 1);
      setIdempotencyKey(crypto.randomUUID());
    } catch (error) {
      const others = error instanceof ApiError ? error.fieldErrors.map((fieldError) => fieldError.message) : [];
      setFailure([errorMessage(error), ...others]);
    } finally {
      setProgress(null);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="message-form" aria-labelledby="ecrire-message">
      <h3 id="ecrire-message">Écrire un message</h3>
      {failure && (
        <div role="alert" className="alert-error">
          {failure.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <TextField path="message.texte" label="Message" rows={4} required value={text} error={errors.text} onChange={setText} />
      <FieldFrame id={filesId} label="Pièces jointes" hint={filesHint} error={errors.files}>
        <input
          key={pickerKey}
          id={filesId}
          name="message.fichiers"
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS}
          aria-invalid={errors.files ? true : undefined}
          aria-describedby={describedBy(filesId, filesHint, errors.files)}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
      </FieldFrame>
      {progress !== null && <UploadProgressBar id={progressId} percent={progress} />}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={progress !== null}>
          Envoyer le message
        </button>
      </div>
    </form>
  );
}
