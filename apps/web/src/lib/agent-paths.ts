// URLs of marketplace pages, from scoped agent names (`@scope/name` ↔ `/agents/scope/name`).

export function agentHref(name: string): string {
  const match = /^@([^/]+)\/(.+)$/.exec(name);
  return match ? `/agents/${encodeURIComponent(match[1]!)}/${encodeURIComponent(match[2]!)}` : `/marketplace?q=${encodeURIComponent(name)}`;
}

export function publisherHref(scope: string): string {
  return `/publishers/${encodeURIComponent(scope)}`;
}

export function scopedName(scope: string, name: string): string {
  return `@${scope}/${name}`;
}
