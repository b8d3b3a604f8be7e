// Family-planning recap of the Dinas Pengendalian Penduduk dan KB of Kabupaten Bontomarannu Timur
// (Sulawesi Selatan): PUS, peserta KB aktif by method group, CPR and unmet need per kecamatan at
// December 2024. The shares divide each row's own counts and must never be summed. Every number is
// invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** Rekap PUS / PA / CPR / unmet need per kecamatan, Desember 2024. */
export function rekapKbBontomarannu(): BookW {
  const b = new BookW(
    "rekap-pus-peserta-kb-aktif-cpr-des-2024-dppkb-kab-bontomarannu-timur.xlsx",
    "KB recap per kecamatan (PUS, peserta KB aktif, CPR, unmet need)",
    "Kecamatan | 'Jumlah PUS' | 'Peserta KB Aktif (PA)' > MKJP | Non MKJP | Jumlah PA | 'CPR (%)' | 'Unmet Need' > Jumlah | '% thd PUS'; group text written once (not merged); KABUPATEN row at the bottom",
  );
  const S = "KB per Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "KABUPATEN BONTOMARANNU TIMUR"]);
  s.lines(
    [
      "Rekapitulasi Pasangan Usia Subur dan Peserta KB Aktif Menurut Kecamatan",
      "Keadaan Bulan Desember 2024",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const ks: Array<[string, number, number, number, number]> = [
    ["Parangloe Baru", 9_412, 2_186, 3_774, 1_083],
    ["Bontolempangan Utara", 5_873, 1_204, 2_391, 702],
    ["Tompobulu Hilir", 7_265, 1_530, 2_968, 918],
    ["Bungaya Timur", 4_118, 812, 1_677, 541],
    ["Manuju Raya", 3_946, 735, 1_620, 497],
    ["Tinggimoncong Selatan", 8_054, 1_902, 3_311, 865],
    ["Biringbulu Hulu", 4_530, 861, 1_902, 610],
  ];
  const P = "Peserta KB Aktif (PA)";
  const U = "Unmet Need";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 24 },
    { key: "pus", head: ["Jumlah PUS"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    { key: "mk", head: [P, "MKJP"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "nm", head: [P, "Non MKJP"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "pa", head: [P, "Jumlah PA"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "cpr", head: ["CPR (%)"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "un", head: [U, "Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
    { key: "unp", head: [U, "% thd PUS"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
  ];
  const rows: Row[] = ks.map(([nm, pus, mk, non, un], i) => ({
    id: `k${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: nm,
      pus,
      mk,
      nm: non,
      // planted: Tompobulu Hilir's Jumlah PA typed 4,948 (1,530 + 2,968 = 4,498)
      pa: i === 2 ? 4_948 : fx(`${c.a("mk")}+${c.a("nm")}`),
      cpr: fx(`ROUND(${c.a("pa")}/${c.a("pus")}*100,2)`),
      un,
      unp: fx(`ROUND(${c.a("un")}/${c.a("pus")}*100,2)`),
    }),
  }));
  rows.push({
    id: "kab",
    bold: true,
    cells: (c): Record<string, Cell> => ({
      kec: "KABUPATEN",
      ...Object.fromEntries(
        ["pus", "mk", "nm", "pa", "un"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k7")})`)]),
      ),
      // planted: the SUM dragged across into the CPR column adds the seven shares
      cpr: fx(`SUM(${c.a("cpr", "k1")}:${c.a("cpr", "k7")})`),
      unp: fx(`ROUND(${c.a("un")}/${c.a("pus")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, groups: "first", rows });
  s.gap();
  s.lines([
    "Keterangan: CPR = Jumlah PA / Jumlah PUS x 100; MKJP = IUD, Implan, MOW, MOP.",
    "Sumber: Rekapitulasi Laporan Bulanan Pelayanan Kontrasepsi (SIGA), Desember 2024.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Parangloe Baru, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pengendalian Penduduk", "dan Keluarga Berencana,"],
    nama: "MUHAMMAD ARSYAD LATANRO, S.KM., M.Kes",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19800924 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pa", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tompobulu Hilir Jumlah PA typed 4,948 among formulas; MKJP 1,530 + Non MKJP 2,968 = 4,498 (digits swapped)",
    truth: `${a("mk", "k3")}+${a("nm", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("cpr", "kab") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "sum-mismatch"],
    note: "KABUPATEN CPR =SUM of the seven kecamatan CPR gives 438.48 %; Jumlah PA 27,323 / Jumlah PUS 43,198 x 100 = 63.25",
    truth: `ROUND(${a("pa", "kab")}/${a("pus", "kab")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("unp", "kab"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("un", "kab")}/${a("pus", "kab")}*100,2)`,
    trap: `SUM(${a("unp", "k1")}:${a("unp", "k7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cpr", "k1"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("pa", "k1")}/${a("pus", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("mk", "kab"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("mk", "k1")}:${a("mk", "k7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pa", "k6"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("mk", "k6")}+${a("nm", "k6")}`,
  });
  return b.finish();
}
