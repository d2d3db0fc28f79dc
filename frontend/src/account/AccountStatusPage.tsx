import type { Me } from '../api/me';
import { PageTitle } from '../layout/PageTitle';

const STATUS_TEXT: Record<string, { title: string; text: string }> = {
  PENDING_VERIFICATION: {
    title: 'Adresse e-mail à confirmer',
    text: 'Cliquez sur le lien de l’e-mail que nous vous avons envoyé, puis reconnectez-vous.',
  },
  PENDING_APPROVAL: {
    title: 'Votre demande est en cours d’examen',
    text: 'Votre adresse e-mail est confirmée. Un gestionnaire de l’OPCO vérifie votre rattachement aux établissements demandés ; vous recevrez l’accès dès sa validation. Vous pouvez revenir sur cette page à tout moment.',
  },
  REJECTED: {
    title: 'Votre demande de compte a été refusée',
    text: 'Si vous pensez qu’il s’agit d’une erreur, contactez votre conseiller à l’OPCO ou l’administrateur de votre entreprise.',
  },
  SUSPENDED: {
    title: 'Votre compte est suspendu',
    text: 'Contactez l’administrateur de votre entreprise ou votre conseiller à l’OPCO pour le réactiver.',
  },
  CLOSED: {
    title: 'Votre compte est clôturé',
    text: 'Il ne donne plus accès à Passerelle. Pour un nouvel accès, adressez-vous à l’administrateur de votre entreprise.',
  },
};

/** What a user whose account is not active sees instead of Passerelle's pages: where their account stands. */
export function AccountStatusPage({ me }: { me: Me }) {
  const status = STATUS_TEXT[me.accountStatus ?? ''] ?? STATUS_TEXT.PENDING_APPROVAL;
  return (
    <>
      <PageTitle>Mon compte</PageTitle>
      <h1>Mon compte</h1>
      <section aria-labelledby="situation-compte" className="account-status">
        <h2 id="situation-compte">{status.title}</h2>
        {me.statusReason && (
          <p>
            Motif : <strong>{me.statusReason}</strong>
          </p>
        )}
        <p>{status.text}</p>
        <p>Identifiant : {me.email}</p>
      </section>
    </>
  );
}
