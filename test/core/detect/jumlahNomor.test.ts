// jumlahNomor (src/core/detect/nomorKolom.ts): a number row's sum identity ("13 = 6 + 12"), its
// total and every addend; anything else is no sum and gives undefined.
import { jumlahNomor } from "../../../src/core/detect/nomorKolom";

describe("jumlahNomor", () => {
  it.each([
    ["13 = 6 + 12", { total: 13, parts: [6, 12] }],
    ["(12) = (8+9+10+11)", { total: 12, parts: [8, 9, 10, 11] }],
    ["(6) = (3)+(4)+(5)", { total: 6, parts: [3, 4, 5] }],
    ["  7=5+6  ", { total: 7, parts: [5, 6] }],
  ])("reads %j", (text, sum) => {
    expect(jumlahNomor(text)).toEqual(sum);
  });

  it.each([
    "",
    "13",
    "(13)",
    "Jumlah",
    "13 = 6",
    "13 = 6 - 12",
    "14 = 13/5 x 100%",
    "(14) = (13) : (5) x 100",
    "13 = 6 + 12 + tahun lalu",
    "#REF!",
    "2024 = 2023 + 1",
  ])("gives no sum for %j", (text) => {
    expect(jumlahNomor(text)).toBeUndefined();
  });
});
