import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Me, Right } from '../api/me';
import { errorMessage } from '../api/problem';
import type { UserApi, UserCommand, UserDetail, Versioned } from '../api/users';
import { useLoad } from '../api/useLoad';
import { FlashMessage } from '../dossiers/FlashMessage';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { PageTitle } from '../layout/PageTitle';
import { userStatusLabels } from './labels';
import { RightsChoice } from './RightsChoice';

export interface UserDetailPageProps {
  userApi: UserApi;
  loadMe: () => Promise<Me>;
}

type Pending = 'SUSPEND' | 'CLOSE' | 'REACTIVATE' | null;

const confirmations: Record<Exclude<Pending, null>, { title: string; button: string; needsReason: boolean }> = {
  SUSPEND: { title: 'Suspendre ce compte ?', button: 'Confirmer la suspension', needsReason: true },
  CLOSE: { title: 'Clôturer ce compte ? Il ne pourra plus jamais se connecter.', button: 'Confirmer la clôture', needsReason: true },
  REACTIVATE: { title: 'Réactiver ce compte ?', button: 'Confirmer la réactivation', needsReason: false },
};

/** One colleague: status, rights per establishment, and exactly the commands `allowedActions` offers. */
export function UserDetailPage({ userApi, loadMe }: UserDetailPageProps) {
  const { id = '' } = useParams();
  const location = useLocation();
  const [me] = useLoad(loadMe, []);
  const [user, setUser] = useLoad(() => userApi.get(id), [id]);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [edited, setEdited] = useState<Record<string, Right[]>>({});
  const [handover, setHandover] = useState({ establishmentId: '', keepMine: false });

  if (user.status === 'loading') return <p role="status">Chargement du compte…</p>;
  if (user.status === 'failed') {
    return (
      <p className="alert-error" role="alert">
        {user.message}
      </p>
    );
  }
  const current: Versioned<UserDetail> = user.value;
  const account = current.value;
  const allowed = (action: string) => account.allowedActions.includes(action as UserDetail['allowedActions'][number]);
  const administered = me.status === 'loaded' ? me.value.establishments.filter((e) => e.rights.includes('ADMIN')) : [];
  const editable = administered.map((establishment) => ({
    ...establishment,
    granted: edited[establishment.id] ?? account.establishments.find((l) => l.establishmentId === establishment.id)?.rights ?? [],
  }));

  async function run(command: UserCommand, done: string) {
    setFailure(null);
    try {
      setUser(await userApi.run(current, command));
      setFlash(done);
      setPending(null);
      setReason('');
      setEdited({});
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (pending === 'SUSPEND') void run({ action: 'SUSPEND', reason }, 'Le compte est suspendu : la personne ne peut plus se connecter.');
    if (pending === 'CLOSE') void run({ action: 'CLOSE', reason }, 'Le compte est clôturé.');
    if (pending === 'REACTIVATE') void run({ action: 'REACTIVATE' }, 'Le compte est de nouveau actif.');
  }

  const name = `${account.firstName} ${account.lastName}`;
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p>
        <Link to="/utilisateurs">← Utilisateurs</Link>
      </p>
      <h1>{name}</h1>
      <FlashMessage message={flash} />
      {failure && (
        <p className="alert-error" role="alert">
          {failure}
        </p>
      )}
      <dl>
        <dt>Identifiant de connexion</dt>
        <dd>{account.loginEmail}</dd>
        <dt>E-mail de contact</dt>
        <dd>{account.contactEmail}</dd>
        <dt>Téléphone</dt>
        <dd>{account.phone ?? 'Non renseigné'}</dd>
        <dt>Statut</dt>
        <dd>
          {userStatusLabels[account.status]}
          {account.mustSetPassword && ' (mot de passe pas encore choisi)'}
        </dd>
        {account.trainingBodySiret && (
          <>
            <dt>Organisme de formation</dt>
            <dd>SIRET {account.trainingBodySiret}</dd>
          </>
        )}
      </dl>

      {/* A training body's account speaks for its SIRET: it is linked to no establishment. */}
      {!account.trainingBodySiret && <h2>Habilitations par établissement</h2>}
      {account.trainingBodySiret ? null : allowed('CHANGE_RIGHTS') ? (
        editable.map((establishment) => (
          <form
            key={establishment.id}
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                { action: 'CHANGE_RIGHTS', establishmentId: establishment.id, rights: establishment.granted },
                `Les habilitations sur ${establishment.name} sont enregistrées.`,
              );
            }}
          >
            <RightsChoice
              legend={establishment.name}
              name={`rights-${establishment.id}`}
              rights={establishment.granted}
              onChange={(granted) => setEdited({ ...edited, [establishment.id]: granted })}
            />
            <button type="submit">Enregistrer les habilitations sur {establishment.name}</button>
          </form>
        ))
      ) : (
        <ul>
          {account.establishments.map((link) => (
            <li key={link.establishmentId}>
              {link.name} : {link.rights.join(', ')}
            </li>
          ))}
        </ul>
      )}

      {(allowed('CHANGE_RIGHTS') || allowed('GIVE_UP_ADMIN')) && <h2>Droit ADMIN</h2>}
      {allowed('CHANGE_RIGHTS') && administered.length > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(
              { action: 'HAND_OVER_ADMIN', ...handover },
              `${name} administre désormais l’établissement${handover.keepMine ? ' avec vous' : ' à votre place'}.`,
            );
          }}
        >
          <SelectField
            path="handover"
            label={`Transmettre le droit ADMIN à ${name}`}
            placeholder="Choisissez l’établissement"
            value={handover.establishmentId}
            onChange={(establishmentId) => setHandover({ ...handover, establishmentId })}
            options={administered.map((e) => ({ value: e.id, label: e.name }))}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={handover.keepMine}
              onChange={(event) => setHandover({ ...handover, keepMine: event.target.checked })}
            />{' '}
            Rester moi aussi administrateur
          </label>
          <button type="submit" disabled={!handover.establishmentId}>
            Transmettre le droit ADMIN
          </button>
        </form>
      )}
      {allowed('GIVE_UP_ADMIN') &&
        account.establishments
          .filter((link) => link.rights.includes('ADMIN'))
          .map((link) => (
            <button
              key={link.establishmentId}
              type="button"
              onClick={() =>
                void run(
                  { action: 'GIVE_UP_ADMIN', establishmentId: link.establishmentId },
                  `Vous n’administrez plus ${link.name} ; vos autres habilitations restent.`,
                )
              }
            >
              Renoncer au droit ADMIN sur {link.name}
            </button>
          ))}

      {(allowed('SUSPEND') || allowed('REACTIVATE') || allowed('CLOSE')) && <h2>Compte</h2>}
      {allowed('SUSPEND') && (
        <button type="button" onClick={() => setPending('SUSPEND')}>
          Suspendre
        </button>
      )}
      {allowed('REACTIVATE') && (
        <button type="button" onClick={() => setPending('REACTIVATE')}>
          Réactiver
        </button>
      )}
      {allowed('CLOSE') && (
        <button type="button" onClick={() => setPending('CLOSE')}>
          Clôturer
        </button>
      )}
      {pending && (
        <form onSubmit={confirm} aria-labelledby="confirmation">
          <h3 id="confirmation">{confirmations[pending].title}</h3>
          {confirmations[pending].needsReason && (
            <TextField path="reason" label="Motif" required rows={3} value={reason} onChange={setReason} />
          )}
          <button type="submit" disabled={confirmations[pending].needsReason && !reason.trim()}>
            {confirmations[pending].button}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Annuler
          </button>
        </form>
      )}
    </>
  );
}
