/**
 * A name not yet taken in a folder: `base`, else `base-2`, `base-3`… Never overwrites what a user
 * already has under the same name.
 */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base}-${n}`;
    if (!taken.has(name)) return name;
  }
}
