/** Hands a file to the browser's download manager without leaving the page. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next task: Chromium starts the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
