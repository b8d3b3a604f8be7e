// The one unit lexicon (src/core/numbers/satuan.ts) as its three readers ask it.
import { kataSatuan, satuanBenda, satuanBertambah } from "../../../src/core/numbers/satuan";

describe("satuan", () => {
  it("counts of things delivered add up; weights, shares and money do not", () => {
    for (const u of ["orang", "dokumen", "paket", "desa", "kelurahan", "ha", "bulan"])
      expect(satuanBertambah(u)).toBe(true);
    for (const u of ["ton", "ekor", "%", "rp", "hari", "indeks", "k4"])
      expect(satuanBertambah(u)).toBe(false);
  });

  it("things counted or weighed are not money", () => {
    for (const u of ["ton", "liter", "m³", "ekor", "paket", "orang", "km"]) expect(satuanBenda(u)).toBe(true);
    for (const u of ["rp", "%", "persen", "hari", "ribu rp", ""]) expect(satuanBenda(u)).toBe(false);
  });

  it("a unit word is any of them; an acronym in brackets is none", () => {
    for (const u of ["ton", "%", "rp", "hari", "kk", "jiwa"]) expect(kataSatuan(u)).toBe(true);
    for (const u of ["k4", "aki", "bor", "idm", "spbe", ""]) expect(kataSatuan(u)).toBe(false);
  });
});
