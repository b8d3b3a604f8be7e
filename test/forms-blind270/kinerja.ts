// LKjIP, PK with its Renstra, the Satu Data dataset recap per perangkat daerah and the quarterly recap of
// insiden siber and sertifikat elektronik, of the Diskominfo Lembah Sariak (Sumatera Barat) and Banua
// Tanjung (Kalimantan Selatan). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, Diskominfo Lembah Sariak: realisasi 2023 beside, refleksi on negatives. */
export function lkjipStatistik(): BookW {
  const b = new BookW(
    "lkjip-2024-satu-data-persandian-lembah-sariak.xlsx",
    "LKjIP pengukuran kinerja (statistik dan persandian)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on negative rows named in a note; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Sasaran Diskominfo Kabupaten Lembah Sariak Tahun 2024",
    "Sumber: Bidang Statistik dan Bidang Persandian",
  ]);
  s.gap();
  const SD = "Meningkatnya kualitas data statistik sektoral";
  const SP = "Meningkatnya keamanan informasi pemerintah daerah";
  const I = [
    {
      id: "i1",
      sas: SD,
      ind: "Persentase dataset yang dipublikasi pada portal Satu Data",
      sat: "%",
      neg: false,
      r23: 81.2,
      t: 85,
      r: 88.4,
    },
    {
      id: "i2",
      sas: SD,
      ind: "Persentase data statistik sektoral dengan metadata SDI lengkap",
      sat: "%",
      neg: false,
      r23: 54,
      t: 75,
      r: 61.5,
    },
    {
      id: "i3",
      sas: SD,
      ind: "Persentase rekomendasi statistik BPS yang ditindaklanjuti",
      sat: "%",
      neg: false,
      r23: 66.7,
      t: 80,
      r: 72,
    },
    {
      id: "i4",
      sas: SP,
      ind: "Jumlah insiden siber yang tidak tertangani",
      sat: "kasus",
      neg: true,
      r23: 7,
      t: 6,
      r: 4,
    },
    {
      id: "i5",
      sas: SP,
      ind: "Indeks kerentanan sistem elektronik Pemda",
      sat: "nilai",
      neg: true,
      r23: 3.1,
      t: 2.5,
      r: 2.8,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    // planted: 90.00 is in the band > 75 - 90 (Baik)
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the Indeks kerentanan (negative) keeps the R / T formula of the rows above
          c: fx(cap(x.id === "i5" ? false : x.neg, c.a("t"), c.a("r"))),
          p: pred[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator insiden siber dan indeks kerentanan berpolaritas negatif; capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Indeks kerentanan (negative) computed with R / T = 112.00; refleksi (2 x 2.5 - 2.8) / 2.5 gives 88.00",
    truth: cap(true, a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of exactly 90.00 (72 / 80); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Diskominfo Banua Tanjung beside the Renstra sheet (Tahun ke-1..5, years in the title). */
export function pkPersandian(): BookW {
  const b = new BookW(
    "pk-2025-diskominfo-banua-tanjung-renstra.xlsx",
    "PK 2025 with Renstra (persandian)",
    "sheet 'Renstra': Tahun ke-1..ke-5 with 2025-2029 only in the title, Kondisi Akhir; sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target; No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase perangkat daerah yang menerapkan sertifikat elektronik",
      sat: "%",
      awal: 38,
      k: [45, 55, 65, 75, 85],
    },
    {
      id: "b",
      ind: "Persentase insiden siber yang ditangani tuntas",
      sat: "%",
      awal: 76,
      k: [80, 84, 88, 92, 95],
    },
    {
      id: "c",
      ind: "Persentase dataset prioritas yang dipublikasi pada Satu Data",
      sat: "%",
      awal: 52,
      k: [60, 68, 76, 84, 90],
    },
  ];
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran dan Target Kinerja Renstra Dinas Kominfo Kota Banua Tanjung Tahun 2025-2029"]);
  rs.gap();
  const years = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44, num: 2 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: 4 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: 4 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", num: 10 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PEMERINTAH KOTA BANUA TANJUNG", "PERJANJIAN KINERJA TAHUN 2025"]);
  pk.lines([
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini sepakat mewujudkan target kinerja jangka menengah seperti tercantum di bawah.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the insiden target is the Renstra Tahun ke-2 value 84 (Tahun ke-1: 80)
      cells: {
        no: i + 1,
        sas: "Meningkatnya keamanan informasi dan kualitas data pemerintah kota",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_105_220_000 },
    { id: "p2", nm: "Program Informasi dan Komunikasi Publik", rp: 1_382_600_000 },
    { id: "p3", nm: "Program Aplikasi Informatika", rp: 3_264_915_000 },
    { id: "p4", nm: "Program Penyelenggaraan Statistik Sektoral", rp: 412_300_000 },
    { id: "p5", nm: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi", rp: 538_750_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD Kota" } })),
      // planted: Jumlah typed 9,603,785,000; the five programs add up to 9,703,785,000
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 9_603_785_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Banua Tanjung, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.T., M.M.",
    nip: "19770419 200312 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for insiden siber ditangani tuntas is 84, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 80",
    truth: `${R}!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 9,603,785,000; the five programs add up to 9,703,785,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: years.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap dataset Satu Data per perangkat daerah (produsen data), Lembah Sariak 2024. */
export function rekapDataset(): BookW {
  const b = new BookW(
    "rekap-dataset-satu-data-per-pd-lembah-sariak.xlsx",
    "Rekap dataset Satu Data per perangkat daerah",
    "per produsen data: Daftar Data | Dataset Dipublikasi | % Publikasi '(4) = (3)/(2) x 100' | Metadata SDI Lengkap | % Metadata '(6) = (5)/(3) x 100' | Rekomendasi BPS; JUMLAH row with SUMs and the % of the totals",
  );
  const S = "Rekap Satu Data";
  const s = b.sheet(S);
  letterhead(s, [
    "FORUM SATU DATA INDONESIA KABUPATEN LEMBAH SARIAK",
    "Sekretariat: Bidang Statistik Diskominfo",
  ]);
  s.lines([
    "REKAPITULASI DATASET DAN METADATA STATISTIK SEKTORAL PER PRODUSEN DATA",
    "Posisi 31 Desember 2024",
  ]);
  s.gap();
  const D = [
    { id: "d1", nm: "Dinas Kesehatan", dd: 64, dp: 58, md: 41, rk: 3 },
    { id: "d2", nm: "Dinas Pendidikan dan Kebudayaan", dd: 72, dp: 60, md: 47, rk: 2 },
    { id: "d3", nm: "Dinas Pertanian dan Pangan", dd: 55, dp: 38, md: 30, rk: 4 },
    { id: "d4", nm: "Dinas Sosial, PPPA", dd: 41, dp: 35, md: 24, rk: 1 },
    { id: "d5", nm: "Dinas Pekerjaan Umum dan Penataan Ruang", dd: 48, dp: 29, md: 13, rk: 2 },
    { id: "d6", nm: "Bappeda dan Litbang", dd: 36, dp: 36, md: 33, rk: 3 },
    { id: "d7", nm: "Dinas Kominfo, Statistik dan Persandian", dd: 30, dp: 24, md: 23, rk: 1 },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Produsen Data (Perangkat Daerah)"], role: "lokasi", num: "(1a)", width: 34 },
      { key: "dd", head: ["Daftar Data 2024"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "dp", head: ["Dataset", "Dipublikasi"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      {
        key: "pp",
        head: ["Dataset", "% Publikasi"],
        role: "capaian",
        year: 2024,
        num: "(4) = (3)/(2) x 100",
        fmt: DEC,
      },
      { key: "md", head: ["Metadata SDI", "Lengkap"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "pm",
        head: ["Metadata SDI", "% Lengkap"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5)/(3) x 100",
        fmt: DEC,
      },
      { key: "rk", head: ["Rekomendasi Statistik BPS"], role: "lainnya", num: "(7)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...D.map((d, i): Row => ({
        id: d.id,
        cells: (c) => ({
          no: i + 1,
          nm: d.nm,
          dd: d.dd,
          dp: d.dp,
          pp: fx(`ROUND(${c.a("dp")}/${c.a("dd")}*100,2)`),
          md: d.md,
          // planted: Dinas Sosial's % metadata typed 145.83 (35 / 24 turned over); 24 / 35 = 68.57
          pm: d.id === "d4" ? 145.83 : fx(`ROUND(${c.a("md")}/${c.a("dp")}*100,2)`),
          rk: d.rk,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          dd: fx(`SUM(${c.a("dd", "d1")}:${c.a("dd", "d7")})`),
          dp: fx(`SUM(${c.a("dp", "d1")}:${c.a("dp", "d7")})`),
          pp: fx(`ROUND(${c.a("dp")}/${c.a("dd")}*100,2)`),
          md: fx(`SUM(${c.a("md", "d1")}:${c.a("md", "d7")})`),
          pm: fx(`ROUND(${c.a("md")}/${c.a("dp")}*100,2)`),
          // planted: one row short
          rk: fx(`SUM(${c.a("rk", "d1")}:${c.a("rk", "d6")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) persentase baris JUMLAH dihitung dari jumlah kolom, bukan rata-rata perangkat daerah."]);
  s.gap();
  signature(s, 6, {
    tempat: "Sariak Gadang, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG STATISTIK"],
    nama: "YULIA RAHMADHANI, S.Si., M.E.",
    nip: "19850714 201001 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pm", "d4") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% metadata lengkap of Dinas Sosial is a typed 145.83 (more metadata than datasets); 24 / 35 x 100 = 68.57",
    truth: `ROUND(${a("md", "d4")}/${a("dp", "d4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rk", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH rekomendasi BPS is =SUM over six rows (15); with Kominfo's 1 it is 16",
    truth: `SUM(${a("rk", "d1")}:${a("rk", "d7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pp", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("dp", "d1")}:${a("dp", "d7")})/SUM(${a("dd", "d1")}:${a("dd", "d7")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pp", "d1")}:${a("pp", "d7")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pm", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("md", "d1")}:${a("md", "d7")})/SUM(${a("dp", "d1")}:${a("dp", "d7")})*100,2)`,
  });
  for (const id of ["d1", "d3", "d6"])
    b.ok({
      sheet: S,
      cell: a("pp", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("dp", id)}/${a("dd", id)}*100,2)`,
    });
  for (const id of ["d2", "d5", "d7"])
    b.ok({
      sheet: S,
      cell: a("pm", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("md", id)}/${a("dp", id)}*100,2)`,
    });
  for (const k of ["dd", "dp", "md"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "d1")}:${a(k, "d7")})` });
  return b.finish();
}

