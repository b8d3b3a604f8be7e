// jumlahNomor (src/core/detect/nomorKolom.ts): a number row's sum identity ("13 = 6 + 12"), its
// total, every term and its sign; anything else is no sum and gives undefined.
import { hanyaTambah, jumlahNomor } from "../../../src/core/detect/nomorKolom";

describe("jumlahNomor", () => {
  it.each([
    ["13 = 6 + 12", { total: 13, parts: [6, 12], signs: [1, 1] }],
    ["(12) = (8+9+10+11)", { total: 12, parts: [8, 9, 10, 11], signs: [1, 1, 1, 1] }],
    ["(6) = (3)+(4)+(5)", { total: 6, parts: [3, 4, 5], signs: [1, 1, 1] }],
    ["  7=5+6  ", { total: 7, parts: [5, 6], signs: [1, 1] }],
    ["(6) = (3)+(4)-(5)", { total: 6, parts: [3, 4, 5], signs: [1, 1, -1] }],
    ["11 = 9 - 10", { total: 11, parts: [9, 10], signs: [1, -1] }],
  ])("reads %j", (text, sum) => {
    expect(jumlahNomor(text)).toEqual(sum);
  });

  it.each([
    "",
    "13",
    "(13)",
    "Jumlah",
    "13 = 6",
    "13 = -6 + 12",
    "14 = 13/5 x 100%",
    "(14) = (13) : (5) x 100",
    "13 = 6 + 12 + tahun lalu",
    "#REF!",
    "2024 = 2023 + 1",
  ])("gives no sum for %j", (text) => {
    expect(jumlahNomor(text)).toBeUndefined();
  });
});

describe("hanyaTambah", () => {
  it("tells a plain sum from an identity that subtracts", () => {
    expect(hanyaTambah(jumlahNomor("13 = 6 + 12")!)).toBe(true);
    expect(hanyaTambah(jumlahNomor("(6) = (3)+(4)-(5)")!)).toBe(false);
  });
});
