import { capaian, parseSkala, predikat, SKALA_PREDIKAT } from "../../../src/core/indicators";
import type { SkalaPredikat } from "../../../src/core/indicators";
import { expectGagal } from "./bantu";
import { TABEL_2_3_1 } from "./seed";

describe("predikat, Permendagri 86/2017 scale (default)", () => {
  it.each<[unknown, string]>([
    [1000, "Sangat Tinggi"],
    [101, "Sangat Tinggi"],
    [100, "Sangat Tinggi"],
    [90.5, "Sangat Tinggi"],
    ["90,01", "Sangat Tinggi"],
    [90, "Tinggi"],
    [75.5, "Tinggi"],
    [75, "Sedang"],
    [65.01, "Sedang"],
    [65, "Rendah"],
    [50.01, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-731, "Sangat Rendah"],
  ])("%p -> %s", (capaian, label) => {
    expect(predikat(capaian)).toEqual({ ok: true, value: label, metode: "permendagri86" });
  });

  it("does not let float noise cross a bound: R 0,27 / T 0,3 x 100 = 90.00000000000001 is Tinggi", () => {
    const h = capaian("0,27", "0,3");
    expect(h.ok && h.value).not.toBe(90);
    expect(predikat(h.ok ? h.value : NaN)).toMatchObject({ value: "Tinggi" });
  });

  const cases = TABEL_2_3_1.filter((r) => r.label.startsWith("V.4") || r.label.startsWith("I.1")).flatMap(
    (row) => row.rasio.filter((p) => p !== "NA").map((p) => ({ name: `${row.label}: ${p}`, p })),
  );
  const expected: Record<string, string> = {
    "91,67": "Sangat Tinggi",
    "102,78": "Sangat Tinggi",
    "108,33": "Sangat Tinggi",
    "81,20": "Tinggi",
    "70,32": "Sedang",
    "65,67": "Sedang",
    "58,06": "Rendah",
  };
  it.each(cases)("Kota Blitar Tabel 2.3.1, $name", ({ p }) => {
    expect(predikat(p)).toMatchObject({ ok: true, value: expected[p] });
  });
});

describe("predikat, other named scales", () => {
  it.each<[unknown, string]>([
    [90.5, "Sangat Baik"],
    [90, "Baik"],
    [75, "Cukup"],
    [65, "Kurang"],
    [50, "Sangat Kurang"],
  ])("lkjip: %p -> %s", (capaian, label) => {
    expect(predikat(capaian, "lkjip")).toEqual({ ok: true, value: label, metode: "lkjip" });
  });

  it.each<[unknown, string]>([
    [181.8, "Sangat Berhasil"],
    [100, "Sangat Berhasil"],
    [99.99, "Berhasil"],
    [75, "Berhasil"],
    [74.99, "Cukup Berhasil"],
    [55, "Cukup Berhasil"],
    [54.99, "Tidak Berhasil"],
    [-731, "Tidak Berhasil"],
  ])("berhasil (inclusive bounds as printed): %p -> %s", (capaian, label) => {
    expect(predikat(capaian, "berhasil")).toEqual({ ok: true, value: label, metode: "berhasil" });
  });

  it("accepts names loosely: 'Permendagri 86', ' LKJIP '", () => {
    expect(predikat(95, "Permendagri 86")).toMatchObject({ value: "Sangat Tinggi" });
    expect(predikat(95, " LKJIP ")).toMatchObject({ value: "Sangat Baik" });
  });
});

describe("predikat, custom scales", () => {
  it("from a two-column Excel table, rows in any order, with a blank-bound row for the lowest label", () => {
    const tabel = [
      [75, "B"],
      [90, "A"],
      ["", "C"],
    ];
    expect(predikat(95, tabel)).toEqual({ ok: true, value: "A", metode: "kustom" });
    expect(predikat(90, tabel)).toMatchObject({ value: "B" });
    expect(predikat(75, tabel)).toMatchObject({ value: "C" });
  });

  it("from a SkalaPredikat object", () => {
    const skala: SkalaPredikat = {
      nama: "opini",
      batas: [{ lebihDari: 3, label: "WTP" }],
      terendah: "lainnya",
    };
    expect(predikat(4, skala)).toEqual({ ok: true, value: "WTP", metode: "opini" });
    expect(predikat(3, skala)).toMatchObject({ value: "lainnya" });
  });

  it("parseSkala: blank means the default, names and tables are read", () => {
    expect(parseSkala(undefined)).toBeUndefined();
    expect(parseSkala("  ")).toBeUndefined();
    expect(parseSkala("berhasil")).toEqual({ ok: true, value: SKALA_PREDIKAT.berhasil });
    expect(
      parseSkala([
        [90, "A"],
        [75, "B"],
        ["-", "C"],
        ["", ""],
      ]),
    ).toEqual({
      ok: true,
      value: {
        nama: "kustom",
        batas: [
          { lebihDari: 90, label: "A" },
          { lebihDari: 75, label: "B" },
        ],
        terendah: "C",
      },
    });
  });

  it.each<[string, unknown]>([
    ["unknown name", "permendagri54"],
    [
      "no lowest row",
      [
        [90, "A"],
        [75, "B"],
      ],
    ],
    [
      "two lowest rows",
      [
        [90, "A"],
        ["", "B"],
        ["", "C"],
      ],
    ],
    [
      "a text bound",
      [
        ["tinggi", "A"],
        ["", "B"],
      ],
    ],
    [
      "a missing label",
      [
        [90, ""],
        ["", "B"],
      ],
    ],
    [
      "duplicate bounds",
      [
        [90, "A"],
        [90, "B"],
        ["", "C"],
      ],
    ],
    [
      "three columns",
      [
        [90, "A", "x"],
        ["", "B"],
      ],
    ],
    ["a flat list", [90, "A"]],
    ["only a lowest row", [["", "A"]]],
    ["a broken object", { nama: "x", batas: [{ lebihDari: "90", label: "A" }], terendah: "B" }],
    ["a boolean", true],
  ])("bad scale: %s", (_case, skala) => {
    expectGagal(predikat(95, skala as never), "nilai");
  });

  it("an unknown scale name lists the valid names", () => {
    const h = predikat(95, "permendagri54");
    if (!h.ok && h.error !== "kosong") {
      expect(h.pesan.id).toContain("permendagri86, lkjip, berhasil");
      expect(h.pesan.en).toContain("permendagri86, lkjip, berhasil");
    } else throw new Error("expected an error");
  });
});

describe("predikat bad capaian", () => {
  it.each<[string, unknown, string]>([
    ["blank", "", "kosong"],
    ["null", null, "kosong"],
    ["dash", "-", "tidak-tersedia"],
    ["text", "Baik", "nilai"],
    ["boolean", true, "nilai"],
    ["NaN", NaN, "nilai"],
    ["#DIV/0!", "#DIV/0!", "nilai"],
  ])("%s", (_case, capaian, error) => {
    expectGagal(predikat(capaian), error);
  });
});

describe("predikat at a bound, rounded as a spreadsheet rounds", () => {
  it("65,0000000005 (stored just under it) is above 65 after ROUND(x; 9), as Excel and LibreOffice show", () => {
    expect(predikat(65.0000000005)).toMatchObject({ ok: true, value: "Sedang" });
    expect(predikat("65,0000000005")).toMatchObject({ ok: true, value: "Sedang" });
    expect(predikat(65.0000000004)).toMatchObject({ ok: true, value: "Rendah" });
    expect(predikat(90.00000000000001)).toMatchObject({ ok: true, value: "Tinggi" });
  });
});
