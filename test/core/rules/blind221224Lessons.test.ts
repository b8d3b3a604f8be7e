// What forms-blind221 .. 224 taught (libraries, nutrition, the treasury, information security):
// pregnant women with chronic energy deficiency (KEK), anaemia and SiLPA are less-is-better;
// "Jenis SP2D" names a recap's rows, not money paid out.
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";

describe("words (forms-blind222, 223)", () => {
  it("reads KEK, anaemia and SiLPA as less-is-better", () => {
    expect(polaritasDariTeks("Persentase ibu hamil Kurang Energi Kronis (KEK)")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Persentase remaja putri anemia")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Persentase SiLPA terhadap total belanja daerah")?.polaritas).toBe("negatif");
    // (not a special economic zone, "KEK" alone, nor reports "tidak terlambat")
    expect(polaritasDariTeks("Jumlah investasi di KEK")?.polaritas).not.toBe("negatif");
    expect(polaritasDariTeks("Persentase SP2D yang tidak terlambat")?.polaritas).not.toBe("negatif");
    // (a service to them stays more-is-better)
    expect(polaritasDariTeks("Cakupan ibu hamil KEK yang mendapat PMT")?.polaritas).toBe("positif");
  });

  it("reads 'Jenis SP2D' as the rows' kinds, 'Nilai SP2D (Rp)' as money spent", () => {
    expect(classifyHeader(["Jenis SP2D"]).role).not.toBe("realisasi");
    expect(classifyHeader(["Nilai SP2D (Rp)"]).role).toBe("realisasi-anggaran");
  });
});
