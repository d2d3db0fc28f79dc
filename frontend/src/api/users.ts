import type { ApiClient } from './client';
import { call } from './problem';
import type { components } from './schema';

export type UserSummary = components['schemas']['UserSummary'];
export type UserPage = components['schemas']['UserPage'];
export type UserDetail = components['schemas']['UserDetail'];
export type UserStatus = components['schemas']['UserStatus'];
export type UserAction = components['schemas']['UserAction'];
export type UserLink = components['schemas']['UserLink'];
export type NewUser = components['schemas']['NewUser'];
export type Profile = components['schemas']['Profile'];
export type ProfileChange = components['schemas']['ProfileChange'];
type Right = components['schemas']['Right'];

export const USER_PAGE_SIZE = 50;

/** An account with the version it was read at, sent back as `If-Match` with every change. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** A command on an account, as the screens ask for it. */
export type UserCommand =
  | { action: 'SUSPEND'; reason: string }
  | { action: 'CLOSE'; reason: string }
  | { action: 'REACTIVATE' }
  | { action: 'CHANGE_RIGHTS'; establishmentId: string; rights: Right[] }
  | { action: 'HAND_OVER_ADMIN'; establishmentId: string; keepMine: boolean }
  | { action: 'GIVE_UP_ADMIN'; establishmentId: string };

/** What the user and profile screens need from the API; pages take it as a prop so tests can pass a fake. */
export interface UserApi {
  list(words: string, establishmentId: string, cursor?: string): Promise<UserPage>;
  get(id: string): Promise<Versioned<UserDetail>>;
  invite(user: NewUser): Promise<Versioned<UserDetail>>;
  run(user: Versioned<UserDetail>, command: UserCommand): Promise<Versioned<UserDetail>>;
  establishmentUsers(establishmentId: string): Promise<UserSummary[]>;
  profile(): Promise<Versioned<Profile>>;
  updateProfile(profile: Versioned<Profile>, change: ProfileChange): Promise<Versioned<Profile>>;
}

function versioned<T>({ data, response }: { data: T; response: Response }): Versioned<T> {
  return { value: data, etag: response.headers.get('ETag') ?? '' };
}

export function createUserApi(api: ApiClient): UserApi {
  async function run(user: Versioned<UserDetail>, command: UserCommand): Promise<Versioned<UserDetail>> {
    const params = { path: { id: user.value.id }, header: { 'If-Match': user.etag } };
    switch (command.action) {
      case 'SUSPEND':
        return versioned(await call(() => api.POST('/api/v1/users/{id}/suspend', { params, body: { reason: command.reason } })));
      case 'CLOSE':
        return versioned(await call(() => api.POST('/api/v1/users/{id}/close', { params, body: { reason: command.reason } })));
      case 'REACTIVATE':
        return versioned(await call(() => api.POST('/api/v1/users/{id}/reinstate', { params })));
      case 'CHANGE_RIGHTS':
        return versioned(
          await call(() =>
            api.PUT('/api/v1/users/{id}/rights/{establishmentId}', {
              params: { ...params, path: { id: user.value.id, establishmentId: command.establishmentId } },
              body: { rights: command.rights },
            }),
          ),
        );
      case 'HAND_OVER_ADMIN':
        return versioned(
          await call(() =>
            api.POST('/api/v1/users/{id}/admin-handover', {
              params,
              body: { establishmentId: command.establishmentId, keepMine: command.keepMine },
            }),
          ),
        );
      case 'GIVE_UP_ADMIN':
        return versioned(
          await call(() =>
            api.POST('/api/v1/users/{id}/give-up-admin', { params, body: { establishmentId: command.establishmentId } }),
          ),
        );
    }
  }

  return {
    async list(words, establishmentId, cursor) {
      const query = {
        q: words || undefined,
        establishmentId: establishmentId || undefined,
        cursor,
        limit: USER_PAGE_SIZE,
      };
      return (await call(() => api.GET('/api/v1/users', { params: { query } }))).data;
    },
    async get(id) {
      return versioned(await call(() => api.GET('/api/v1/users/{id}', { params: { path: { id } } })));
    },
    async invite(user) {
      return versioned(await call(() => api.POST('/api/v1/users', { body: user })));
    },
    run,
    async establishmentUsers(establishmentId) {
      return (
        await call(() => api.GET('/api/v1/establishments/{establishmentId}/users', { params: { path: { establishmentId } } }))
      ).data.items;
    },
    async profile() {
      return versioned(await call(() => api.GET('/api/v1/me/profile')));
    },
    async updateProfile(profile, change) {
      return versioned(
        await call(() => api.PUT('/api/v1/me/profile', { params: { header: { 'If-Match': profile.etag } }, body: change })),
      );
    },
  };
}
