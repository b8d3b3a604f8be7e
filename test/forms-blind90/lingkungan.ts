// Environmental recaps of two Dinas Lingkungan Hidup: the IKLH of Provinsi Kalimantan Tengah with
// its four weighted components (never summed) and the sampah terkelola per bulan of a Jawa Timur
// kabupaten (tons add their months, the yearly percentages are the ratio of the totals).
// Every name and number is invented.
import { BookW, DEC, fmt, fx, letterhead, round, signature, type Row } from "../forms/kit";

// ============================================ DLH Provinsi Kalimantan Tengah, IKLH 2021-2024

export function iklhKalteng(): BookW {
  const b = new BookW(
    "iklh-komponen-dlh-kalteng-2021-2024.xlsx",
    "rekap IKLH dan komponen (DLH provinsi)",
    "IKLH of a province: Komponen | Bobot | 'Realisasi' > 2021 | 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%); IKLH 2021-2023 typed from the KLHK release, 2024 a weighted formula; number row",
  );
  const S = "IKLH Kalteng";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TENGAH",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Tjilik Riwut Km. 5,5 Palangka Raya",
  ]);
  s.lines([
    "Tabel 2.4",
    "Indeks Kualitas Lingkungan Hidup (IKLH) Provinsi Kalimantan Tengah Tahun 2021-2024",
  ]);
  s.gap();
  type K = { id: string; n: string; w: number; r21: number; r22: number; r23: number; t: number; r: number };
  const ks: K[] = [
    { id: "ika", n: "Indeks Kualitas Air (IKA)", w: 0.31, r21: 55.4, r22: 56.15, r23: 57.3, t: 58, r: 58.9 },
    {
      id: "iku",
      n: "Indeks Kualitas Udara (IKU)",
      w: 0.31,
      r21: 88.12,
      r22: 89.05,
      r23: 88.7,
      t: 89.5,
      r: 90.22,
    },
    {
      id: "ikl",
      n: "Indeks Kualitas Lahan (IKL)",
      w: 0.26,
      r21: 71.34,
      r22: 71.8,
      r23: 72.06,
      t: 72.5,
      r: 71.95,
    },
    {
      id: "ikal",
      n: "Indeks Kualitas Air Laut (IKAL)",
      w: 0.12,
      r21: 78.9,
      r22: 79.4,
      r23: 80.12,
      t: 80.5,
      r: 81.37,
    },
  ];
  const wsum = (k: keyof K) => round(ks.reduce((n, x) => n + x.w * (x[k] as number), 0));
  const T = "Tahun 2024";
  const t = s.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
      { key: "k", head: ["Komponen Indeks"], role: "indikator", num: "(2)", width: 34 },
      { key: "w", head: ["Bobot"], role: "lainnya", num: "(3)", fmt: "0.00", width: 8 },
      { key: "r21", head: ["Realisasi", "2021"], role: "realisasi", year: 2021, num: "(4)", fmt: DEC },
      { key: "r22", head: ["Realisasi", "2022"], role: "realisasi", year: 2022, num: "(5)", fmt: DEC },
      { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, num: "(6)", fmt: DEC },
      { key: "t", head: [T, "Target"], role: "target", year: 2024, num: "(7)", fmt: DEC },
      { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", fmt: DEC },
      { key: "c", head: [T, "Capaian (%)"], role: "capaian", year: 2024, num: "(9)=(8)/(7)x100", fmt: DEC },
    ],
    rows: [
      ...ks.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          k: x.n,
          w: x.w,
          r21: x.r21,
          // planted: IKAL 2022 pasted from the PDF release as text
          r22: x.id === "ikal" ? "79,40" : x.r22,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the IKL capaian keeps the cached result of the provisional 73.10
          c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`, x.id === "ikl" ? 100.83 : undefined),
        }),
      })),
      {
        id: "iklh",
        bold: true,
        cells: (c) => {
          const w = (k: string) => ks.map((x) => `${c.a("w", x.id)}*${c.a(k, x.id)}`).join("+");
          return {
            no: 5,
            k: "Indeks Kualitas Lingkungan Hidup (IKLH)",
            w: fx(`SUM(${c.a("w", "ika")}:${c.a("w", "ikal")})`),
            r21: wsum("r21"),
            r22: wsum("r22"),
            r23: wsum("r23"),
            t: fx(`ROUND(${w("t")},2)`),
            r: fx(`ROUND(${w("r")},2)`),
            c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: IKLH = 0,31 IKA + 0,31 IKU + 0,26 IKL + 0,12 IKAL (indeks tertimbang, bukan penjumlahan komponen).",
    "Sumber: Rilis IKLH KLHK 2021-2023; perhitungan DLH Provinsi 2024.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Palangka Raya, 20 Februari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "PROVINSI KALIMANTAN TENGAH"],
    nama: "Ir. BAHTIAR NUGRAHA SAMBAS, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19710314 199803 1 006",
  });
  b.plant({
    at: { sheet: S, cell: t.a("c", "ikl") },
    rules: ["capaian-mismatch"],
    note: "IKL capaian cached 100.83 (provisional realisasi 73.10); 71.95 / 72.50 gives 99.24",
    truth: `ROUND(${t.a("r", "ikl")}/${t.a("t", "ikl")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("r22", "ikal") },
    rules: ["text-number"],
    note: "IKAL 2022 is the text '79,40' pasted from the release, among numbers",
    truth: "79.4",
  });
  b.ok({
    sheet: S,
    cell: t.a("r", "iklh"),
    rules: ["sum-mismatch"],
    truth: `ROUND(0.31*${t.a("r", "ika")}+0.31*${t.a("r", "iku")}+0.26*${t.a("r", "ikl")}+0.12*${t.a("r", "ikal")},2)`,
    trap: `SUM(${t.a("r", "ika")}:${t.a("r", "ikal")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("r23", "iklh"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `ROUND(0.31*${t.a("r23", "ika")}+0.31*${t.a("r23", "iku")}+0.26*${t.a("r23", "ikl")}+0.12*${t.a("r23", "ikal")},2)`,
    trap: `SUM(${t.a("r23", "ika")}:${t.a("r23", "ikal")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "iklh"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "iklh")}/${t.a("t", "iklh")}*100,2)`,
    trap: `ROUND(AVERAGE(${t.a("c", "ika")}:${t.a("c", "ikal")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "ika"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "ika")}/${t.a("t", "ika")}*100,2)`,
  });
  return b.finish();
}

// ====================================== DLH Kabupaten Wonoreksan (Jawa Timur), sampah per bulan 2024

export function sampahBulanan(): BookW {
  const b = new BookW(
    "sampah-terkelola-per-bulan-dlh-wonoreksan-2024.xlsx",
    "rekap sampah terkelola per bulan (Jakstrada)",
    "Bulan | Timbulan (ton) | 'Sampah Terkelola (ton)' > Pengurangan | Penanganan | Jumlah | 'Persentase (%)' > Pengurangan | Penanganan | Terkelola; number row with (5)=(3)+(4), (6)=(3)/(2)x100; JUMLAH row with % as ratio of totals",
  );
  const S = "Sampah 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WONOREKSAN",
    "DINAS LINGKUNGAN HIDUP",
    "Bidang Pengelolaan Sampah dan Limbah B3",
  ]);
  s.lines([
    "REKAPITULASI CAPAIAN PENGURANGAN DAN PENANGANAN SAMPAH RUMAH TANGGA",
    "DAN SAMPAH SEJENIS SAMPAH RUMAH TANGGA TAHUN 2024",
  ]);
  s.gap();
  const bulan = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const tim = [
    10412.5, 9876.2, 10655.8, 10230.4, 10588.9, 10122.6, 10745.3, 10810.7, 10296.1, 10671.4, 10344.8, 11205.6,
  ];
  const pengur = [
    2145.3, 2067.9, 2230.1, 2198.6, 2275.4, 2190.2, 2310.8, 2342.5, 2251.7, 2298.3, 2240.1, 2466.2,
  ];
  const penang = [
    6412.8, 6058.4, 6590.2, 6334.7, 6552.1, 6270.9, 6671.5, 6703.2, 6380.4, 6612.8, 6409.3, 6955.7,
  ];
  const ids = bulan.map((_, i) => `m${i + 1}`);
  const P = "Sampah Terkelola (ton)";
  const Q = "Persentase (%)";
  const pct = (a: string, d: string) => `ROUND(${a}/${d}*100,2)`;
  const t = s.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(0)", width: 5 },
      { key: "b", head: ["Bulan"], role: "lainnya", num: "(1)", width: 14 },
      { key: "tim", head: ["Timbulan Sampah (ton)"], role: "lainnya", num: "(2)", fmt: "#,##0.0" },
      { key: "pg", head: [P, "Pengurangan"], role: "realisasi", num: "(3)", fmt: "#,##0.0" },
      { key: "pn", head: [P, "Penanganan"], role: "realisasi", num: "(4)", fmt: "#,##0.0" },
      { key: "j", head: [P, "Jumlah"], role: "realisasi", num: "(5)=(3)+(4)", fmt: "#,##0.0" },
      { key: "ppg", head: [Q, "Pengurangan"], role: "capaian", num: "(6)=(3)/(2)x100", fmt: DEC },
      { key: "ppn", head: [Q, "Penanganan"], role: "capaian", num: "(7)=(4)/(2)x100", fmt: DEC },
      { key: "pj", head: [Q, "Terkelola"], role: "capaian", num: "(8)=(5)/(2)x100", fmt: DEC },
    ],
    rows: [
      ...bulan.map((m, i): Row => ({
        id: ids[i],
        cells: (c) => ({
          no: i + 1,
          b: m,
          tim: tim[i],
          pg: pengur[i],
          pn: penang[i],
          // planted: Agustus Jumlah typed with two digits swapped among (3)+(4) formulas
          j: i === 7 ? fmt(9405.7, "#,##0.0") : fx(`${c.a("pg")}+${c.a("pn")}`),
          ppg: fx(pct(c.a("pg"), c.a("tim"))),
          ppn: fx(pct(c.a("pn"), c.a("tim"))),
          pj: fx(pct(c.a("j"), c.a("tim"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "b"],
        cells: (c) => ({
          no: "JUMLAH / CAPAIAN TAHUNAN",
          tim: fx(`SUM(${c.a("tim", "m1")}:${c.a("tim", "m12")})`),
          // planted: the Pengurangan total stops at November
          pg: fx(`SUM(${c.a("pg", "m1")}:${c.a("pg", "m11")})`),
          pn: fx(`SUM(${c.a("pn", "m1")}:${c.a("pn", "m12")})`),
          j: fx(`SUM(${c.a("j", "m1")}:${c.a("j", "m12")})`),
          ppg: fx(pct(c.a("pg"), c.a("tim"))),
          ppn: fx(pct(c.a("pn"), c.a("tim"))),
          pj: fx(pct(c.a("j"), c.a("tim"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: persentase tahunan dihitung dari jumlah tonase setahun (bukan rata-rata persentase bulanan).",
    "Sumber: timbangan TPA Sumberrejo dan laporan bank sampah / TPS3R.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Wonoreksan, 15 Januari 2025",
    jabatan: ["Kepala Bidang Pengelolaan Sampah dan Limbah B3"],
    nama: "DWI HARYANTO PRASETYO, S.T., M.T.",
    pangkat: "Pembina",
    nip: "19790822 200501 1 012",
  });
  b.plant({
    at: { sheet: S, cell: t.a("j", "m8") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Agustus Jumlah typed 9,405.7 among (3)+(4) formulas; 2,342.5 + 6,703.2 give 9,045.7",
    truth: `${t.a("pg", "m8")}+${t.a("pn", "m8")}`,
    tol: 0.06,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pg", "tot") },
    rules: ["sum-mismatch"],
    note: "Pengurangan total =SUM over January-November, December's 2,466.2 ton left out",
    truth: `SUM(${t.a("pg", "m1")}:${t.a("pg", "m12")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: t.a("ppn", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${t.a("pn", "tot")}/${t.a("tim", "tot")}*100,2)`,
    trap: `SUM(${t.a("ppn", "m1")}:${t.a("ppn", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pn", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("pn", "m1")}:${t.a("pn", "m12")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: t.a("j", "m7"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${t.a("pg", "m7")}+${t.a("pn", "m7")}`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: t.a("ppg", "m12"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("pg", "m12")}/${t.a("tim", "m12")}*100,2)`,
  });
  return b.finish();
}
