/**
 * formatAngka: a number written the Indonesian way, "." grouping thousands and "," as decimal
 * separator: 1234.56 -> "1.234,56", -1234.5 -> "-1.234,5", 2161905000 -> "2.161.905.000".
 *
 * `decimals` given: exactly that many decimals (0 to 20). Omitted: up to 2, trailing zeros
 * trimmed (the seeds print 98,04 and 100, not 100,00). Rounding is half away from zero on the
 * decimal value as written (1.005 -> "1,01"), as a reader checking a printed table expects.
 * A result that rounds to zero has no minus sign. NaN and ±Infinity come back as String(value).
 */
export function formatAngka(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = decimals !== undefined && Number.isFinite(decimals);
  const places = fixed ? Math.min(20, Math.max(0, Math.trunc(decimals as number))) : 2;
  const rounded = roundAbs(Math.abs(value), places);
  if (rounded === undefined) return String(value);

  const whole = rounded.whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const fraction = fixed ? rounded.fraction : rounded.fraction.replace(/0+$/, "");
  const negative = value < 0 && /[1-9]/.test(rounded.whole + rounded.fraction);
  return `${negative ? "-" : ""}${whole}${fraction ? `,${fraction}` : ""}`;
}

/** Digits of |value| rounded to `places`, via decimal exponents so 1.005 rounds up as written. */
function roundAbs(abs: number, places: number): { whole: string; fraction: string } | undefined {
  const text = String(abs);
  let digits: string;
  if (text.includes("e")) {
    // Very small or very large: toFixed is exact enough there and avoids exponent strings.
    const fixed = abs.toFixed(places);
    if (fixed.includes("e")) return undefined;
    digits = fixed.replace(".", "");
  } else {
    digits = String(Math.round(Number(`${text}e${places}`)));
    if (digits.includes("e")) return undefined;
  }
  digits = digits.padStart(places + 1, "0");
  return { whole: digits.slice(0, digits.length - places), fraction: digits.slice(digits.length - places) };
}
