/**
 * Annotation ids are ULIDs: 10 characters of millisecond time then 16 of randomness (80 bits),
 * in Crockford base 32. They sort by creation time, and two researchers creating annotations
 * offline at the same millisecond collide with odds of about 1 in 2^80, without any coordination.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;

export function newAnnotationId(now: Date = new Date(), random: () => number = cryptoRandom): string {
  let time = Math.max(0, Math.floor(now.getTime()));
  let timePart = '';
  for (let i = 0; i < TIME_LENGTH; i++) {
    timePart = ALPHABET[time % 32] + timePart;
    time = Math.floor(time / 32);
  }
  let randomPart = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) randomPart += ALPHABET[Math.min(31, Math.floor(random() * 32))];
  return timePart + randomPart;
}

/** A ULID, as the annotation file's schema accepts it. */
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Uniform in [0, 1) from the platform's cryptographic generator (Node and web hosts alike). */
function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0] / 0x1_0000_0000;
}
