/** A file that cannot be taken as text (bad bytes, a link, a FIFO), with where and why, for the Problems view. */
export class UnreadableFileError extends Error {
  constructor(readonly problem: { message: string; line: number; column: number }) {
    super(problem.message);
  }
}
