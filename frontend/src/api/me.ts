import type { ApiClient } from './client';
import { call } from './problem';
import type { components } from './schema';

export type Me = components['schemas']['Me'];
export type Role = components['schemas']['Role'];
export type Right = components['schemas']['Right'];
export type LinkedEstablishment = components['schemas']['LinkedEstablishment'];

export async function fetchMe(api: ApiClient): Promise<Me> {
  return (await call(() => api.GET('/api/v1/me'))).data;
}
