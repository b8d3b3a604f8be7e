// What forms-blind225 .. 228 taught (fish auctions, a psychiatric hospital, early-childhood and
// equivalency education, smallholder oil palm): a hospital's wards ("Ruang Perawatan") and clinics
// name a recap's rows, as places do; a typed BOR among =ROUND(D/(B*365)*100,2) is held to what the
// formula gives; a note "Indikator nomor 3 dan 4 bersifat negatif" says which rows are
// lower-is-better; a TOTAL row that AVERAGEs a column of ratios is not the ratio of its totals;
// "Akhir Renstra (2029)" is the end-period condition.
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a hospital's wards, BOR and ALOS (forms-blind226)", () => {
  const spec = (opts: { f12?: number; d13?: string } = {}): SheetSpec => ({
    name: "BOR ALOS 2025",
    rows: [
      ["RSUD JIWA KOTA CONTOH"],
      [],
      ["Rekapitulasi Indikator Pelayanan Rawat Inap per Ruang Tahun 2025"],
      [],
      [
        "Ruang Perawatan",
        "Tempat Tidur",
        "Pasien Keluar (H+M)",
        "Hari Perawatan",
        "Lama Dirawat (hari)",
        "BOR (%)",
        "ALOS (hari)",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (4)/((2) x 365) x 100", "(7) = (5)/(3)"],
      ["Ruang Merpati", 30, 412, 9286, 9105, 84.8, 22.1],
      ["Ruang Cendrawasih", 24, 318, 6877, 6702, 78.5, 21.08],
      ["Ruang Kenari", 40, 265, 11972, 11840, 82, 44.68],
      ["Ruang NAPZA", 12, 96, 2904, 2850, 66.3, 29.69],
      ["Ruang PICU", 8, 188, 2390, 1504, opts.f12 ?? 81.85, 8],
      ["JUMLAH / RS", 114, 1279, opts.d13 ? 31039 : 33429, 32001, 80.34, 25.02],
    ],
    formulas: {
      ...Object.fromEntries(
        [7, 8, 9, 10, 11, 12].flatMap((r) => [
          ...(r === 11 && opts.f12 !== undefined ? [] : [[`F${r}`, `ROUND(D${r}/(B${r}*365)*100,2)`]]),
          [`G${r}`, `ROUND(E${r}/C${r},2)`],
        ]),
      ),
      B12: "SUM(B7:B11)",
      C12: "SUM(C7:C11)",
      D12: opts.d13 ?? "SUM(D7:D11)",
      E12: "SUM(E7:E11)",
    },
  });

  it("finds the table and names a typed BOR the ward's own figures do not give", () => {
    expect(foundOn(spec({ f12: 108.56 }))).toContainEqual(["hardcoded-value", "F11"]);
  });

  it("names a JUMLAH that stops a row short", () => {
    expect(foundOn(spec({ d13: "SUM(D7:D10)" }))).toContainEqual(["sum-mismatch", "D12"]);
  });

  it("leaves the right table alone (kept)", () => {
    expect(foundOn(spec())).toEqual([]);
  });
});

describe("a note that numbers the lower-is-better indicators 'bersifat negatif' (forms-blind225)", () => {
  const spec = (h8: number): SheetSpec => ({
    name: "Capaian Kinerja",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"],
      [],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Produksi perikanan tangkap", "ton", 24500, 23180, 94.61],
      [2, "Nilai Tukar Nelayan (NTN)", "indeks", 104, 101.3, 97.4],
      [3, "Persentase ikan hasil tangkapan yang tidak melalui lelang TPI", "%", 35, 38.5, h8],
      [4, "Jumlah kasus penangkapan ikan dengan alat tangkap tidak ramah lingkungan", "kasus", 12, 9, 125],
      [],
      ["Indikator nomor 3 dan 4 bersifat negatif: capaian = (2 x target - realisasi) / target x 100."],
    ],
  });

  it("holds row 3 to the reflected ratio the note gives", () => {
    expect(foundOn(spec(110))).toContainEqual(["capaian-mismatch", "F6"]);
  });

  it("leaves the reflected capaian alone (kept)", () => {
    expect(foundOn(spec(90))).toEqual([]);
  });
});

describe("a TOTAL row that averages a column of ratios (forms-blind225)", () => {
  const spec = (label: string, h10: string, value: number): SheetSpec => ({
    name: "Kapal 2024",
    rows: [
      ["DATA KAPAL PERIKANAN KONDISI 31 DESEMBER 2024"],
      [],
      ["No", "Kecamatan", "Jumlah Kapal", "Kapal Berizin", "% Berizin"],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3) x 100"],
      [1, "Labuhan Barat", 287, 231, 80.49],
      [2, "Tampeng Tengah", 189, 142, 75.13],
      [3, "Pelabuhan Lama", 167, 158, 94.61],
      [4, "Gili Sanggar", 202, 119, 58.91],
      [label, null, 845, 650, value],
    ],
    formulas: {
      ...Object.fromEntries([5, 6, 7, 8].map((r) => [`E${r}`, `ROUND(D${r}/C${r}*100,2)`])),
      C9: "SUM(C5:C8)",
      D9: "SUM(D5:D8)",
      E9: h10,
    },
  });

  it("names the AVERAGE where the row's own totals give the share", () => {
    expect(foundOn(spec("TOTAL", "ROUND(AVERAGE(E5:E8),2)", 77.29))).toContainEqual([
      "inconsistent-formula",
      "E9",
    ]);
  });

  it("leaves the ratio of the totals alone (kept)", () => {
    expect(foundOn(spec("TOTAL", "ROUND(D9/C9*100,2)", 76.92))).toEqual([]);
  });

  it("leaves a row that says it is an average alone", () => {
    expect(foundOn(spec("Rata-rata", "ROUND(AVERAGE(E5:E8),2)", 77.29))).toEqual([]);
  });
});

describe("words (forms-blind226)", () => {
  it("reads 'Akhir Renstra (2029)' as the end-period condition, wards and clinics as places", () => {
    expect(classifyHeader(["Akhir Renstra (2029)"]).role).toBe("kondisi-akhir");
    expect(classifyHeader(["Target Akhir Renstra"]).role).toBe("target");
    expect(classifyHeader(["Ruang Perawatan"]).role).toBe("lokasi");
    expect(classifyHeader(["Poliklinik"]).role).toBe("lokasi");
    expect(classifyHeader(["Ruang Lingkup"]).role).not.toBe("lokasi");
  });
});
