import { parseAngka } from "../../../src/core/numbers";
import type { Angka } from "../../../src/core/numbers";

const n = (value: number, extra: Partial<Extract<Angka, { kind: "angka" }>> = {}): Angka => ({
  kind: "angka",
  value,
  percent: false,
  ...extra,
});

describe("parseAngka, Indonesian mode (default)", () => {
  it.each<[string, unknown, Angka]>([
    ["Tabel 2.3.2 jumlah warga miskin 2017", "11.653", n(11653)],
    ["Buleleng kondisi awal penduduk miskin", "6,12", n(6.12)],
    ["Tabel 2.3.2 anggaran BTL 2017", "2.161.905.000", n(2161905000)],
    ["Tabel 2.3.2 PMKS terlatih 2018: a single dot and three digits is thousands", "1.092", n(1092)],
    ["Tabel 2.3.2 PMKS usia produktif", "6.212", n(6212)],
    ["thousands with decimals", "1.234,56", n(1234.56)],
    ["zero point five", "0,5", n(0.5)],
    ["comma is decimal even before three digits", "1,092", n(1.092)],
    ["percent", "12,5%", n(12.5, { percent: true })],
    ["percent after a space", "12,5 %", n(12.5, { percent: true })],
    ["Tabel 4.1 Nilai SAKIP", "A (84,35)", n(84.35, { label: "A" })],
    ["SAKIP grade split over lines by the PDF", "A  \n(83,94)", n(83.94, { label: "A" })],
    ["qualitative word before the number", "Baik 82", n(82, { label: "Baik" })],
    ["two-word label", "Sangat Baik 92,5", n(92.5, { label: "Sangat Baik" })],
    ["label after the number", "82 (Baik)", n(82, { label: "Baik" })],
    ["Tabel 4.1 predicted data footnote", "0,24*)", n(0.24, { note: "*)" })],
    ["footnote after a space", "7,37 *)", n(7.37, { note: "*)" })],
    ["double asterisk", "1,47**", n(1.47, { note: "**" })],
    ["Tabel 2.3.1 negative realisasi", "-1,29", n(-1.29)],
    ["negative with decimals", "-3,2", n(-3.2)],
    ["unicode minus", "−7,31", n(-7.31)],
    ["explicit plus", "+4,5", n(4.5)],
    ["money with Rp and space", "Rp 2.161.905.000", n(2161905000)],
    ["money with Rp glued and cents", "Rp2.161.905.000,00", n(2161905000)],
    ["money with Rp. and ,-", "Rp. 5.000,-", n(5000)],
    ["money with ,- and no Rp", "2.161.905.000,-", n(2161905000)],
    ["leading and trailing spaces", "  11.653  ", n(11653)],
    ["non-breaking spaces", "\u00A06,12\u00A0", n(6.12)],
    ["narrow no-break space groups thousands", "2\u202F161\u202F905\u202F000", n(2161905000)],
    ["space-grouped thousands with decimals", "2 161 905,50", n(2161905.5)],
    ["Tabel 2.3.2 prints rata-rata pertumbuhan with a dot: 11.60", "11.60", n(11.6)],
    ["Tabel 2.3.2 negative growth with a dot", "-32.89", n(-32.89)],
    ["a dot after a leading 0 cannot group thousands", "0.500", n(0.5)],
    ["leading decimal comma", ",5", n(0.5)],
    ["integer", "100", n(100)],
    ["leading zeros", "007", n(7)],
  ])("%s: %j", (_case, input, expected) => {
    expect(parseAngka(input)).toEqual(expected);
  });

  it.each<[string, unknown, number]>([
    ["integer", 11653, 11653],
    ["fraction", 0.36, 0.36],
    ["negative", -7.31, -7.31],
    ["negative zero becomes zero", -0, 0],
    ["bigint", BigInt(2161905000), 2161905000],
  ])("numbers pass through: %s", (_case, input, value) => {
    const a = parseAngka(input);
    expect(a).toEqual(n(value));
    expect(Object.is((a as { value: number }).value, -0)).toBe(false);
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["undefined", undefined],
    ["empty text", ""],
    ["spaces", "   "],
    ["non-breaking spaces and a tab", "\u00A0\t\u00A0"],
  ])("blank: %s", (_case, input) => {
    expect(parseAngka(input)).toEqual({ kind: "kosong" });
  });

  it.each(["-", "–", "—", "NA", "na", "N/A", "n.a.", "tidak ada data", "Belum ada data", "TAD", " - "])(
    "no-data mark %j",
    (input) => {
      expect(parseAngka(input)).toEqual({ kind: "tanpa-nilai", text: input.trim() });
    },
  );

  it("a no-data mark with a footnote is still no data", () => {
    expect(parseAngka("NA*)")).toEqual({ kind: "tanpa-nilai", text: "NA*)" });
  });

  it("a leading word before a number is a label, so callers that need a bare number check it", () => {
    expect(parseAngka("Tahun 2020")).toEqual({ kind: "angka", value: 2020, percent: false, label: "Tahun" });
  });

  it.each<[string, unknown, string]>([
    ["true", true, "TRUE"],
    ["false", false, "FALSE"],
    ["NaN", NaN, "NaN"],
    ["Infinity", Infinity, "Infinity"],
    ["-Infinity", -Infinity, "-Infinity"],
    ["Excel error", "#REF!", "#REF!"],
    ["Excel #N/A is an error, not a no-data mark", "#N/A", "#N/A"],
    ["a word", "Baik", "Baik"],
    ["a letter alone", "A", "A"],
    ["two commas", "1,234,567", "1,234,567"],
    ["dots that are not thousands groups", "1.2.3", "1.2.3"],
    ["dot after the decimal comma", "1,234.56", "1,234.56"],
    ["bare parenthesised number: accounting negative or a torn score?", "(3,2)", "(3,2)"],
    ["range is not a number", "80 - 90", "80 - 90"],
    ["sign alone", "+", "+"],
    ["trailing unit word", "100 orang", "100 orang"],
    ["exponent", "1,5E+3", "1,5E+3"],
    ["badly grouped spaces", "21 61 905", "21 61 905"],
  ])("not a number: %s", (_case, input, text) => {
    expect(parseAngka(input)).toEqual({ kind: "bukan-angka", text });
  });

  it("objects and arrays are not numbers", () => {
    expect(parseAngka({})).toEqual({ kind: "bukan-angka", text: "(object)" });
    expect(parseAngka([1])).toEqual({ kind: "bukan-angka", text: "(daftar nilai)" });
  });
});

describe("parseAngka, other decimal modes", () => {
  it.each<[string, "id" | "en" | "auto", number]>([
    ["1,234.56", "en", 1234.56],
    ["1.092", "en", 1.092],
    ["1,092", "en", 1092],
    ["2,161,905,000", "en", 2161905000],
    ["12.5%", "en", 12.5],
    ["1,234.56", "auto", 1234.56],
    ["1.234,56", "auto", 1234.56],
    ["1.092", "auto", 1092],
    ["6,12", "auto", 6.12],
    ["11.653", "id", 11653],
  ])("%j in mode %s -> %d", (input, decimal, value) => {
    const a = parseAngka(input, { decimal });
    expect(a.kind).toBe("angka");
    expect((a as { value: number }).value).toBeCloseTo(value, 10);
  });

  it.each<[string, "en" | "auto"]>([
    ["1.234,56", "en"],
    ["1,234,5.6", "auto"],
  ])("%j in mode %s is not a number", (input, decimal) => {
    expect(parseAngka(input, { decimal }).kind).toBe("bukan-angka");
  });
});
