// Band bounds are compared after rounding to 9 decimals: R / T x 100 carries float noise
// (e.g. 90.00000000000001) that must not push a value across a printed bound such as 90.
export function tanpaDerau(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
