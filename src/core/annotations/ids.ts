export function newAnnotationId(_now?: Date, _random?: () => number): string {
  throw new Error('not implemented yet');
}
