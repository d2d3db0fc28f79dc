export function StartupMessage({ message, failed = false }: { message: string; failed?: boolean }) {
  return (
    <main className="startup">
      <p className="app-name">Passerelle</p>
      <p role={failed ? 'alert' : 'status'}>{message}</p>
    </main>
  );
}
