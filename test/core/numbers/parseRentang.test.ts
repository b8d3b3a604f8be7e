import { parseRentang } from "../../../src/core/numbers";

describe("parseRentang", () => {
  it.each<[string, number, number]>([
    ["80 - 90", 80, 90],
    ["80-90", 80, 90],
    ["80 – 90", 80, 90],
    ["80 — 90", 80, 90],
    ["80 s.d. 90", 80, 90],
    ["80 s/d 90", 80, 90],
    ["80 sd 90", 80, 90],
    ["80 sampai dengan 90", 80, 90],
    ["80% - 90%", 80, 90],
    ["7,5 - 8,25", 7.5, 8.25],
    ["1.000 - 2.000", 1000, 2000],
    ["90 - 80", 90, 80],
  ])("%j", (text, bawah, atas) => {
    expect(parseRentang(text)).toEqual({ bawah, atas });
  });

  it.each<[string, unknown]>([
    ["a negative number", "-3,2"],
    ["a plain number", "85"],
    ["a no-data dash", "-"],
    ["a word", "Baik"],
    ["a range with a word", "80 - Baik"],
    ["a graded score", "A (84,35)"],
    ["a number value", 85],
    ["blank", ""],
    ["null", null],
  ])("not a range: %s", (_case, input) => {
    expect(parseRentang(input)).toBeUndefined();
  });
});
