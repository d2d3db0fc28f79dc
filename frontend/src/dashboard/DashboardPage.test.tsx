import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emilie } from '../test/fixtures';
import { DashboardPage } from './DashboardPage';

describe('DashboardPage', () => {
  it('shows a loading state, then the dashboard', async () => {
    render(<DashboardPage loadMe={() => Promise.resolve(emilie)} />);

    expect(screen.getByRole('status')).toHaveTextContent('Chargement de vos informations…');
    expect(await screen.findByRole('heading', { name: 'Bonjour Émilie Durand' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the problem detail when loading fails', async () => {
    const detail = "Votre rôle ne permet pas d'accéder à cette ressource.";

    render(<DashboardPage loadMe={() => Promise.reject(new Error(detail))} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Vos informations n'ont pas pu être chargées.");
    expect(alert).toHaveTextContent(detail);
  });
});
