// The E.81 Renja evaluation of the Dinas Pendidikan of an invented NTT kabupaten (Golo Mbeliling),
// year n-1 = 2024 in a Renstra 2021-2026: program 1.01.02 with the APM SD (a level taken once a
// year), kegiatan 1.01.02.2.01 and three sub kegiatan: ruang kelas rehabilitated and guru trained add
// their quarters, the BOSP reporting rate is a level. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | string>;
  rpq: number[];
};

export function e81Dikbud(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dinas-pendidikan-golo-mbeliling.xlsx",
    "E.81 evaluasi Renja 2024 (Dinas Pendidikan kabupaten, NTT)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Pendidikan in NTT: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | columns 5 .. 14 as 'Kinerja' | 'Keuangan (Rp)' pairs, (8)-(11) Triwulan I-IV; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; (15) Unit PD; footer Rata-rata capaian and Predikat; faktor pendorong / penghambat",
  );
  const S = "E.81 Disdik 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GOLO MBELILING",
    "DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA",
    "Jl. Trans Flores Km. 4, Lamba Leda - Nusa Tenggara Timur",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN GOLO MBELILING",
    "RENJA DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA s.d. TRIWULAN IV TAHUN 2024",
    "Indikator dan target kinerja Renstra PD Tahun 2021-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.01.02.2.01.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      level: false,
      k5: 120,
      rp5: 18_000_000_000,
      k6: 46,
      rp6: 6_912_000_000,
      k7: 28,
      rp7: 4_284_000_000,
      kq: [0, 6, 10, 12],
      rpq: [0, 612_500_000, 1_535_000_000, 1_987_400_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.01.0020",
      nm: "Pengelolaan Dana BOSP Sekolah Dasar",
      ind: "Persentase SD yang menyampaikan laporan penggunaan BOSP tepat waktu",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 1_250_000_000,
      k6: 82.5,
      rp6: 640_000_000,
      k7: 90,
      rp7: 245_000_000,
      kq: [35.4, 61.2, 78.9, 92.3],
      rpq: [38_500_000, 61_250_000, 57_800_000, 82_150_000],
    },
    {
      id: "s3",
      kode: "1.01.02.2.01.0018",
      nm: "Pembinaan Kompetensi Pendidik dan Tenaga Kependidikan SD",
      ind: "Jumlah guru SD yang mengikuti peningkatan kompetensi",
      sat: "orang",
      level: false,
      k5: 1500,
      rp5: 2_400_000_000,
      k6: 610,
      rp6: 1_020_000_000,
      k7: 300,
      rp7: 480_000_000,
      kq: [0, 120, 95, 85],
      rpq: [0, 176_400_000, 151_300_000, 138_900_000],
    },
  ];
  const KIN = "Kinerja";
  const KEU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, KIN], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, KEU], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, `Realisasi Triwulan ${q}`, String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", KIN],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", KEU],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cap = (c: Ctx, n: string, d: string) => fx(`ROUND(${c.a(n)}/${c.a(d)}*100,2)`);
  // planted: s3's K (14) is a typed 58.67 (the formula gives 60.67)
  const s3k14 = 58.67;
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Pembinaan SD",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) leaves out Triwulan IV
      out.rp12 = fx((x.id === "s1" ? qr.slice(0, 3) : qr).map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = x.id === "s3" ? s3k14 : cap(c, "k13", "k5");
      out.rp14 = cap(c, "rp13", "rp5");
      return out;
    },
  });
  const sumSubs = (c: Ctx, key: string) => fx(`SUM(${c.a(key, "s1")}:${c.a(key, "s3")})`);
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => {
          const out: Record<string, Cell> = {
            no: "1",
            kode: "1.01.02",
            nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
            ind: "Angka Partisipasi Murni (APM) SD/MI",
            sat: "%",
            k5: 98,
            k6: 95.12,
            k7: 96.4,
            kq1: "-",
            kq2: "-",
            kq3: "-",
            kq4: 96.85,
            k12: fx(c.a("kq4")),
            k13: fx(c.a("k12")),
            k14: cap(c, "k13", "k5"),
            rp14: cap(c, "rp13", "rp5"),
            pj: "Dinas PKO",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "k"));
          return out;
        },
      },
      {
        id: "k",
        cells: (c) => {
          const out: Record<string, Cell> = {
            no: "1.1",
            kode: "1.01.02.2.01",
            nm: "Pengelolaan Pendidikan Sekolah Dasar",
            rp14: cap(c, "rp13", "rp5"),
            pj: "Bidang Pembinaan SD",
          };
          for (const k of rpKeys) out[k] = sumSubs(c, k);
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rp13"],
        cells: () => ({ no: "Predikat kinerja", k14: "Sedang", rp14: "Rendah" }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK fisik bidang pendidikan dan komite sekolah.",
    "Faktor penghambat: akses ke sekolah di wilayah pesisir utara pada musim hujan.",
    "Tindak lanjut: percepatan pelaporan BOSP melalui pendampingan operator sekolah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Golo Mbeliling, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA,"],
    nama: "YOHANES BOSCO NGGARANG, S.Pd., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710412 199603 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q = (keys: string[], id: string) => keys.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 1.01.02.2.01.0009 adds Triwulan I-III only (2,147,500,000); with Triwulan IV's 1,987,400,000 it is 4,134,900,000",
    truth: q(qr, "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (14) of the guru trained is a typed 58.67 among ROUND formulas; (610 + 300) / 1,500 x 100 gives 60.67",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // traps: the BOSP rate and the APM are levels
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: q(qk, "s2"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  b.ok({ sheet: S, cell: a("k12", "s3"), rules: ["sum-mismatch"], truth: q(qk, "s3") });
  b.ok({ sheet: S, cell: a("k12", "s1"), rules: ["sum-mismatch"], truth: q(qk, "s1") });
  b.ok({ sheet: S, cell: a("rp12", "s2"), rules: ["sum-mismatch"], truth: q(qr, "s2") });
  b.ok({ sheet: S, cell: a("rp12", "s3"), rules: ["sum-mismatch"], truth: q(qr, "s3") });
  b.ok({
    sheet: S,
    cell: a("k13", "s3"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s3")}+${a("k12", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp5", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("rp5", "s1")}+${a("rp5", "s2")}+${a("rp5", "s3")}`,
  });
  for (const id of ["s1", "s2", "p"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "s3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  return b.finish();
}