/** Rekap insiden siber and sertifikat elektronik per triwulan 2024, Diskominfo Banua Tanjung. */
export function rekapInsiden(): BookW {
  const b = new BookW(
    "rekap-insiden-siber-sertifikat-banua-tanjung-2024.xlsx",
    "Rekap insiden siber dan sertifikat elektronik per triwulan",
    "per triwulan: Insiden Dilaporkan | Tuntas | Dalam Penanganan | Eskalasi BSSN | Jumlah '(6) = (3)+(4)+(5)' | % Tuntas '(7) = (3)/(2) x 100' | Sertifikat Diterbitkan (flow) | Sertifikat Aktif (stock, Jumlah = TW IV)",
  );
  const S = "Insiden TTIS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANUA TANJUNG",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Tim Tanggap Insiden Siber (BanuaTanjung-CSIRT)",
  ]);
  s.lines(["LAPORAN PENANGANAN INSIDEN SIBER DAN LAYANAN SERTIFIKAT ELEKTRONIK TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", lap: 14, tu: 11, pr: 2, es: 1, se: 42, ak: 312 },
    { id: "q2", tw: "Triwulan II", lap: 19, tu: 15, pr: 3, es: 1, se: 57, ak: 361 },
    { id: "q3", tw: "Triwulan III", lap: 23, tu: 20, pr: 2, es: 1, se: 38, ak: 392 },
    { id: "q4", tw: "Triwulan IV", lap: 17, tu: 16, pr: 0, es: 1, se: 64, ak: 448 },
  ];
  const G = "Insiden Keamanan Informasi";
  const C = "Sertifikat Elektronik";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "lap", head: [G, "Dilaporkan"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "tu", head: [G, "Ditangani Tuntas"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "pr", head: [G, "Dalam Penanganan"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "es", head: [G, "Eskalasi ke BSSN"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "j",
        head: [G, "Jumlah Ditindaklanjuti"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (3)+(4)+(5)",
        fmt: INT,
      },
      { key: "p", head: [G, "% Tuntas"], role: "capaian", year: 2024, num: "(7) = (3)/(2) x 100", fmt: DEC },
      { key: "se", head: [C, "Diterbitkan"], role: "lainnya", num: "(8)", fmt: INT },
      { key: "ak", head: [C, "Aktif (akhir periode)"], role: "lainnya", num: "(9)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          lap: q.lap,
          tu: q.tu,
          pr: q.pr,
          es: q.es,
          j: fx(`${c.a("tu")}+${c.a("pr")}+${c.a("es")}`),
          // planted: Triwulan II's % has a stale cached 73.68 (14 / 19, before a late closure)
          p: fx(`ROUND(${c.a("tu")}/${c.a("lap")}*100,2)`, q.id === "q2" ? 73.68 : undefined),
          se: q.se,
          ak: q.ak,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah / Posisi Akhir",
          lap: fx(`SUM(${c.a("lap", "q1")}:${c.a("lap", "q4")})`),
          tu: fx(`SUM(${c.a("tu", "q1")}:${c.a("tu", "q4")})`),
          pr: fx(`SUM(${c.a("pr", "q1")}:${c.a("pr", "q4")})`),
          es: fx(`SUM(${c.a("es", "q1")}:${c.a("es", "q4")})`),
          // planted: typed 75; (3)+(4)+(5) of the totals and the quarters both give 73
          j: 75,
          p: fx(`ROUND(${c.a("tu")}/${c.a("lap")}*100,2)`),
          se: fx(`SUM(${c.a("se", "q1")}:${c.a("se", "q4")})`),
          ak: fx(c.a("ak", "q4")),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: sertifikat aktif adalah posisi akhir triwulan; baris Jumlah memuat posisi Triwulan IV.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Banua Tanjung, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PERSANDIAN DAN KEAMANAN INFORMASI"],
    nama: "RAHMAT HIDAYATULLAH, S.Kom.",
    nip: "19880102 201101 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "q2") },
    rules: ["capaian-mismatch"],
    note: "% tuntas of Triwulan II has a stale cached 73.68; its formula gives 15 / 19 x 100 = 78.95",
    truth: `ROUND(${a("tu", "q2")}/${a("lap", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("j", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah ditindaklanjuti is a typed 75; the quarters (and 62 + 7 + 4) give 73",
    truth: `SUM(${a("j", "q1")}:${a("j", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "tot"),
    rules: ["sum-mismatch"],
    truth: a("ak", "q4"),
    trap: `SUM(${a("ak", "q1")}:${a("ak", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tu", "tot")}/${a("lap", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "q1")}:${a("p", "q4")}),2)`,
  });
  for (const id of ["q1", "q3", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tu", id)}/${a("lap", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tu", id)}+${a("pr", id)}+${a("es", id)}`,
    });
  }
  for (const k of ["lap", "tu", "se"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  return b.finish();
}
