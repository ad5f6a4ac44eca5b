// Reads a response body with a size cap: a declared length over the cap is refused unread, and a body that turns out
// larger is cut off chunk by chunk instead of being buffered whole. Used for agents' ctx.fetch and workflow HTTP nodes.

export async function readCapped(response: Response, maxBytes: number, tooLarge: () => Error = () => new Error(`Response body exceeds ${maxBytes} bytes`)): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
