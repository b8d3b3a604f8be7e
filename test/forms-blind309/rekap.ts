// Two recaps a DPMPTSP keeps: realisasi investasi PMA/PMDN per kecamatan with LKPM per triwulan
// beside it, and perizinan OSS per sektor with waktu penyelesaian. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

/** Realisasi investasi per kecamatan 2024 (Kabupaten Lembah Seruni) + LKPM per triwulan, side by side. */
export function rekapInvestasi(): BookW {
  const b = new BookW(
    "rekap-realisasi-investasi-kecamatan-lembah-seruni-309.xlsx",
    "Rekap investasi per kecamatan + LKPM (DPMPTSP)",
    "PMA / PMDN merged groups over Proyek and Investasi (Rp juta), number row '7 = 4 + 6', pangsa formulas, Jumlah SUM row; LKPM per triwulan table beside it after one empty column",
  );
  const S = "Investasi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SERUNI", "DINAS PENANAMAN MODAL DAN PTSP"]);
  s.lines([
    "REKAPITULASI REALISASI INVESTASI PMA DAN PMDN PER KECAMATAN TAHUN 2024",
    "(nilai investasi dalam juta rupiah)",
  ]);
  s.gap();
  const kec: Array<[string, number, number, number, number, number]> = [
    ["Seruni Kidul", 6, 412350, 48, 186420, 2315],
    ["Seruni Lor", 3, 128900, 61, 214775, 1874],
    ["Karangwaru", 9, 538120, 37, 96340, 3108],
    ["Tegalmulyo", 0, 0, 29, 58610, 642],
    ["Banjarsari Wetan", 2, 74500, 44, 131905, 1126],
    ["Ngrombo", 1, 18250, 22, 41380, 387],
    ["Sidorejo Gunung", 0, 0, 17, 22650, 214],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "ap", head: ["PMA", "Proyek"], num: 3, fmt: INT },
    {
      key: "an",
      head: ["PMA", "Investasi (Rp juta)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
    },
    { key: "dp", head: ["PMDN", "Proyek"], num: 5, fmt: INT },
    {
      key: "dn",
      head: ["PMDN", "Investasi (Rp juta)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
    },
    {
      key: "tot",
      head: ["Total Investasi (Rp juta)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7 = 4 + 6",
      fmt: RP,
    },
    { key: "pg", head: ["Pangsa (%)"], role: "capaian", num: "8 = 7 / Jumlah 7 x 100", fmt: DEC },
    { key: "tk", head: ["Tenaga Kerja (orang)"], num: 9, fmt: INT },
  ];
  const rows: Row[] = kec.map(([n, ap, an, dp, dn, tk], i) => ({
    id: `k${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      kec: n,
      ap,
      an,
      dp,
      dn,
      tot: fx(`${x.a("an")}+${x.a("dn")}`),
      pg: fx(`ROUND(${x.a("tot")}/${x.a("tot", "jml")}*100,2)`),
      tk,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const S1 = (k: string, last = "k7") => fx(`SUM(${x.a(k, "k1")}:${x.a(k, last)})`);
      return {
        no: "Jumlah",
        ap: S1("ap"),
        an: S1("an"),
        dp: S1("dp"),
        dn: S1("dn", "k6"),
        tot: S1("tot"),
        pg: 100,
        tk: S1("tk"),
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  // LKPM per triwulan, one empty column to the right, same top row, shorter
  const lk: Array<[string, number, number]> = [
    ["Triwulan I", 412, 236],
    ["Triwulan II", 418, 259],
    ["Triwulan III", 425, 281],
    ["Triwulan IV", 431, 307],
  ];
  const lrows: Row[] = lk.map(([tw, w, m], i) => ({
    id: `q${i + 1}`,
    cells: (x) => ({
      tw,
      w,
      m,
      pc: i === 2 ? round((w / m) * 100) : fx(`ROUND(${x.a("m")}/${x.a("w")}*100,2)`),
    }),
  }));
  lrows.push({
    id: "jml",
    bold: true,
    cells: (x) => ({
      tw: "Jumlah",
      w: fx(`SUM(${x.a("w", "q1")}:${x.a("w", "q4")})`),
      m: fx(`SUM(${x.a("m", "q1")}:${x.a("m", "q4")})`),
      pc: fx(`ROUND(${x.a("m")}/${x.a("w")}*100,2)`),
    }),
  });
  const lt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode Pelaporan"], width: 14 },
        { key: "w", head: ["Laporan Kegiatan Penanaman Modal (LKPM)", "Wajib Lapor (perusahaan)"], fmt: INT },
        {
          key: "m",
          head: ["Laporan Kegiatan Penanaman Modal (LKPM)", "Menyampaikan (perusahaan)"],
          fmt: INT,
        },
        { key: "pc", head: ["Kepatuhan LKPM (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: lrows,
    },
    11,
    t.top,
  );
  s.gap();
  s.lines([
    "Sumber: Aplikasi OSS RBA dan LKPM Online, diolah.",
    "*) Triwulan IV data sementara per 10 Januari 2025.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Seruni Kidul, 15 Januari 2025",
    jabatan: ["Kepala Bidang Pengendalian Penanaman Modal"],
    nama: "SRI HANDAYANI PURBOSARI, S.E., M.Ak.",
    nip: "19800217 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("dn", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("dn", "k1")}:${a("dn", "k7")})`,
    note: "Jumlah PMDN =SUM stops at Ngrombo (729,430); the seven kecamatan add up to 752,080",
  });
  b.plant({
    at: { sheet: S, cell: lt.a("pc", "q3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `${lt.a("m", "q3")}/${lt.a("w", "q3")}*100`,
    note: "Triwulan III kepatuhan typed 151.25 (wajib / menyampaikan, inverted); 281 / 425 gives 66.12",
  });
  b.ok({
    sheet: S,
    cell: lt.a("pc", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `${lt.a("m", "jml")}/${lt.a("w", "jml")}*100`,
    trap: `AVERAGE(${lt.a("pc", "q1")}:${lt.a("pc", "q4")})`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: lt.a("pc", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${lt.a("m", id)}/${lt.a("w", id)}*100`,
    });
  for (const k of ["w", "m"])
    b.ok({
      sheet: S,
      cell: lt.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${lt.a(k, "q1")}:${lt.a(k, "q4")})`,
    });
  for (const k of ["ap", "an", "dp", "tot", "tk"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  for (const id of ["k1", "k3", "k4", "k7"]) {
    b.ok({ sheet: S, cell: a("tot", id), rules: ["sum-mismatch"], truth: `${a("an", id)}+${a("dn", id)}` });
    b.ok({
      sheet: S,
      cell: a("pg", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${a("tot", id)}/${a("tot", "jml")}*100`,
    });
  }
  return b.finish();
}

/** Perizinan OSS per sektor with waktu penyelesaian, 2025 (Kota Pare Bulawan); no No column, typed Jumlah. */
export function rekapPerizinan(): BookW {
  const b = new BookW(
    "rekap-perizinan-oss-sektor-pare-bulawan-309.xlsx",
    "Rekap perizinan OSS per sektor (DPMPTSP)",
    "No No column; number row '(6) = (3) / (2) x 100'; typed Jumlah row with a formula % of totals; rata-rata waktu penyelesaian vs SOP (hari)",
  );
  const S = "Perizinan 2025";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI PERMOHONAN DAN PENERBITAN PERIZINAN BERUSAHA MELALUI OSS",
    "DPMPTSP KOTA PARE BULAWAN, JANUARI - DESEMBER 2025",
  ]);
  s.gap();
  const sek: Array<[string, number, number, number, number, number, number]> = [
    ["Perdagangan", 842, 781, 23, 38, 2.4, 3],
    ["Industri Pengolahan", 315, 288, 11, 16, 4.1, 5],
    ["Konstruksi dan Real Estat", 276, 241, 19, 16, 9.6, 10],
    ["Pariwisata (Hotel dan Restoran)", 198, 184, 6, 8, 3.2, 5],
    ["Kesehatan", 134, 121, 5, 8, 6.8, 7],
    ["Pendidikan", 57, 52, 2, 3, 5.5, 7],
    ["Transportasi dan Pergudangan", 163, 149, 7, 7, 4.0, 5],
    ["Pertanian dan Perikanan", 96, 88, 3, 5, 3.6, 5],
  ];
  const rows: Row[] = sek.map(([n, mk, tb, dt, dp, wk, sop], i) => ({
    id: `s${i + 1}`,
    cells: (x) => ({
      sek: n,
      mk,
      tb,
      dt,
      dp,
      pc: i === 3 ? 95.96 : fx(`ROUND(${x.a("tb")}/${x.a("mk")}*100,2)`),
      wk,
      sop,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    cells: (x) => ({
      sek: "JUMLAH",
      mk: 2081,
      tb: 1940,
      dt: 76,
      dp: 101,
      pc: fx(`ROUND(${x.a("tb")}/${x.a("mk")}*100,2)`),
      wk: "-",
      sop: "-",
    }),
  });
  const t = s.table({
    cols: [
      { key: "sek", head: ["Sektor Usaha"], num: "(1)", width: 30 },
      { key: "mk", head: ["Permohonan Masuk"], num: "(2)", fmt: INT },
      { key: "tb", head: ["Izin Terbit"], num: "(3)", fmt: INT },
      { key: "dt", head: ["Ditolak / Dikembalikan"], num: "(4)", fmt: INT },
      { key: "dp", head: ["Dalam Proses"], num: "(5)", fmt: INT },
      { key: "pc", head: ["Persentase Terbit (%)"], role: "capaian", num: "(6) = (3) / (2) x 100", fmt: DEC },
      {
        key: "wk",
        head: ["Rata-rata Waktu Penyelesaian (hari kerja)"],
        role: "realisasi",
        year: 2025,
        num: "(7)",
        fmt: "0.0",
      },
      { key: "sop", head: ["Standar SOP (hari kerja)"], role: "target", year: 2025, num: "(8)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows,
  });
  s.gap();
  s.lines(["Catatan: permohonan dalam proses dihitung per 31 Desember 2025."]);
  s.gap();
  signature(s, 6, {
    tempat: "Pare Bulawan, 8 Januari 2026",
    jabatan: ["Kepala Bidang Pelayanan Perizinan"],
    nama: "NURHAYATI DAENG TAKALA, S.Sos., M.AP.",
    nip: "19830905 200801 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `SUM(${a(k, "s1")}:${a(k, "s8")})`;
  b.plant({
    at: { sheet: S, cell: a("tb", "jml") },
    rules: ["sum-mismatch"],
    truth: col("tb"),
    note: "JUMLAH izin terbit typed 1,940 (digits transposed); the sectors add up to 1,904",
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "s4") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    truth: `${a("tb", "s4")}/${a("mk", "s4")}*100`,
    note: "pariwisata persentase typed 95.96 = (terbit + ditolak) / masuk among ROUND formulas; 184 / 198 gives 92.93",
  });
  for (const k of ["mk", "dt", "dp"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: col(k) });
  for (const id of ["s1", "s2", "s3", "s5", "s6", "s7", "s8"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${a("tb", id)}/${a("mk", id)}*100`,
    });
  for (const id of ["s1", "s3", "s6"])
    b.ok({
      sheet: S,
      cell: a("mk", id),
      rules: ["sum-mismatch"],
      truth: `${a("tb", id)}+${a("dt", id)}+${a("dp", id)}`,
    });
  return b.finish();
}
