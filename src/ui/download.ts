// Saves text as a file in the user's downloads (a local blob: nothing leaves the browser).
export function downloadText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has started by then; the URL only has to live that long.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
