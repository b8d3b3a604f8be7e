// What forms-blind309 .. 312 taught (investment and permits, a hospital, regional revenue,
// education): a permit recap's rows named "Sektor Usaha" are its rows' names, so the recap is a
// table; a share over a sum of its row's cells ("Pelunasan / (Saldo awal + Penambahan) x 100")
// cannot pass 100 where no row's part passes its whole; "OPD Pemungut" names the office in charge.
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a permit recap by 'Sektor Usaha' (forms-blind309)", () => {
  const spec = (jumlah: number): SheetSpec => ({
    name: "Perizinan 2025",
    rows: [
      ["REKAPITULASI PERMOHONAN DAN PENERBITAN PERIZINAN BERUSAHA MELALUI OSS"],
      [],
      ["Sektor Usaha", "Permohonan Masuk", "Izin Terbit", "Ditolak / Dikembalikan", "Dalam Proses"],
      ["Perdagangan", 842, 781, 23, 38],
      ["Industri Pengolahan", 315, 288, 11, 16],
      ["Konstruksi dan Real Estat", 276, 241, 19, 16],
      ["Kesehatan", 134, 121, 5, 8],
      ["JUMLAH", 1567, jumlah, 58, 78],
    ],
  });

  it("is a table whose typed JUMLAH is held to its rows", () => {
    const tables = detectTables(sheet(spec(1431))).map(reportTable);
    expect(tables).toHaveLength(1);
    expect(tables[0].columns.find((c) => c.column === "A")).toMatchObject({ role: "indikator" });
    expect(foundOn(spec(1431))).toEqual([]);
    expect(foundOn(spec(1413))).toContainEqual(["sum-mismatch", "C8"]);
  });
});

describe("a share over a sum of its row's cells (forms-blind311)", () => {
  const pct = (r: number): [string, string] => [`F${r}`, `ROUND(E${r}/(C${r}+D${r})*100,2)`];
  const spec = (banuaAnyar: number): SheetSpec => ({
    name: "Piutang PBB-P2 2024",
    rows: [
      ["REKAPITULASI MUTASI PIUTANG PBB-P2 PER KECAMATAN TAHUN 2024"],
      [],
      [
        "No",
        "Kecamatan",
        "Saldo Piutang 1 Januari 2024 (Rp)",
        "Penambahan Ketetapan (Rp)",
        "Pelunasan (Rp)",
        "Piutang Tertagih (%)",
      ],
      [1, "Sirandah Kota", 6845120000, 2310450000, 3402880000, 37.17],
      [2, "Sirandah Timur", 4120780000, 1486200000, 1862540000, 33.22],
      [3, "Banua Anyar", 3507300000, 1122650000, 1390100000, banuaAnyar],
      [4, "Tanjung Rema", 2264050000, 874300000, 951720000, 30.33],
      [5, "Pasar Lama", 5018400000, 1705900000, 2644310000, 39.32],
    ],
    formulas: Object.fromEntries([4, 5, 7, 8].map(pct)),
  });

  it("names a typed share above 100 %, and leaves one within it to the formula's readers", () => {
    expect(foundOn(spec(104.62))).toContainEqual(["percent-out-of-range", "F6"]);
    expect(foundOn(spec(30.02)).filter(([rule]) => rule === "percent-out-of-range")).toEqual([]);
  });
});

describe("'OPD Pemungut' of a retribusi table (forms-blind311)", () => {
  it("is the office in charge", () => {
    const spec: SheetSpec = {
      name: "Retribusi",
      rows: [
        ["Realisasi Retribusi Daerah s.d. Triwulan IV Tahun 2024"],
        ["No", "Jenis Retribusi", "Target (Rp)", "Realisasi (Rp)", "%", "OPD Pemungut"],
        [1, "Retribusi Pelayanan Kesehatan", 9850000000, 9312600000, 94.54, "Dinas Kesehatan"],
        [2, "Retribusi Pelayanan Kebersihan", 2400000000, 2118450000, 88.27, "Dinas Lingkungan Hidup"],
        [3, "Retribusi Pelayanan Pasar", 2760000000, 2455900000, 88.98, "Dinas Perdagangan"],
      ],
    };
    const [t] = detectTables(sheet(spec)).map(reportTable);
    expect(t.columns.find((c) => c.column === "F")).toMatchObject({ role: "penanggung-jawab" });
  });
});
