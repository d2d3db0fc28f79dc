/**
 * Hands a downloaded file to the browser under its name. The document endpoint wants the bearer token, which a
 * plain link cannot send, so the file is fetched first and saved through a temporary object URL.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task may cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url));
}
