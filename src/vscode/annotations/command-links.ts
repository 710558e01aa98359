/** A Markdown link that runs a command with one JSON argument (the ids of what it acts on, never text to parse back). */
export function commandLink(label: string, command: string, argument: unknown): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([argument]))})`;
}
