// The pane's saved settings as the pane and the CLI read them: only well-typed fields, never a throw.
import { DEFAULT_PANE_SETTINGS, pengaturanDari } from "../../../src/core/pengaturan";

describe("pengaturanDari", () => {
  it("keeps every well-typed field, from an object or its JSON text", () => {
    const saved = {
      metodeNegatif: "rasio",
      toleransi: 0.5,
      skalaPredikat: "lkjip",
      polaritas: { "angka kemiskinan": "negatif" },
      bahasa: "en",
      diterima: [
        {
          rule: "sum-mismatch",
          sheet: "T 2.3.2",
          cell: "B9",
          actual: 20800284676,
          alasan: "dana DAK",
          tanggal: "2025-01-20",
        },
      ],
    };
    expect(pengaturanDari(saved)).toEqual(saved);
    expect(pengaturanDari(JSON.stringify(saved))).toEqual(saved);
    expect({ ...DEFAULT_PANE_SETTINGS, ...pengaturanDari({}) }).toEqual(DEFAULT_PANE_SETTINGS);
  });

  it("drops unknown fields and fields of the wrong type or value", () => {
    expect(
      pengaturanDari({
        metodeNegatif: "terbalik",
        toleransi: -1,
        skalaPredikat: "toString",
        polaritas: { a: "naik", b: "positif", "": "negatif" },
        bahasa: "fr",
        warna: "merah",
      }),
    ).toEqual({ polaritas: { b: "positif" } });
    expect(
      pengaturanDari({ toleransi: "0,5", skalaPredikat: 3, polaritas: ["positif"], diterima: "semua" }),
    ).toEqual({});
    expect(pengaturanDari({ toleransi: Infinity })).toEqual({});
  });

  it("keeps the acceptances that name a rule, a sheet, a cell and a reason; drops the rest", () => {
    const ok = {
      rule: "capaian-mismatch",
      sheet: "S",
      cell: "N8",
      alasan: "  target direvisi  ",
      tanggal: "2025-02-01",
    };
    const got = pengaturanDari({
      diterima: [
        ok,
        { ...ok, cell: "n8" },
        { ...ok, cell: "A0" },
        { ...ok, alasan: "   " },
        { ...ok, rule: 7 },
        { ...ok, actual: { x: 1 } },
        { ...ok, actual: "12,5", tanggal: 5 },
        null,
        "N8",
      ],
    });
    expect(got.diterima).toEqual([
      { ...ok, alasan: "target direvisi" },
      // an actual that is no number or text would hold for any value: that acceptance is dropped
      { ...ok, alasan: "target direvisi", actual: "12,5", tanggal: "" },
    ]);
  });

  it("never throws: anything that is not settings gives nothing", () => {
    for (const raw of [undefined, null, 3, true, "", "{", "[1,2]", "null", [], () => 1, Symbol("x")])
      expect(pengaturanDari(raw)).toEqual({});
  });
});
