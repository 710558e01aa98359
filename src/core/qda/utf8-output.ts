/**
 * Text written piece by piece, kept as UTF-8 bytes: a project of thousands of annotations is
 * never held as lines of text. Joining the lines into one string before encoding it took longer
 * than writing them, and the bytes are what the archive stores.
 */
export class Utf8Output {
  private buffer = new Uint8Array(1 << 16);
  private used = 0;

  /** Encodes the piece on its own: a surrogate pair split over two pieces is two lone halves. */
  write(text: string): void {
    // A UTF-16 unit never takes more than three bytes of UTF-8.
    this.reserve(text.length * 3);
    const bytes = this.buffer;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        bytes[at++] = c;
        continue;
      }
      if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const low = text.charCodeAt(i + 1);
        if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          const codePoint = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          bytes[at++] = 0xf0 | (codePoint >> 18);
          bytes[at++] = 0x80 | ((codePoint >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((codePoint >> 6) & 0x3f);
          bytes[at++] = 0x80 | (codePoint & 0x3f);
          i++;
          continue;
        }
        // A lone surrogate has no UTF-8: U+FFFD, as TextEncoder writes it.
        c = 0xfffd;
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
    this.used = at;
  }

  /** Everything written so far (a view: what is written later goes after it). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.used);
  }

  private reserve(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.used + bytes));
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
  }
}
