// What forms-blind81 .. 84 taught (legal bureaus of Sulawesi Tenggara and Kepulauan Riau; agriculture
// offices of Lampung and Sulawesi Tengah; border agencies of Kalimantan Utara and NTT; welfare
// sections of Aceh and Kalimantan Barat): a percentage row computed down its column among rows
// computed across is another kind of row; an allocation of goods is the target its "% Serapan"
// divides by; a grant agreement (NPHD) caps what is paid on it; the places and remarks of their
// headers.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (spec: SheetSpec): string[] =>
  detectTables(sheet(spec))[0].columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}`);

it("lets a percentage row computed down its column stand among rows that add their months", () => {
  const rows: Array<Array<string | number | null>> = [
    ["DATA PERLINTASAN PLBN TAHUN 2024"],
    ["No", "Uraian", "Satuan", "Realisasi Tahun 2024", null, null, null],
    ["No", "Uraian", "Satuan", "Jan", "Feb", "Mar", "Jml TW I"],
  ];
  const formulas: Record<string, string> = {};
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const blok = (judul: string, wni: number[], wna: number[]): number[] => {
    rows.push([null, judul]);
    const r = rows.length + 1;
    const jml = wni.map((x, i) => x + wna[i]);
    rows.push([1, "Warga Negara Indonesia", "orang", ...wni, sum(wni)]);
    rows.push([2, "Warga Negara Asing", "orang", ...wna, sum(wna)]);
    rows.push([null, `Jumlah ${judul}`, "orang", ...jml, sum(jml)]);
    for (const c of ["D", "E", "F"]) formulas[`${c}${r + 2}`] = `${c}${r}+${c}${r + 1}`;
    for (const x of [r, r + 1, r + 2]) formulas[`G${x}`] = `SUM(D${x}:F${x})`;
    return [...wna, sum(wna), ...jml, sum(jml)];
  };
  const a1 = blok("Pelintas Datang", [1842, 1705, 1968], [1126, 1048, 1187]);
  const a2 = blok("Pelintas Berangkat", [1798, 1744, 1932], [1109, 1062, 1175]);
  const pct = [0, 1, 2, 3].map((i) => Math.round(((a1[i] + a2[i]) / (a1[i + 4] + a2[i + 4])) * 10000) / 100);
  rows.push([null, "INDIKATOR"], [1, "Persentase pelintas WNA", "%", ...pct]);
  for (const c of ["D", "E", "F", "G"]) formulas[`${c}13`] = `ROUND((${c}6+${c}10)/(${c}7+${c}11)*100,2)`;
  const spec: SheetSpec = { name: "Lintas Batas", rows, formulas, merges: ["D2:G2"] };
  expect(foundOn(spec)).toEqual([]);
});

it("reads an allocation of goods as the target its '% Serapan' divides by, no money's ratio", () => {
  const spec: SheetSpec = {
    name: "Rekap Pupuk 2024",
    rows: [
      ["REKAPITULASI ALOKASI DAN REALISASI PUPUK BERSUBSIDI TAHUN 2024"],
      ["No", "Kecamatan", "Alokasi (Ton)", "Realisasi Penyaluran (Ton)", "% Serapan"],
      [1, "Way Tenumbang", 2845.5, 2712.85, 95.34],
      [2, "Tanjung Ratu Ilir", 3410.25, 3288.4, 96.43],
      [3, "Sukadana Baru", 1986, 1874.35, 94.38],
      [4, "Rawa Pitu Jaya", 3125.4, 3014.65, 96.46],
    ],
    formulas: {
      E3: "ROUND(D3/C3*100,2)",
      E4: "ROUND(D4/C4*100,2)",
      E5: "ROUND(D5/C5*100,2)",
      E6: "ROUND(D6/C6*100,2)",
    },
  };
  expect(roles(spec)).toEqual(["no", "lokasi", "target 2024", "realisasi 2024", "capaian 2024"]);
  expect(detectTables(sheet(spec))[0].columns[4].ukuran).toBeUndefined();
  // (a budget's "% Serapan" stays the money's)
  expect(classifyHeader(["% Serapan"])).toMatchObject({ role: "capaian", ukuran: "Rp" });
});

describe("a grant list: the NPHD caps what is paid in its stages", () => {
  const spec = (tahap2: number): SheetSpec => ({
    name: "Hibah 2024",
    rows: [
      ["DAFTAR PENERIMA DAN REALISASI PENCAIRAN HIBAH UANG TAHUN ANGGARAN 2024"],
      [
        "No",
        "Penerima Hibah",
        "Alamat / Kecamatan",
        "Nilai Hibah sesuai NPHD (Rp)",
        "Realisasi Pencairan (Rp)",
        null,
        null,
        "% Pencairan",
        "Status LPJ",
      ],
      [null, null, null, null, "Tahap I (70%)", "Tahap II (30%)", "Total", null, null],
      [
        1,
        "Masjid Agung Al-Muhajirin",
        "Sungai Mentibar",
        250_000_000,
        175_000_000,
        75_000_000,
        250_000_000,
        100,
        "Sudah LPJ",
      ],
      [
        2,
        "GKE Jemaat Immanuel",
        "Tanjung Sari",
        95_000_000,
        66_500_000,
        tahap2,
        66_500_000 + tahap2,
        0,
        "Sudah LPJ",
      ],
      [
        3,
        "Vihara Dharma Bhakti",
        "Sei Ayak",
        80_000_000,
        56_000_000,
        24_000_000,
        80_000_000,
        100,
        "Sudah LPJ",
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"],
    formulas: {
      G4: "SUM(E4:F4)",
      G5: "SUM(E5:F5)",
      G6: "SUM(E6:F6)",
      H4: "ROUND(G4/D4*100,2)",
      H5: "ROUND(G5/D5*100,2)",
      H6: "ROUND(G6/D6*100,2)",
    },
  });
  const withRatio = (s: SheetSpec): SheetSpec => {
    const rows = s.rows.map((r) => [...r]);
    rows[4][7] = Math.round(((rows[4][6] as number) / 95_000_000) * 10000) / 100;
    return { ...s, rows };
  };

  it("reads the agreement as the ceiling, the stages' total as the year's realisation", () => {
    expect(roles(spec(28_500_000))).toEqual([
      "no",
      "lainnya",
      "lokasi",
      "anggaran 2024",
      "realisasi-anggaran 2024",
      "realisasi-anggaran 2024",
      "realisasi-anggaran 2024",
      "capaian 2024",
      "keterangan",
    ]);
  });

  it("names a total paid above the agreement at its cell", () => {
    expect(foundOn(withRatio(spec(28_500_000)))).toEqual([]);
    expect(foundOn(withRatio(spec(58_500_000)))).toEqual([["serapan-over-100", "G5"]]);
  });
});

it("reads the places and remarks these offices head their columns with", () => {
  for (const h of ["Alamat / Kecamatan", "Kecamatan Perbatasan", "Kecamatan / Desa", "Desa"])
    expect([h, classifyHeader([h]).role]).toEqual([h, "lokasi"]);
  expect(classifyHeader(["Kecamatan / Kelompok Tani"]).role).not.toBe("lokasi");
  expect(classifyHeader(["Status LPJ"]).role).toBe("keterangan");
  expect(classifyHeader(["% Pencairan"]).role).toBe("capaian");
});
