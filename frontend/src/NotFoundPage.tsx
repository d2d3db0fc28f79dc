import { Link } from 'react-router-dom';
import { PageTitle } from './layout/PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page introuvable</PageTitle>
      <h1>Page introuvable</h1>
      <p>
        Cette page n'existe pas. <Link to="/">Revenir au tableau de bord</Link>
      </p>
    </>
  );
}
