/**
 * REFI-QDA identifies everything by GUID. Annotation ids are ULIDs, which are 128-bit numbers
 * too: an annotation's GUID is its ULID's bits, so an exported project imported back gives the
 * same ids (and a QDA tool's GUID always makes a valid ULID, its top two bits being zero).
 * Users, codes, sources and notes get name-based GUIDs, so exporting twice gives the same bytes.
 */
const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GUID_PATTERN = /^\{?([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})\}?$/;

export function guidFromUlid(ulid: string): string {
  let value = 0n;
  for (const char of ulid.toUpperCase()) {
    const digit = ULID_ALPHABET.indexOf(char);
    if (digit < 0) throw new Error(`not a ULID: ${ulid}`);
    value = value * 32n + BigInt(digit);
  }
  return formatGuid(value.toString(16).padStart(32, '0'));
}

/** The ULID of a GUID's 128 bits, or undefined when the text is not a GUID. */
export function ulidFromGuid(guid: string): string | undefined {
  const match = GUID_PATTERN.exec(guid.trim());
  if (!match) return undefined;
  let value = BigInt(`0x${match.slice(1).join('')}`);
  let ulid = '';
  for (let i = 0; i < 26; i++) {
    ulid = ULID_ALPHABET[Number(value % 32n)] + ulid;
    value /= 32n;
  }
  return ulid;
}

export function isGuid(text: string): boolean {
  return GUID_PATTERN.test(text);
}

/** A GUID as the standard writes it: lower-case, without braces. */
export function normalizeGuid(guid: string): string {
  const match = GUID_PATTERN.exec(guid.trim());
  return match ? match.slice(1).join('-').toLowerCase() : guid;
}

/**
 * A stable GUID for a name within a kind (`user`, `code`, …): two 64-bit FNV-1a hashes of the
 * UTF-16 text with different offsets, shaped as a version-4 variant-1 GUID. Not cryptographic:
 * it only has to keep distinct names apart within one project.
 */
export function nameGuid(kind: string, name: string): string {
  const text = `${kind}\u0000${name}`;
  const hex = fnv1a64(text, 0xcbf29ce484222325n).toString(16).padStart(16, '0')
    + fnv1a64(text, 0x84222325cbf29ce4n).toString(16).padStart(16, '0');
  const versioned = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17)}`;
  return formatGuid(versioned);
}

function fnv1a64(text: string, offset: bigint): bigint {
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let hash = offset;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash;
}

function formatGuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
