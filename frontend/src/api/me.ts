import type { ApiClient } from './client';
import type { components } from './schema';

export type Me = components['schemas']['Me'];
export type Role = components['schemas']['Role'];
export type Right = components['schemas']['Right'];
export type LinkedEstablishment = components['schemas']['LinkedEstablishment'];

const UNREACHABLE = 'Le service Passerelle est injoignable. Vérifiez votre connexion puis réessayez.';
const UNEXPECTED = 'Le service Passerelle a répondu de façon inattendue. Réessayez plus tard.';

export async function fetchMe(api: ApiClient): Promise<Me> {
  let result;
  try {
    result = await api.GET('/api/v1/me');
  } catch {
    throw new Error(UNREACHABLE);
  }
  if (result.data) {
    return result.data;
  }
  throw new Error(problemDetail(result.error) ?? UNEXPECTED);
}

function problemDetail(problem: unknown): string | undefined {
  if (typeof problem === 'object' && problem !== null && 'detail' in problem && typeof problem.detail === 'string') {
    return problem.detail;
  }
  return undefined;
}
