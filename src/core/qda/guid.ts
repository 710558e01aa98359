/**
 * REFI-QDA identifies everything by GUID. Annotation ids are ULIDs, which are 128-bit numbers
 * too: an annotation's GUID is its ULID's bits, so an exported project imported back gives the
 * same ids (and a QDA tool's GUID always makes a valid ULID, its top two bits being zero).
 * Users, codes, sources and notes get name-based GUIDs, so exporting twice gives the same bytes.
 */
const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GUID_PATTERN = /^\{?([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})\}?$/;

export function guidFromUlid(ulid: string): string {
  // 26 characters of 5 bits are 130 bits, the first two always zero: drop them, read hex digits.
  let hex = '';
  let bits = 0;
  let pending = 0;
  let toDrop = 2;
  for (const char of ulid.toUpperCase()) {
    const digit = ULID_ALPHABET.indexOf(char);
    if (digit < 0) throw new Error(`not a ULID: ${ulid}`);
    bits = (bits << 5) | digit;
    pending += 5;
    if (toDrop > 0) {
      pending -= toDrop;
      toDrop = 0;
      bits &= (1 << pending) - 1;
    }
    while (pending >= 4) {
      pending -= 4;
      hex += HEX_DIGITS[bits >> pending];
      bits &= (1 << pending) - 1;
    }
  }
  if (pending > 0) hex += HEX_DIGITS[bits];
  return formatGuid(hex);
}

/** The ULID of a GUID's 128 bits, or undefined when the text is not a GUID. */
export function ulidFromGuid(guid: string): string | undefined {
  const match = GUID_PATTERN.exec(guid.trim());
  if (!match) return undefined;
  let bits = '00';
  for (const digit of match.slice(1).join('')) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
  let ulid = '';
  for (let i = 0; i < bits.length; i += 5) ulid += ULID_ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
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
 * A stable GUID for a name within a kind (`user`, `code`, …): a 128-bit hash of the text
 * (cyrb128: four 32-bit lanes mixed with multiplications), shaped as a version-4 variant-1 GUID.
 * Not cryptographic: it only has to keep distinct names apart within one project.
 */
export function nameGuid(kind: string, name: string): string {
  const text = `${kind}\u0000${name}`;
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = hex32(h1) + hex32(h2) + hex32(h3) + hex32(h4);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return formatGuid(`${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`);
}

const HEX_DIGITS = '0123456789abcdef';
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight hex digits of a 32-bit lane, by table: GUIDs are made for every code, coding and note. */
function hex32(h: number): string {
  return HEX_BYTES[h >>> 24] + HEX_BYTES[(h >>> 16) & 0xff] + HEX_BYTES[(h >>> 8) & 0xff] + HEX_BYTES[h & 0xff];
}

function formatGuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
