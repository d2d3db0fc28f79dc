import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

export const UNREACHABLE = 'Le service Passerelle est injoignable. Vérifiez votre connexion puis réessayez.';
export const UNEXPECTED = 'Le service Passerelle a répondu de façon inattendue. Réessayez plus tard.';

/** A failed API call: its HTTP status, the French message to show, and the per-field errors of a problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly fieldErrors: FieldError[];

  constructor(status: number, message: string, code?: string, fieldErrors: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function apiError(status: number, body: unknown): ApiError {
  if (!isProblem(body)) {
    return new ApiError(status, UNEXPECTED);
  }
  return new ApiError(status, body.detail, body.code, Array.isArray(body.errors) ? body.errors : []);
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'detail' in body && typeof body.detail === 'string';
}

/** Runs an openapi-fetch call and returns its data, or throws an ApiError carrying the problem's French detail. */
export async function call<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; response: Response }> {
  let result;
  try {
    result = await request();
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (result.response.ok && result.error === undefined) {
    return { data: result.data as T, response: result.response };
  }
  throw apiError(result.response.status, result.error);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Une erreur inattendue est survenue. Réessayez plus tard.';
}

const CONCURRENT_CODES = ['PRECONDITION_FAILED', 'CONCURRENT_UPDATE'];

/** The error's message; when another change got to the dossier first, it also says how to get its latest version. */
export function changeErrorMessage(error: unknown): string {
  const stale = error instanceof ApiError && CONCURRENT_CODES.includes(error.code ?? '');
  return stale
    ? `${errorMessage(error)} Le dossier a été modifié ailleurs : rechargez la page pour repartir de sa dernière version.`
    : errorMessage(error);
}
