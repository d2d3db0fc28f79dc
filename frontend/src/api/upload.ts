import type { Session } from '../auth/session';
import type { DocumentType, Dossier, DossierMessage } from '../dossiers/types';
import type { Invoice } from '../invoices/types';
import { etag } from './etag';
import { ApiError, apiError, changeErrorMessage, UNREACHABLE } from './problem';

/** The server's default limit; it enforces its own, this only spares the user a long upload bound to fail. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_FORMATS = 'PDF, PNG, JPEG, DOCX, XLSX, ODT ou CSV, 20 Mo au plus.';
/** A hint for the file picker only: the server decides by content, not by name. */
export const ACCEPTED_EXTENSIONS = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.csv';

export const FILE_TOO_LARGE =
  'Le fichier dépasse 20 Mo, la taille maximale acceptée. Réduisez-le (par exemple en le numérisant en plus basse résolution) puis réessayez.';
export const UNSUPPORTED_FILE_TYPE =
  "Ce type de fichier n'est pas accepté : joignez un PDF, PNG, JPEG, DOCX, XLSX, ODT ou CSV. Le type est reconnu d'après le contenu du fichier, pas d'après son nom.";

export interface DocumentUpload {
  type: DocumentType;
  file: File;
  /** The current version this file supersedes. */
  replaces?: string;
}

/** Called with the share of the file sent so far, 0 to 100. */
export type UploadProgress = (percent: number) => void;

/** Attaches a file to the dossier with If-Match. Resolves with the dossier as it is now. */
export async function uploadDocument(
  accessToken: Session['accessToken'],
  dossier: Dossier,
  upload: DocumentUpload,
  onProgress: UploadProgress,
): Promise<Dossier> {
  if (upload.file.size > MAX_UPLOAD_BYTES) {
    throw new ApiError(413, FILE_TOO_LARGE, 'FILE_TOO_LARGE');
  }
  const token = await accessToken();
  const form = new FormData();
  form.append('type', upload.type);
  if (upload.replaces) {
    form.append('replaces', upload.replaces);
  }
  // Last, so that the server knows the type and the version replaced before it streams the content.
  form.append('file', upload.file, upload.file.name);

  return sendMultipart<Dossier>(
    `/api/v1/dossiers/${encodeURIComponent(dossier.number)}/documents`,
    { Authorization: `Bearer ${token}`, 'If-Match': etag(dossier) },
    form,
    onProgress,
  );
}

/** Only a PDF is accepted for an invoice; the server checks the content. */
export const INVOICE_FORMAT = 'PDF, 20 Mo au plus.';

export interface InvoiceUpload {
  number: string;
  invoiceDate: string;
  amount: string;
  file: File;
}

/** Deposits an invoice on a dossier, its PDF sent with the same progress reporting as a document. */
export function uploadInvoice(
  accessToken: Session['accessToken'],
  dossierNumber: string,
  upload: InvoiceUpload,
  onProgress: UploadProgress,
): Promise<Invoice> {
  const { file, ...fields } = upload;
  return sendForm(accessToken, `/api/v1/dossiers/${encodeURIComponent(dossierNumber)}/invoices`, {}, fields, file, onProgress);
}

export interface InvoiceResubmission {
  amount: string;
  /** A corrected PDF; without one, the invoice keeps its file. */
  file?: File;
}

/** Submits an invoice again after staff asked for changes, with its amount and, if given, a new PDF. */
export function resubmitInvoice(
  accessToken: Session['accessToken'],
  invoiceId: string,
  resubmission: InvoiceResubmission,
  onProgress: UploadProgress,
): Promise<Invoice> {
  const url = `/api/v1/invoices/${encodeURIComponent(invoiceId)}/resubmit`;
  return sendForm(accessToken, url, {}, { amount: resubmission.amount }, resubmission.file, onProgress);
}

export interface Termination {
  endDate: string;
  reason: string;
  /** The signed termination form, attached to the dossier as a CERFA. */
  file: File;
}

