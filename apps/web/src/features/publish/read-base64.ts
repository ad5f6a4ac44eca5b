// The API takes the package as base64 text inside the GraphQL request.

export const MAX_PACKAGE_BYTES = 10 * 1024 * 1024;

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file.'));
    // A data URL is `data:<type>;base64,<payload>`.
    reader.onload = () => resolve(String(reader.result).split(',', 2)[1] ?? '');
    reader.readAsDataURL(file);
  });
}

/** Why a chosen file cannot be uploaded, or null when it can. */
export function packageProblem(file: File): string | null {
  if (!/\.(tgz|tar\.gz)$/i.test(file.name)) return 'Choose a gzipped tarball (.tgz), as `npm pack` or `nexus pack` makes.';
  if (file.size === 0) return 'The file is empty.';
  if (file.size > MAX_PACKAGE_BYTES) return `The package is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB.`;
  return null;
}
