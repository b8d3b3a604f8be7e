import { persentase } from "../../../src/core/indicators";
import { cetak, expectCetak, expectGagal } from "./bantu";
import { TABEL_2_3_1, TABEL_2_3_2_PROGRAM } from "./seed";

describe("persentase reproduces Kota Blitar Tabel 2.3.2 (Capaian Kinerja Program 2017-2020)", () => {
  const cases = TABEL_2_3_2_PROGRAM.flatMap((row) =>
    row.persen.map((p, i) => ({
      name: `${row.label} ${2017 + i}: ${row.pembilang[i]} / ${row.penyebut[i]} -> ${p}`,
      pembilang: row.pembilang[i],
      penyebut: row.penyebut[i],
      printed: p,
    })),
  );

  it.each(cases)("$name", ({ pembilang, penyebut, printed }) => {
    expectCetak(persentase(pembilang, penyebut), cetak(printed));
  });

  it("the percentages are the realisasi of Tabel 2.3.1 row V.4 (Persentase PMKS terlatih)", () => {
    const program = TABEL_2_3_2_PROGRAM[3];
    const kinerja = TABEL_2_3_1.find((r) => r.label.startsWith("V.4"));
    expect(program?.persen).toEqual(kinerja?.realisasi);
  });
});

describe("persentase bad input", () => {
  it.each<[string, unknown, unknown, string]>([
    ["blank numerator", "", 10, "kosong"],
    ["blank denominator", 5, "", "tidak-tersedia"],
    ["denominator 0", 5, 0, "bagi-nol"],
    ["negative numerator", -5, 10, "nilai"],
    ["negative denominator", 5, -10, "nilai"],
    ["text", "lima", 10, "nilai"],
    ["boolean", 5, true, "nilai"],
    ["Infinity", Infinity, 10, "nilai"],
    ["#REF!", 5, "#REF!", "nilai"],
    ["NA", "NA", 10, "tidak-tersedia"],
  ])("%s", (_case, a, b, error) => {
    expectGagal(persentase(a, b), error);
  });
});
