// The Inspektorat of Provinsi Nusa Tenggara Barat in the thirty-sixth unseen set: its LKjIP table of
// quarterly realisations (a level indicator whose year is the last quarter, a lower-is-better count
// with the refleksi) and its monitoring of the follow-up of audit recommendations. Every person and
// number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  q: Array<number | string>;
  /** how the year is had from the quarters: the last one (a level) or their sum (a count) */
  year: "last" | "sum";
  lower?: boolean;
};

/** LKjIP 2024 Inspektorat, Tabel 3.1 capaian per triwulan with Predikat. */
export function lkjipInspektorat(): BookW {
  const b = new BookW(
    "lkjip-triwulan-temuanberulang-inspektorat-ntb.xlsx",
    "LKjIP capaian kinerja per triwulan (inspektorat provinsi)",
    "sheet 'Tabel 3.1': No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | 'Realisasi Triwulan' > I .. IV | Realisasi Tahun 2024 | Capaian (%) | Predikat; a level indicator's year = TW IV, counts' = SUM; refleksi ROUND((2*T-R)/T*100,2) on lower-is-better rows; note under the table",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["INSPEKTORAT PROVINSI NUSA TENGGARA BARAT"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Inspektorat Tahun 2024 per Triwulan"], 1, { bold: true });
  s.gap();
  const S1 = "Meningkatnya kualitas tata kelola pemerintahan daerah";
  const S2 = "Meningkatnya kepatuhan perangkat daerah terhadap hasil pengawasan";
  const iks: Ik[] = [
    {
      id: "spip",
      sas: S1,
      ind: "Nilai Maturitas SPIP",
      sat: "level",
      t: 3.5,
      q: ["-", "-", "-", 3.42],
      year: "last",
    },
    {
      id: "apip",
      sas: S1,
      ind: "Level Kapabilitas APIP",
      sat: "level",
      t: 3,
      q: ["-", "-", 3, 3],
      year: "last",
    },
    {
      id: "sakip",
      sas: S1,
      ind: "Persentase OPD dengan nilai SAKIP minimal BB",
      sat: "%",
      t: 60,
      q: ["-", "-", "-", 54.55],
      year: "last",
    },
    {
      id: "bpk",
      sas: S2,
      ind: "Persentase temuan BPK yang ditindaklanjuti",
      sat: "%",
      t: 85,
      q: [58.3, 67.15, 76.4, 88.42],
      year: "last",
    },
    {
      id: "ulang",
      sas: S2,
      ind: "Jumlah temuan berulang",
      sat: "temuan",
      t: 6,
      q: [2, 1, 1, 0],
      year: "sum",
      lower: true,
    },
    {
      id: "opd",
      sas: S2,
      ind: "Jumlah OPD dengan temuan administrasi berulang",
      sat: "OPD",
      t: 8,
      q: [3, 2, 4, 1],
      year: "sum",
      lower: true,
    },
  ];
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.##" },
    ...TW.map((q, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi Triwulan", q],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.##",
      width: 9,
    })),
    { key: "r", head: ["Realisasi Tahun 2024"], role: "realisasi", year: 2024, fmt: "#,##0.##" },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat" },
  ];
  const capOf = (x: Ik, r: number) => (x.lower ? ((2 * x.t - r) / x.t) * 100 : (r / x.t) * 100);
  const rows: Row[] = iks.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t };
      x.q.forEach((v, j) => (out[`q${j}`] = v));
      const rv = x.year === "last" ? (x.q[3] as number) : (x.q as number[]).reduce((p, v) => p + v, 0);
      out.r = x.year === "last" ? fx(c.a("q3")) : fx(`SUM(${c.a("q0")}:${c.a("q3")})`);
      // planted: the OPD count (lower is better) gets R/T*100 = 125.00 instead of the refleksi 75.00
      out.cap =
        x.lower && x.id !== "opd"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
      const shown = x.id === "opd" ? (rv / x.t) * 100 : capOf(x, rv);
      // planted: 90.92 typed "Tinggi" (the band below)
      out.pred = x.id === "sakip" ? "Tinggi" : predikat(Math.round(shown * 100) / 100);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(
    [
      "Keterangan: indikator jumlah temuan berulang dan jumlah OPD dengan temuan berulang semakin kecil semakin baik;",
      "capaian dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%. Indikator level/persentase menggunakan realisasi triwulan IV.",
    ],
    1,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Mataram, 20 Februari 2025",
    jabatan: ["Inspektur Provinsi Nusa Tenggara Barat"],
    nama: "Drs. MUHAMMAD HAIRUL ANWARI, M.Ak., CGCAE",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690311 199003 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "opd") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah OPD dengan temuan administrasi berulang (lower is better): 10 against a target of 8 given R/T = 125.00 (predikat Sangat Tinggi follows it); the refleksi of the note and the row above gives (2 x 8 - 10) / 8 = 75.00",
    truth: `ROUND((2*${a("t", "opd")}-${a("r", "opd")})/${a("t", "opd")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "sakip") },
    rules: ["predikat-mismatch"],
    note: "capaian 54.55 / 60 = 90.92 is above 90: Sangat Tinggi, typed Tinggi",
    truth: `PREDIKAT(${a("cap", "sakip")})`,
  });
  // trap: a level's year is its last quarter, not the sum of the quarters
  b.ok({
    sheet: S,
    cell: a("r", "bpk"),
    rules: ["sum-mismatch"],
    truth: a("q3", "bpk"),
    trap: `SUM(${a("q0", "bpk")}:${a("q3", "bpk")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "ulang"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q0", "ulang")}:${a("q3", "ulang")})`,
  });
  // trap: lower-is-better capaian is the refleksi, not R / T
  b.ok({
    sheet: S,
    cell: a("cap", "ulang"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "ulang")}-${a("r", "ulang")})/${a("t", "ulang")}*100,2)`,
    trap: `ROUND(${a("r", "ulang")}/${a("t", "ulang")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "bpk"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "bpk")}/${a("t", "bpk")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "spip"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "spip")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "ulang"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "ulang")})`,
  });
  return b.finish();
}

type Lhp = {
  id: string;
  obj: string;
  tem: number;
  sudah: number;
  proses: number;
  belum: number;
  tdk: number;
  rek?: number;
};

/** Monitoring tindak lanjut rekomendasi hasil pemeriksaan per obyek, status columns and %. */
export function monitoringTindakLanjut(): BookW {
  const b = new BookW(
    "pantau-tlhp-rekomendasi-inspektorat-ntb.xlsx",
    "monitoring tindak lanjut rekomendasi hasil pemeriksaan (inspektorat provinsi)",
    "sheet 'TLHP s.d. Des 2024': No | Obyek Pemeriksaan | Jumlah Temuan | Jumlah Rekomendasi | 'Status Tindak Lanjut' > Sesuai Rekomendasi | Belum Sesuai / Dalam Proses | Belum Ditindaklanjuti | Tidak Dapat Ditindaklanjuti | % Tindak Lanjut = Sesuai / Rekomendasi; number row 1 .. '9 = 5/4x100'; JUMLAH row of SUM, its % from the totals; a note",
  );
  const S = "TLHP s.d. Des 2024";
  const s = b.sheet(S);
  letterhead(s, ["INSPEKTORAT PROVINSI NUSA TENGGARA BARAT", "Inspektur Pembantu Wilayah II"]);
  s.lines(
    ["REKAPITULASI PEMANTAUAN TINDAK LANJUT HASIL PEMERIKSAAN (TLHP)", "Posisi s.d. 31 Desember 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const ls: Lhp[] = [
    { id: "o1", obj: "Dinas Pendidikan dan Kebudayaan", tem: 18, sudah: 31, proses: 6, belum: 3, tdk: 1 },
    { id: "o2", obj: "Dinas Kesehatan", tem: 14, sudah: 22, proses: 4, belum: 2, tdk: 0 },
    { id: "o3", obj: "RSUD Provinsi", tem: 11, sudah: 15, proses: 5, belum: 4, tdk: 1 },
    {
      id: "o4",
      obj: "Dinas Pekerjaan Umum dan Penataan Ruang",
      tem: 16,
      sudah: 26,
      proses: 7,
      belum: 5,
      tdk: 2,
    },
    // planted: statuses 19 + 3 + 2 + 0 = 24 but Jumlah Rekomendasi typed 27
    {
      id: "o5",
      obj: "Badan Pengelolaan Keuangan dan Aset Daerah",
      tem: 12,
      sudah: 19,
      proses: 3,
      belum: 2,
      tdk: 0,
      rek: 27,
    },
    { id: "o6", obj: "Dinas Sosial", tem: 6, sudah: 9, proses: 0, belum: 0, tdk: 0 },
    { id: "o7", obj: "Biro Umum Setda", tem: 9, sudah: 12, proses: 2, belum: 3, tdk: 0 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "obj", head: ["Obyek Pemeriksaan"], num: 2, width: 38 },
    { key: "tem", head: ["Jumlah Temuan"], num: 3, fmt: INT },
    { key: "rek", head: ["Jumlah Rekomendasi"], num: 4, fmt: INT },
    { key: "sudah", head: ["Status Tindak Lanjut", "Sesuai Rekomendasi"], num: 5, fmt: INT },
    { key: "proses", head: ["Status Tindak Lanjut", "Belum Sesuai / Dalam Proses"], num: 6, fmt: INT },
    { key: "belum", head: ["Status Tindak Lanjut", "Belum Ditindaklanjuti"], num: 7, fmt: INT },
    { key: "tdk", head: ["Status Tindak Lanjut", "Tidak Dapat Ditindaklanjuti"], num: 8, fmt: INT },
    { key: "pct", head: ["% Tindak Lanjut"], num: "9 = 5/4x100", fmt: DEC },
  ];
  const rows: Row[] = ls.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      obj: x.obj,
      tem: x.tem,
      rek: x.rek ?? x.sudah + x.proses + x.belum + x.tdk,
      sudah: x.sudah,
      proses: x.proses,
      belum: x.belum,
      tdk: x.tdk,
      pct: fx(`ROUND(${c.a("sudah")}/${c.a("rek")}*100,2)`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "obj"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["tem", "rek", "sudah", "proses", "belum", "tdk"])
        // planted: the total of Belum Ditindaklanjuti stops at Dinas Sosial (Biro Umum's 3 left out)
        out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, k === "belum" ? "o6" : "o7")})`);
      out.pct = fx(`ROUND(${c.a("sudah")}/${c.a("rek")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(
    ["Catatan: rekomendasi berstatus tidak dapat ditindaklanjuti telah diusulkan penghapusan kepada BPK."],
    1,
  );
  s.gap();
  signature(s, 7, {
    tempat: "Mataram, 8 Januari 2025",
    jabatan: ["Inspektur Pembantu Wilayah II"],
    nama: "NI KOMANG AYU WIDIASTUTI, S.E., M.M.",
    nip: "19810704 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const parts = (id: string) => `${a("sudah", id)}+${a("proses", id)}+${a("belum", id)}+${a("tdk", id)}`;
  b.plant({
    at: { sheet: S, cell: a("rek", "o5") },
    rules: ["sum-mismatch"],
    note: "BPKAD: Jumlah Rekomendasi typed 27, but its statuses 19 + 3 + 2 + 0 = 24 (and % Tindak Lanjut 70.37 follows the 27)",
    truth: parts("o5"),
  });
  b.plant({
    at: { sheet: S, cell: a("belum", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Belum Ditindaklanjuti = SUM over six rows (16); the seven give 19 (Biro Umum Setda's 3 left out)",
    truth: `SUM(${a("belum", "o1")}:${a("belum", "o7")})`,
  });
  b.ok({ sheet: S, cell: a("rek", "o4"), rules: ["sum-mismatch"], truth: parts("o4") });
  b.ok({
    sheet: S,
    cell: a("rek", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rek", "o1")}:${a("rek", "o7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sudah", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("sudah", "o1")}:${a("sudah", "o7")})`,
  });
  // trap: the total % is the totals' ratio, not the sum or average of the rows' %
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sudah", "jml")}/${a("rek", "jml")}*100,2)`,
    trap: `SUM(${a("pct", "o1")}:${a("pct", "o7")})`,
  });
  // trap: all recommendations followed up gives 100.00, in range
  b.ok({
    sheet: S,
    cell: a("pct", "o6"),
    rules: ["percent-out-of-range"],
    truth: "100",
    trap: a("pct", "o7"),
  });
  return b.finish();
}
