import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emilie } from '../test/fixtures';
import { AccountStatusPage } from './AccountStatusPage';

describe('AccountStatusPage', () => {
  it('tells a newcomer that the OPCO is examining the request', () => {
    render(<AccountStatusPage me={{ ...emilie, establishments: [], accountStatus: 'PENDING_APPROVAL' }} />);

    expect(screen.getByRole('heading', { name: 'Votre demande est en cours d’examen' })).toBeInTheDocument();
    expect(screen.getByText(/Identifiant : employeur@demo.passerelle.fr/)).toBeInTheDocument();
  });

  it('gives the reason of a refusal', () => {
    render(<AccountStatusPage me={{ ...emilie, accountStatus: 'REJECTED', statusReason: 'Inconnue de l’établissement.' }} />);

    expect(screen.getByRole('heading', { name: 'Votre demande de compte a été refusée' })).toBeInTheDocument();
    expect(screen.getByText('Inconnue de l’établissement.')).toBeInTheDocument();
  });
});
