// Names for a duplicated workflow: "Name (copy)", then "Name (copy 2)", … within the API's 100 characters.

export function copyName(name: string, attempt: number): string {
  const suffix = attempt <= 1 ? ' (copy)' : ` (copy ${attempt})`;
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  return `${base.slice(0, 100 - suffix.length)}${suffix}`;
}
