/** The If-Match header for a conditional write of the record version that was loaded. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
