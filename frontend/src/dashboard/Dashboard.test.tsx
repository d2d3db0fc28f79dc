import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emilie } from '../test/fixtures';
import { Dashboard } from './Dashboard';

describe('Dashboard', () => {
  it('greets the user by display name', () => {
    render(<Dashboard me={emilie} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour Émilie Durand');
  });

  it('shows the roles in French', () => {
    render(<Dashboard me={emilie} />);

    const roles = screen.getByRole('region', { name: 'Vos rôles' });
    expect(within(roles).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Employeur',
      'Organisme de formation',
    ]);
  });

  it('lists the linked establishments with their SIRET, rights and closed badge', () => {
    render(<Dashboard me={emilie} />);

    const open = screen.getByRole('article', { name: 'Boulangerie Durand — Lyon' });
    expect(open).toHaveTextContent('73282932000074');
    expect(open).toHaveTextContent('Consulter les dossiers');
    expect(open).toHaveTextContent('Gérer les factures');
    expect(within(open).queryByText('Fermé')).not.toBeInTheDocument();

    const closed = screen.getByRole('article', { name: 'Boulangerie Durand — Villeurbanne Fermé' });
    expect(closed).toHaveTextContent('73282932000082');
    expect(within(closed).getByText('Fermé')).toBeInTheDocument();
    expect(closed).toHaveTextContent('Aucun droit');
  });

  it('says so when no establishment is linked', () => {
    render(<Dashboard me={{ ...emilie, establishments: [] }} />);

    expect(screen.getByText("Aucun établissement n'est encore rattaché à votre compte.")).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
