export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} — Passerelle`}</title>;
}
