// Rounding the way a spreadsheet shows it, so that a result of the add-in and the same formula
// computed by Excel or LibreOffice (the plain formulas of "Siap kirim") agree at band bounds and
// near zero.

/**
 * ROUND(x, digits) as a spreadsheet computes it: on the number's 15 significant digits (what
 * Excel displays), half away from zero. 65,0000000005 is stored just under 65,0000000005, so
 * Math.round(x * 1e9) / 1e9 gives 65 while ROUND(x; 9) gives 65,000000001; this gives the latter.
 * 2,675 rounds to 2,68 for the same reason.
 */
export function bulatkan(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const [mantissa, exp] = Math.abs(x).toExponential(14).split("e") as [string, string];
  const shifted = Number(`${mantissa}e${Number(exp) + digits}`);
  if (shifted >= 2 ** 52) return Math.sign(x) * Number(`${mantissa}e${exp}`);
  const r = Number(`${Math.round(shifted)}e${-digits}`);
  return x < 0 ? -r : r;
}

// Band bounds are compared after rounding to 9 decimals: R / T x 100 carries float noise
// (e.g. 90.00000000000001) that must not push a value across a printed bound such as 90. The
// plain formula compares ROUND(x, 9), so the rounding is a spreadsheet's.
export function tanpaDerau(x: number): number {
  return bulatkan(x, 9);
}

/** Relative size below which a sum of two terms is taken as 0 (see jumlahRapi). */
export const NOL_RELATIF = 1e-12;

/**
 * a + b, with a sum that cancels to within NOL_RELATIF of its terms read as 0. A spreadsheet shows
 * 0 there (LibreOffice sets a + b to 0 when a and -b agree to 2^-48, Excel when the sum is the
 * formula's last operation) where JavaScript gives -7,1e-15; the plain formula writes the same
 * test out: IF(ABS(a+b)<=(ABS(a)+ABS(b))*1E-12,0,a+b).
 */
export function jumlahRapi(a: number, b: number): number {
  const s = a + b;
  return Math.abs(s) <= (Math.abs(a) + Math.abs(b)) * NOL_RELATIF ? 0 : s;
}
