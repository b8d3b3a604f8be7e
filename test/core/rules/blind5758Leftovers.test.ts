// What forms-blind57 .. 58 left (taken up at stop 16): a section heading's own SUM saved stale is
// named at that heading, not only through the grand total over it; a PK programme typed over its
// unnumbered kegiatan is held to them where the other programmes SUM theirs (in
// blind5758Lessons.test.ts); a note that names
// kinds as a "Sifat" column writes them ("indikator jumlah per tahun dijumlahkan") decides a
// final condition; "Persetujuan Lingkungan" is a licence, not a tujuan.
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;

describe("a section heading's stale subtotal", () => {
  // saved values as a workbook saved without recalculation keeps them: G7 = SUM(G8:G10)
  const desa = [
    [612, 587, 640, 702],
    [415, 438, 402, 456],
    [934, 912, 968, 1015],
    [356, 372, 381, 364],
    [288, 301, 276, 315],
  ];
  const add = (rows: number[][]) => [0, 1, 2, 3].map((i) => rows.reduce((t, r) => t + r[i], 0));
  const total = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  const spec = (stale: number): SheetSpec => {
    const kec1 = add(desa.slice(0, 2));
    const kec2 = add(desa.slice(2));
    kec2[3] -= stale;
    const kab = kec1.map((v, i) => v + kec2[i]);
    const line = (
      a: string | number,
      b: string,
      c: string | null,
      v: number[],
    ): SheetSpec["rows"][number] => [a, b, c, ...v, total(v)];
    return {
      name: "Rekap Smt II",
      rows: [
        ["REKAPITULASI SAMPAH TERPILAH YANG DISETOR KE BANK SAMPAH UNIT, JULI - DESEMBER 2024"],
        [
          "No",
          "Kecamatan / Desa",
          "Nama Bank Sampah",
          "Sampah Terpilah Disetor (kg)",
          null,
          null,
          null,
          "Jumlah (kg)",
        ],
        ["No", "Kecamatan / Desa", "Nama Bank Sampah", "Jul", "Agu", "Sep", "Okt", "Jumlah (kg)"],
        line("I", "Kec. Labuhan Sangoro", null, kec1),
        line(1, "Desa Sangoro Baru", "BSU Berkah Lestari", desa[0]),
        line(2, "Desa Teluk Santong", "BSU Pesisir Bersih", desa[1]),
        line("II", "Kec. Moyo Ilir", null, kec2),
        line(1, "Desa Olat Rawa", "BSU Olat Hijau", desa[2]),
        line(2, "Desa Kakiang", "BSU Mandiri Kakiang", desa[3]),
        line(3, "Desa Kakiang Hulu", "BSU Hulu", desa[4]),
        line("TOTAL KABUPATEN", "", null, kab),
      ],
      merges: ["D2:G2"],
      formulas: {
        ...Object.fromEntries(["D", "E", "F", "G"].map((c) => [`${c}4`, `SUM(${c}5:${c}6)`])),
        ...Object.fromEntries(["D", "E", "F", "G"].map((c) => [`${c}7`, `SUM(${c}8:${c}10)`])),
        ...Object.fromEntries(["D", "E", "F", "G", "H"].map((c) => [`${c}11`, `${c}4+${c}7`])),
        ...Object.fromEntries([4, 5, 6, 7, 8, 9, 10].map((r) => [`H${r}`, `SUM(D${r}:G${r})`])),
      },
    };
  };
  it("names the stale heading once, the grand total over it as its consequence", () => {
    expect(found(spec(82))).toEqual([["sum-mismatch", "G7"]]);
  });
  it("says nothing of a heading saved with its sum", () => {
    expect(found(spec(0))).toEqual([]);
  });
});

describe("a note that names kinds as the Sifat column writes them", () => {
  const spec = (j5: number, note: string): SheetSpec => ({
    name: "Target Renstra",
    rows: [
      ["Tabel 5.1 Target Kinerja Renstra Tahun 2025-2029"],
      [
        "No",
        "Indikator Kinerja Tujuan / Sasaran",
        "Satuan",
        "Baseline 2024",
        "Proyeksi Target",
        null,
        null,
        null,
        null,
        "Kondisi Akhir Periode Renstra",
        "Sifat Data",
      ],
      [
        "No",
        "Indikator Kinerja Tujuan / Sasaran",
        "Satuan",
        "Baseline 2024",
        2025,
        2026,
        2027,
        2028,
        2029,
        "Kondisi Akhir Periode Renstra",
        "Sifat Data",
      ],
      [1, "Tingkat Partisipasi Angkatan Kerja", "%", 63.4, 63.8, 64.2, 64.6, 65, 65.4, 65.4, "tingkat"],
      [
        2,
        "Jumlah pencari kerja yang ditempatkan",
        "orang",
        18420,
        19000,
        19800,
        20600,
        21400,
        22200,
        j5,
        "jumlah per tahun",
      ],
      [
        3,
        "Persentase kasus hubungan industrial yang diselesaikan",
        "%",
        78,
        80,
        82,
        84,
        86,
        88,
        88,
        "tingkat",
      ],
      [],
      [note],
    ],
    merges: ["E2:I2"],
  });
  const said =
    "Catatan: indikator tingkat berakhir pada target tahun 2029; indikator jumlah per tahun dijumlahkan selama lima tahun.";
  it("holds a yearly count to the sum the note asks for", () => {
    expect(found(spec(22_200, said))).toEqual([["kondisi-akhir-mismatch", "J5"]]);
    expect(found(spec(103_000, said))).toEqual([]);
  });
  it("leaves the last target alone where the note does not say so, or says the count is not summed", () => {
    expect(found(spec(22_200, "Catatan: data bersumber dari Sakernas BPS."))).toEqual([]);
    expect(
      found(
        spec(
          22_200,
          "Catatan: indikator tingkat berakhir pada target tahun 2029; indikator jumlah per tahun tidak dijumlahkan.",
        ),
      ),
    ).toEqual([]);
  });
});

it("reads a licence named Persetujuan as no tujuan", () => {
  expect(
    classifyHeader(["Jenis Perizinan yang Diterbitkan (dokumen)", "Persetujuan Lingkungan"]).role,
  ).not.toBe("tujuan");
  expect(classifyHeader(["Tujuan"]).role).toBe("tujuan");
  expect(classifyHeader(["Tujuan / Sasaran"]).role).toBe("sasaran");
});
