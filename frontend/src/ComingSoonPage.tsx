import { PageTitle } from './layout/PageTitle';

export function ComingSoonPage({ title }: { title: string }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>Cette rubrique arrive bientôt.</p>
    </>
  );
}
