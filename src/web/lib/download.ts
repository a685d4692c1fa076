/**
 * Hands a file fetched by script to the browser's download, as a plain link would. Used where a
 * link cannot fetch the file itself (a POST with a body, such as the designation decree draft).
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; release it once the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
