// What forms-blind141 .. 148 taught (transport, an Inspektorat and a Bagian Hukum, hospital and
// puskesmas tables, a DPMPTSP; youth and sport, a Bappeda, environment and forestry, fire and
// public order): when a T-C.27's notes name a row in two conventions, the subject the
// name says word for word wins; a kondisi akhir summed with its Rp columns is one slip, and the
// rows it spoils are no column misread hiding the real mistake beside them; a heading that names
// some of another's ("Responden Puas (nilai >= 3)" of "Jumlah Responden") makes their ratio a share;
// a note may call a row "kondisi pada akhir tahun", a position.
import { classifyHeader } from "../../../src/core/detect/roles";
import { daunKepala, kelompokKepala } from "../../../src/core/detect/text";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn } from "./ruleTester";
import { tc27Sheet } from "./tc27Sheet";
import type { SheetSpec } from "./ruleTester";

/** A T-C.27 of five years, Target | Rp each, its kondisi akhir K in column N and Rp in O. */
const tc27 = (
  rows: (string | number | null)[][],
  formulas: Record<string, string>,
  notes: string[] = [],
): SheetSpec => tc27Sheet("Renstra Dinas Perhubungan Tahun 2025-2029", rows, formulas, notes);

describe("a T-C.27 whose notes name a row in both conventions", () => {
  it("follows the subject its name says word for word", () => {
    const spec = tc27(
      [
        [
          "2.15.02.2.03.0001",
          "Jumlah terminal tipe C yang memenuhi standar",
          "terminal",
          3,
          1697,
          4,
          1372,
          4,
          1996,
          5,
          1440,
          5,
          1503,
          5,
          8008,
        ],
        [
          "2.15.02.2.03.0002",
          "Jumlah laporan operasional terminal tipe C",
          "laporan",
          12,
          412,
          12,
          437,
          12,
          455,
          12,
          472,
          12,
          490,
          60,
          2266,
        ],
        [
          "2.15.02.2.03.0003",
          "Jumlah terminal tipe C yang dipelihara",
          "terminal",
          3,
          1285,
          4,
          935,
          4,
          1541,
          5,
          968,
          5,
          1013,
          5,
          5742,
        ],
        [
          "2.15.02.2.03.0004",
          "Jumlah kendaraan bermotor yang diuji berkala",
          "unit",
          8700,
          624,
          8950,
          652,
          9200,
          683,
          9450,
          712,
          9700,
          746,
          46000,
          3417,
        ],
      ],
      {
        N4: "L4",
        N5: "D5+F5+H5+J5+L5",
        N6: "L6",
        N7: "D7+F7+H7+J7+L7",
        O4: "E4+G4+I4+K4+M4",
        O5: "E5+G5+I5+K5+M5",
        O6: "E6+G6+I6+K6+M6",
        O7: "E7+G7+I7+K7+M7",
      },
      [
        "Keterangan: kondisi akhir target indikator persentase dan jumlah terminal adalah target tahun ke-5;",
        "jumlah laporan dan kendaraan yang diuji adalah jumlah lima tahun.",
      ],
    );
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a T-C.27 whose kondisi akhir K sums its Rp columns too", () => {
  // (the cached results are what the slipped SUMs give, as a spreadsheet saves them)
  it("names the slip once and still finds the rate whose final condition is not its last target", () => {
    const flows = (r: number) => `SUM(D${r}:L${r})`;
    const spec = tc27(
      [
        [
          "2.18.04.2.01.0001",
          "Persentase perizinan yang terbit tepat waktu",
          "%",
          90,
          2044,
          92,
          2151,
          94,
          2252,
          95,
          2349,
          96,
          2457,
          96,
          11253,
        ],
        [
          "2.18.04.2.01.0002",
          "Jumlah izin yang diterbitkan",
          "dokumen",
          2100,
          2044,
          2250,
          2151,
          2400,
          2252,
          2550,
          2349,
          2700,
          2457,
          20796,
          11253,
        ],
        [
          "2.18.04.2.01.0003",
          "Jumlah pelaku usaha yang difasilitasi",
          "pelaku usaha",
          820,
          1245,
          850,
          1311,
          880,
          1369,
          910,
          1422,
          940,
          1487,
          9747,
          6834,
        ],
        [
          "2.18.04.2.01.0004",
          "Jumlah laporan pemantauan komitmen",
          "laporan",
          4,
          486,
          4,
          512,
          4,
          538,
          4,
          565,
          4,
          591,
          2121,
          2692,
        ],
        [
          "2.18.04.2.01.0005",
          "Nilai Indeks Kepuasan Masyarakat (IKM)",
          "indeks",
          82.5,
          313,
          83.4,
          328,
          84.3,
          345,
          85.2,
          362,
          86,
          379,
          84.3,
          1727,
        ],
        [
          "2.18.04.2.01.0006",
          "Jumlah laporan LKPM yang diolah",
          "laporan",
          4,
          269,
          4,
          282,
          4,
          296,
          4,
          311,
          4,
          326,
          1178,
          1484,
        ],
      ],
      {
        N4: "L4",
        N5: flows(5),
        N6: flows(6),
        N7: flows(7),
        N9: flows(9),
        ...Object.fromEntries([4, 5, 6, 7, 8, 9].map((r) => [`O${r}`, `E${r}+G${r}+I${r}+K${r}+M${r}`])),
      },
    );
    expect(foundOn(spec)).toEqual([
      ["sum-mismatch", "N5"],
      ["kondisi-akhir-mismatch", "N8"],
    ]);
  });
});

describe("a survey recap whose satisfied respondents outnumber the respondents", () => {
  const spec = (puas: number): SheetSpec => ({
    name: "SKM 2024",
    rows: [
      [
        "No",
        "Unit Layanan",
        "Jumlah Responden",
        "Responden Puas (nilai >= 3)",
        "Persentase Puas (%)",
        "Nilai IKM",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4) / (3) x 100", "(6)"],
      [1, "Layanan Perizinan Berusaha", 386, 341, 88.34, 84.12],
      [2, "Layanan Persetujuan Bangunan Gedung", 214, 171, 79.91, 78.9],
      [3, "Layanan Konsultasi dan Pengaduan", 118, puas, Math.round((puas / 118) * 10000) / 100, 77.45],
      [4, "Gerai Mal Pelayanan Publik", 242, 219, 90.5, 87.36],
    ],
    formulas: {
      E3: "ROUND(D3/C3*100,2)",
      E4: "ROUND(D4/C4*100,2)",
      E5: "ROUND(D5/C5*100,2)",
      E6: "ROUND(D6/C6*100,2)",
    },
  });

  it("reads a heading with '>=' in it as one label", () => {
    expect(daunKepala("Responden Puas (nilai >= 3)")).toBe("Responden Puas (nilai >= 3)");
    expect(kelompokKepala("Nilai IKM > Semester I")).toBe("Nilai IKM");
    expect(classifyHeader(["Responden Puas (nilai >= 3)"]).role).not.toBe("lokasi");
  });

  it("reads a terminal's name, and DIY's kapanewon, as places", () => {
    expect(classifyHeader(["Nama Terminal"]).role).toBe("lokasi");
    expect(classifyHeader(["Kapanewon"]).role).toBe("lokasi");
  });

  it("holds the share of the satisfied to 100 %", () => {
    expect(foundOn(spec(104))).toEqual([]);
    expect(foundOn(spec(127))).toEqual([["percent-out-of-range", "E5"]]);
  });
});

describe("a T-C.27 whose note calls a managed area a position at the year's end", () => {
  it("takes its last target as its final condition, beside counts that add up", () => {
    const spec = tc27(
      [
        [
          "2.11.05.2.01.0001",
          "Luas RTH publik yang ditata",
          "Ha",
          3.2,
          1285,
          3.5,
          1343,
          3.8,
          1410,
          4,
          1468,
          4.5,
          1536,
          19,
          7042,
        ],
        [
          "2.11.05.2.01.0002",
          "Jumlah bibit tanaman yang disalurkan",
          "batang",
          60000,
          845,
          65000,
          903,
          70000,
          948,
          75000,
          1007,
          80000,
          1064,
          350000,
          4767,
        ],
        [
          "2.11.05.2.01.0003",
          "Luas hutan kota yang dikelola",
          "Ha",
          12,
          612,
          12,
          641,
          14,
          672,
          14,
          702,
          16,
          739,
          16,
          3366,
        ],
      ],
      {
        N4: "SUM(D4,F4,H4,J4,L4)",
        N5: "SUM(D5,F5,H5,J5,L5)",
        ...Object.fromEntries([4, 5, 6].map((r) => [`O${r}`, `SUM(E${r},G${r},I${r},K${r},M${r})`])),
      },
      [
        "Catatan: target kegiatan berupa luas dan jumlah bibit bersifat kumulatif per tahun; luas hutan kota yang dikelola dan persentase RTH adalah kondisi pada akhir tahun.",
      ],
    );
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("an environment quality index", () => {
  it("is higher-is-better", () => {
    expect(polaritasDariTeks("Indeks Kualitas Tutupan Lahan (IKTL)")?.polaritas).toBe("positif");
  });
});

describe("seedlings alive against a bare 'Jumlah' under the kinds of seedling", () => {
  const spec = (hidup: number): SheetSpec => ({
    name: "Rekap Bibit",
    rows: [
      ["No", "Desa", "Jenis Bibit (batang)", null, null, "Bibit Hidup (batang)", "Persentase Tumbuh (%)"],
      ["No", "Desa", "Mahoni", "Jati Putih", "Jumlah", "Bibit Hidup (batang)", "Persentase Tumbuh (%)"],
      ["(1)", "(2)", "(3)", "(4)", "(5) = 3+4", "(6)", "(7) = 6/5 x 100"],
      [1, "Oinlasi", 1200, 800, 2000, 1740, 87],
      [2, "Nulle", 900, 700, 1600, 1344, 84],
      [3, "Babuin", 600, 400, 1000, hidup, Math.round((hidup / 1000) * 10000) / 100],
      [4, "Tumu", 1500, 600, 2100, 1900, 90.48],
    ],
    merges: ["C1:E1"],
    formulas: Object.fromEntries(
      [4, 5, 6, 7].flatMap((r) => [
        [`E${r}`, `SUM(C${r}:D${r})`],
        [`G${r}`, `ROUND(F${r}/E${r}*100,2)`],
      ]),
    ),
  });

  it("reads those alive as part of the seedlings the heading names", () => {
    expect(foundOn(spec(905))).toEqual([]);
    expect(foundOn(spec(1070))).toEqual([["percent-out-of-range", "G6"]]);
  });
});
