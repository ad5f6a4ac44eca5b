// A starting input for "Try it": the manifest's first benchmark case, which the pipeline already ran successfully.

export function exampleInput(manifestJson: string | null | undefined): string {
  try {
    const manifest = JSON.parse(manifestJson ?? '') as { benchmark?: { cases?: { input?: unknown }[] } };
    const input = manifest.benchmark?.cases?.[0]?.input;
    if (input !== undefined) return JSON.stringify(input, null, 2);
  } catch {
    // Fall through to an empty object.
  }
  return '{}';
}