/** Declares the early end of the dossier's contract with If-Match. Resolves with the dossier as it is now. */
export function terminateDossier(
  accessToken: Session['accessToken'],
  dossier: Dossier,
  termination: Termination,
  onProgress: UploadProgress,
): Promise<Dossier> {
  const { file, ...fields } = termination;
  const url = `/api/v1/dossiers/${encodeURIComponent(dossier.number)}/terminate`;
  return sendForm(accessToken, url, { 'If-Match': etag(dossier) }, fields, file, onProgress);
}

/** Sends text fields then, last, one optional file (checked against the size limit first), with the caller's token. */
async function sendForm<T>(
  accessToken: Session['accessToken'],
  url: string,
  headers: Record<string, string>,
  fields: Record<string, string>,
  file: File | undefined,
  onProgress: UploadProgress,
): Promise<T> {
  if (file && file.size > MAX_UPLOAD_BYTES) {
    throw new ApiError(413, FILE_TOO_LARGE, 'FILE_TOO_LARGE');
  }
  const token = await accessToken();
  const form = new FormData();
  Object.entries(fields).forEach(([name, value]) => form.append(name, value));
  if (file) {
    form.append('file', file, file.name);
  }
  return sendMultipart<T>(url, { Authorization: `Bearer ${token}`, ...headers }, form, onProgress);
}

/** The most files a message carries; the server refuses more. */
export const MAX_MESSAGE_FILES = 5;

export interface MessageUpload {
  text: string;
  files: File[];
  /** Sent as Idempotency-Key: a retry of the same message does not post it twice. */
  idempotencyKey: string;
}

/**
 * Posts a message of the dossier's thread with its files, each checked against the size limit first. Resolves with
 * the message as stored.
 */
export async function postMessage(
  accessToken: Session['accessToken'],
  number: string,
  message: MessageUpload,
  onProgress: UploadProgress,
): Promise<DossierMessage> {
  if (message.files.some((file) => file.size > MAX_UPLOAD_BYTES)) {
    throw new ApiError(413, FILE_TOO_LARGE, 'FILE_TOO_LARGE');
  }
  const token = await accessToken();
  const form = new FormData();
  form.append('text', message.text);
  message.files.forEach((file) => form.append('files', file, file.name));

  return sendMultipart<DossierMessage>(
    `/api/v1/dossiers/${encodeURIComponent(number)}/messages`,
    { Authorization: `Bearer ${token}`, 'Idempotency-Key': message.idempotencyKey },
    form,
    onProgress,
  );
}

/**
 * POSTs a multipart form with XMLHttpRequest rather than fetch, because only it reports the progress of the request
 * body. Resolves with the JSON body of a 2xx answer; rejects with an ApiError in French.
 */
export function sendMultipart<T>(
  url: string,
  headers: Record<string, string>,
  form: FormData,
  onProgress: UploadProgress,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    Object.entries(headers).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
      }
    };
    request.onload = () => {
      const body = parsed(request.responseText);
      if (request.status >= 200 && request.status < 300 && body !== undefined) {
        resolve(body as T);
      } else {
        reject(uploadError(request.status, body));
      }
    };
    request.onerror = () => reject(new ApiError(0, UNREACHABLE));
    request.send(form);
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** 413 may come from the HTTP layer without a problem body, hence the mapping by status rather than by code. */
function uploadError(status: number, body: unknown): ApiError {
  const error = apiError(status, body);
  switch (status) {
    case 413:
      return new ApiError(status, FILE_TOO_LARGE, error.code ?? 'FILE_TOO_LARGE');
    case 415:
      return new ApiError(status, UNSUPPORTED_FILE_TYPE, error.code ?? 'UNSUPPORTED_FILE_TYPE');
    default:
      return new ApiError(status, changeErrorMessage(error), error.code, error.fieldErrors);
  }
}
