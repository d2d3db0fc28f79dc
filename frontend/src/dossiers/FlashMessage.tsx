/** The outcome of what the user just did, announced politely. */
export function FlashMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className={message ? 'alert-success' : undefined}>
      {message}
    </div>
  );
}
