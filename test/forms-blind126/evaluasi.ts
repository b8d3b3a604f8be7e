// Two evaluation workbooks of a Dinas Pariwisata dan Ekonomi Kreatif: an E.81 evaluasi Renja 2024 of a
// kabupaten in Sumatera Utara (target K | Rp, Rp per triwulan, realisasi and tingkat capaian K | Rp,
// Rata-rata and Predikat rows) and a rekap of the retribusi tempat rekreasi per daya tarik wisata of a
// kabupaten in Sulawesi Utara ("(dalam ribuan rupiah)", triwulan, Jumlah, capaian against the target;
// a revenue above its target is no mistake). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  rk: number;
  trp: number;
  q: number[];
};

export function e81Parekraf(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-disparekraf-tapanuli-dolok.xlsx",
    "E.81 evaluasi Renja (Dinas Pariwisata dan Ekonomi Kreatif)",
    "E.81 evaluasi hasil Renja 2024 of a Disparekraf in Sumatera Utara: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | 'Target Renja 2024' > K | Rp | 'Realisasi Keuangan per Triwulan (Rp)' > I .. IV | 'Realisasi 2024' > K | Rp | 'Tingkat Capaian 2024 (%)' > K | Rp | Penanggung Jawab; number row with '12 = 7+8+9+10', '13 = 11/6 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E81 Disparekraf 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAPANULI DOLOK",
    "DINAS PARIWISATA DAN EKONOMI KREATIF",
    "Jl. Sisingamangaraja No. 41 Dolok Sanggul Baru",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "TAHUN ANGGARAN 2024 (s.d. Triwulan IV)",
    "Periode pelaksanaan: 1 Januari s.d. 31 Desember 2024",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "3.26.02.2.01.0001",
      nm: "Pembangunan Fasilitas Pariwisata pada Daya Tarik Wisata Kabupaten",
      ind: "Jumlah fasilitas pariwisata yang dibangun",
      sat: "unit",
      tk: 6,
      rk: 5,
      trp: 2_450_000_000,
      q: [0, 612_500_000, 980_000_000, 735_300_000],
    },
    {
      id: "s2",
      kode: "3.26.02.2.01.0002",
      nm: "Pemeliharaan Fasilitas Pariwisata pada Daya Tarik Wisata Kabupaten",
      ind: "Jumlah daya tarik wisata yang fasilitasnya dipelihara",
      sat: "DTW",
      tk: 12,
      rk: 12,
      trp: 865_000_000,
      q: [142_600_000, 218_450_000, 231_900_000, 247_350_000],
    },
    {
      id: "s3",
      kode: "3.26.02.2.01.0003",
      nm: "Pembangunan Prasarana Penunjang (Toilet, Pusat Kuliner, Tempat Parkir) pada Daya Tarik Wisata",
      ind: "Jumlah paket prasarana penunjang DTW yang diselesaikan",
      sat: "paket",
      tk: 4,
      rk: 3,
      trp: 1_320_000_000,
      q: [0, 264_000_000, 396_000_000, 455_400_000],
    },
  ];
  const Q = ["q1", "q2", "q3", "q4"];
  const TR = "Target Renja 2024";
  const RQ = "Realisasi Keuangan per Triwulan 2024 (Rp)";
  const RE = "Realisasi Kinerja dan Keuangan 2024";
  const TC = "Tingkat Capaian 2024 (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    { key: "tk", head: [TR, "K"], role: "target", year: 2024, num: "6", fmt: DEC, width: 9 },
    { key: "trp", head: [TR, "Rp"], role: "anggaran", year: 2024, num: "6", fmt: RP, width: 16 },
    ...["I", "II", "III", "IV"].map((t, i): Col => ({
      key: Q[i],
      head: [RQ, `Triwulan ${t}`],
      role: "realisasi-anggaran",
      year: 2024,
      num: String(7 + i),
      fmt: RP,
      width: 15,
    })),
    { key: "rk", head: [RE, "K"], role: "realisasi", year: 2024, num: "11", fmt: DEC, width: 9 },
    {
      key: "rrp",
      head: [RE, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "12 = 7+8+9+10",
      fmt: RP,
      width: 16,
    },
    { key: "ck", head: [TC, "K"], role: "capaian", num: "13 = 11/6 x 100", fmt: DEC, width: 10 },
    { key: "crp", head: [TC, "Rp"], role: "capaian", num: "14 = 12/6 x 100", fmt: DEC, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const PJ = "Bidang Destinasi";
  const cap = (x: Ctx) => ({
    ck: fx(`ROUND(${x.a("rk")}/${x.a("tk")}*100,2)`),
    crp: fx(`ROUND(${x.a("rrp")}/${x.a("trp")}*100,2)`),
  });
  const qsum = (x: Ctx) => `SUM(${x.a("q1")}:${x.a("q4")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (x: Ctx) => ({
          no: 1,
          kode: "3.26.02",
          nm: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
          ind: "Persentase peningkatan kunjungan wisatawan",
          sat: "%",
          tk: 8,
          trp: fx(x.a("trp", "keg")),
          ...Object.fromEntries(Q.map((q) => [q, fx(x.a(q, "keg"))])),
          rk: 9.35,
          rrp: fx(qsum(x)),
          ...cap(x),
          pj: PJ,
        }),
      },
      {
        id: "keg",
        cells: (x: Ctx) => ({
          kode: "3.26.02.2.01",
          nm: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
          ind: "Jumlah daya tarik wisata kabupaten yang dikelola",
          sat: "DTW",
          tk: 14,
          trp: fx(`SUM(${x.a("trp", "s1")}:${x.a("trp", "s3")})`),
          ...Object.fromEntries(Q.map((q) => [q, fx(`SUM(${x.a(q, "s1")}:${x.a(q, "s3")})`)])),
          rk: 14,
          rrp: fx(qsum(x)),
          ...cap(x),
          pj: PJ,
        }),
      },
      ...subs.map((u): Row => ({
        id: u.id,
        cells: (x: Ctx) => ({
          kode: u.kode,
          nm: u.nm,
          ind: u.ind,
          sat: u.sat,
          tk: u.tk,
          trp: u.trp,
          ...Object.fromEntries(Q.map((q, i) => [q, u.q[i]])),
          rk: u.rk,
          // planted: sub kegiatan .0002 adds Triwulan I-III only
          rrp: fx(u.id === "s2" ? `SUM(${x.a("q1")}:${x.a("q3")})` : qsum(x)),
          ...cap(x),
          // planted: a typed 48.50 (digits swapped) for 84.50
          ...(u.id === "s3" ? { crp: 48.5 } : {}),
          pj: PJ,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi keuangan",
          ck: fx(`ROUND(AVERAGE(${x.a("ck", "prog")}:${x.a("ck", "s3")}),2)`),
          crp: fx(`ROUND(AVERAGE(${x.a("crp", "prog")}:${x.a("crp", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", ck: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK fisik bidang pariwisata dan kemitraan dengan pengelola DTW berbasis desa.",
    "Faktor penghambat: keterlambatan lelang paket prasarana penunjang; satu paket diselesaikan pada tahun 2025.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Dolok Sanggul Baru, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA DAN EKONOMI KREATIF", "KABUPATEN TAPANULI DOLOK,"],
    nama: "Drs. MARULAK SIHOMBING, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rrp", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp 2024 (12) of sub kegiatan 3.26.02.2.01.0002 is =SUM over Triwulan I-III only (592,950,000) while the other rows take I-IV; with Triwulan IV's 247,350,000 it is 840,300,000",
    truth: `SUM(${a("q1", "s2")}:${a("q4", "s2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("crp", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian Rp (14) of sub kegiatan 3.26.02.2.01.0003 is a typed 48.50 among ROUND formulas; 1,115,400,000 / 1,320,000,000 gives 84.50 (digits swapped)",
    truth: `ROUND(${a("rrp", "s3")}/${a("trp", "s3")}*100,2)`,
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rrp", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("q1", id)}:${a("q4", id)})`,
    });
  // the kegiatan's realisasi adds its own quarters (each the sum of the three sub kegiatan): right,
  // even though the planted .0002 row makes the sub kegiatan column add up short
  b.ok({
    sheet: S,
    cell: a("rrp", "keg"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q1", "s1")}:${a("q4", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "keg"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("trp", "s1")}:${a("trp", "s3")})`,
  });
  // the program's pagu is its one kegiatan, not every row under it added up
  b.ok({
    sheet: S,
    cell: a("trp", "prog"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("trp", "s1")}:${a("trp", "s3")})`,
    trap: `SUM(${a("trp", "keg")}:${a("trp", "s3")})`,
  });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rk", id)}/${a("tk", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("crp", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rrp", "s1")}/${a("trp", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "prog"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("rk", "prog")}/${a("tk", "prog")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("ck", "avg")})`,
  });
  return b.finish();
}

type Dtw = { id: string; nm: string; kec: string; tg: number; q: number[] };

export function retribusiDtw(): BookW {
  const b = new BookW(
    "rekap-retribusi-rekreasi-per-dtw-bolaang-lembeh.xlsx",
    "Rekap retribusi tempat rekreasi per daya tarik wisata",
    "Rekap target dan realisasi retribusi tempat rekreasi dan olahraga 2024 per DTW of a Disparekraf in Sulawesi Utara, '(dalam ribuan rupiah)': No | Daya Tarik Wisata | Kecamatan | Target 2024 | 'Realisasi' > Tw. I .. Tw. IV | Jumlah | Capaian (%) | Ket.; JUMLAH row whose capaian is the ratio of the totals",
  );
  const S = "Retribusi DTW 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BOLAANG LEMBEH",
    "DINAS PARIWISATA DAN EKONOMI KREATIF",
    "UPTD Pengelolaan Kawasan Wisata",
  ]);
  s.lines([
    "REKAPITULASI TARGET DAN REALISASI RETRIBUSI TEMPAT REKREASI DAN OLAHRAGA",
    "PER DAYA TARIK WISATA TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const D: Dtw[] = [
    {
      id: "d1",
      nm: "Pantai Batu Pinagut Baru",
      kec: "Lembeh Utara",
      tg: 420_000,
      q: [88_450, 104_200, 96_730, 152_880],
    },
    {
      id: "d2",
      nm: "Air Terjun Tumpaan Dua",
      kec: "Lembeh Selatan",
      tg: 185_000,
      q: [31_600, 42_150, 38_900, 55_120],
    },
    {
      id: "d3",
      nm: "Danau Moat Kecil",
      kec: "Modayag Raya",
      tg: 260_000,
      q: [61_240, 72_880, 69_410, 88_950],
    },
    {
      id: "d4",
      nm: "Taman Laut Pulau Dua Lembeh",
      kec: "Lembeh Utara",
      tg: 340_000,
      q: [52_300, 71_450, 80_120, 94_600],
    },
    {
      id: "d5",
      nm: "Bukit Kasih Toulumpa",
      kec: "Pinolosian Barat",
      tg: 150_000,
      q: [36_800, 40_250, 37_900, 48_450],
    },
    {
      id: "d6",
      nm: "Pemandian Air Panas Bongkudai",
      kec: "Modayag Raya",
      tg: 95_000,
      q: [18_450, 22_300, 21_780, 27_960],
    },
  ];
  const Q = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "nm", head: ["Daya Tarik Wisata"], role: "indikator", width: 30 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
    { key: "tg", head: ["Target 2024"], role: "anggaran", year: 2024, fmt: RP, width: 13 },
    ...["Tw. I", "Tw. II", "Tw. III", "Tw. IV"].map((h, i): Col => ({
      key: Q[i],
      head: ["Realisasi", h],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 12,
    })),
    { key: "jm", head: ["Realisasi", "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 13 },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", fmt: DEC, width: 10 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 22 },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "d1")}:${x.a(k, "d6")})`;
  const trueTg = D.reduce((n, d) => n + d.tg, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    rows: [
      ...D.map((d, i): Row => ({
        id: d.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: d.nm,
          kec: d.kec,
          tg: d.tg,
          ...Object.fromEntries(Q.map((q, k) => [q, d.q[k]])),
          // planted: Danau Moat Kecil's Jumlah typed 282,440 (the true 292,480 misread)
          jm: d.id === "d3" ? 282_440 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          cp: fx(`ROUND(${x.a("jm")}/${x.a("tg")}*100,2)`),
          ket: d.id === "d5" ? "melampaui target (libur Natal)" : d.id === "d1" ? "melampaui target" : "",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          // planted: a stale cached total from before the target of Taman Laut Pulau Dua was raised by 40,000 in the APBD-P
          tg: fx(sumCol("tg", x), trueTg - 40_000),
          ...Object.fromEntries(Q.map((q) => [q, fx(sumCol(q, x))])),
          jm: fx(sumCol("jm", x)),
          cp: fx(`ROUND(${x.a("jm")}/${x.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: retribusi adalah pendapatan; realisasi di atas target (capaian > 100 %) bukan kelebihan belanja.",
    "Target setelah perubahan APBD 2024 (Perda No. 7 Tahun 2024).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lembeh, 8 Januari 2025",
    jabatan: ["Kepala UPTD Pengelolaan Kawasan Wisata,"],
    nama: "JOUDY F. MANOPPO, S.E.",
    pangkat: "Penata (III/c)",
    nip: "19860214 201001 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jm", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah realisasi of Danau Moat Kecil is a typed 282,440 among SUM formulas; 61,240 + 72,880 + 69,410 + 88,950 give 292,480",
    truth: `SUM(${a("q1", "d3")}:${a("q4", "d3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("tg", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH target is =SUM over the six DTW with a stale cached ${(trueTg - 40_000).toLocaleString("en")}; the rows give ${trueTg.toLocaleString("en")}`,
    truth: `SUM(${a("tg", "d1")}:${a("tg", "d6")})`,
  });
  for (const d of D)
    if (d.id !== "d3")
      b.ok({
        sheet: S,
        cell: a("jm", d.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("q1", d.id)}:${a("q4", d.id)})`,
      });
  for (const q of Q)
    b.ok({ sheet: S, cell: a(q, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(q, "d1")}:${a(q, "d6")})` });
  // revenue above its target: no serapan above 100, no percentage out of range
  for (const id of ["d1", "d5"])
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("jm", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("cp", "d6"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jm", "d6")}/${a("tg", "d6")}*100,2)`,
  });
  return b.finish();
}
