// The Bappeda of a Jawa Barat kabupaten evaluates its own Renja 2024 in the E.81 shape (K | Rp per
// numbered column, in thousands of rupiah), and a Maluku Utara Bappeda recaps the musrenbang proposals
// per kecamatan for the RKPD 2025. Flows add their quarters; the IKD evaluation rate is a level whose
// year is its Triwulan IV value. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
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
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81Bappeda(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-bappeda-cikaret-raya-2024.xlsx",
    "E.81 evaluasi Renja Bappeda (2024)",
    "E.81 of the Bappeda of a Jawa Barat kabupaten, Renja 2024, in thousands of rupiah: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Bappeda";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIKARET RAYA",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Raya Cikaret No. 112 Telp. (0263) 512 884",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CIKARET RAYA",
    "Renja Bappelitbangda Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "5.01.02.2.01.0012",
      nm: "Penyelenggaraan Musrenbang RKPD Kabupaten dan Kecamatan",
      ind: "Jumlah forum musrenbang yang dilaksanakan",
      sat: "forum",
      level: false,
      k5: 150,
      rp5: 3_750_000,
      k6: 88,
      rp6: 2_180_400,
      k7: 31,
      rp7: 760_000,
      kq: [27, 3, 0, 1],
      rpq: [412_350, 186_200, 58_900, 94_100],
    },
    {
      id: "s2",
      kode: "5.01.02.2.01.0013",
      nm: "Koordinasi Pengendalian dan Evaluasi Pelaksanaan RKPD",
      ind: "Persentase indikator kinerja daerah (IKD) yang terevaluasi",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 2_400_000,
      k6: 82.5,
      rp6: 1_402_600,
      k7: 90,
      rp7: 512_000,
      kq: ["-", 45.5, 68.2, 93.18],
      rpq: [96_400, 131_850, 118_300, 152_750],
    },
    {
      id: "s3",
      kode: "5.01.02.2.01.0016",
      nm: "Penyusunan Laporan Evaluasi Hasil RKPD (E.79) dan Renstra PD (E.80)",
      ind: "Jumlah dokumen laporan evaluasi yang disusun",
      sat: "dokumen",
      level: false,
      k5: 25,
      rp5: 1_150_000,
      k6: 14,
      rp6: 652_800,
      k7: 5,
      rp7: 248_000,
      kq: [1, 1, 1, 2],
      rpq: [38_600, 61_250, 57_900, 84_350],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD Tahun 2024",
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
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rp12s1Typed = 715_550; // Triwulan I-IV add to 751,550: digits swapped
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
        pj: x.level ? "Bidang Litbang dan Evaluasi" : "Bidang Perencanaan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = x.id === "s1" ? rp12s1Typed : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      const r14 = `ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`;
      // planted: s3's Rp (14) keeps the result from before Triwulan IV was entered
      out.rp14 =
        x.id === "s3" ? fx(r14, round(((x.rp6 + x.rpq[0] + x.rpq[1] + x.rpq[2]) / x.rp5) * 100)) : fx(r14);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const k14 = (x: Sub) => {
    const k13 = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((n, v) => n + v, 0);
    return round((k13 / x.k5) * 100);
  };
  const avg = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1",
            kode: "5.01.02",
            nm: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
            ind: "Persentase usulan musrenbang yang terakomodir dalam RKPD",
            sat: "%",
            k5: 60,
            k6: 52.4,
            k7: 55,
            kq1: "-",
            kq2: 54.1,
            kq3: "-",
            kq4: 57.3,
            pj: "Bappelitbangda",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1.1",
            kode: "5.01.02.2.01",
            nm: "Penyusunan, Pengendalian dan Evaluasi Rencana Pembangunan Daerah",
            ind: "Jumlah dokumen perencanaan dan evaluasi pembangunan daerah",
            sat: "dokumen",
            k5: 30,
            k6: 17,
            k7: 6,
            kq1: 1,
            kq2: 2,
            kq3: 1,
            kq4: 2,
            pj: "Bappelitbangda",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: seluruh musrenbang kecamatan selesai pada Triwulan I sesuai jadwal SIPD.",
    "Faktor penghambat: data realisasi IKD dari perangkat daerah terlambat masuk pada Triwulan II.",
    "Tindak lanjut: rapat pengendalian bulanan dan batas unggah data IKD tanggal 10 setiap bulan.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Cikaret, 22 Januari 2025",
    jabatan: ["KEPALA BAPPELITBANGDA", "KABUPATEN CIKARET RAYA,"],
    nama: "Dr. H. ASEP SAEPUL RAHMAN, S.T., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 (12) of sub kegiatan 5.01.02.2.01.0012 is a typed 715,550 (thousand rupiah) among quarter formulas; 412,350 + 186,200 + 58,900 + 94,100 give 751,550 (digits swapped)",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Rp (14) of sub kegiatan 5.01.02.2.01.0016 is =ROUND(13/5*100,2) with a stale cached 70.48 (before Triwulan IV); 894,900 / 1,150,000 gives 77.82",
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  // the level: year K is the Triwulan IV value, s.d. K is the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: qk
      .slice(1)
      .map((k) => a(k, "s2"))
      .join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("kq2", "prog")}+${a("kq4", "prog")}`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("rp12", "s2"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s3"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp13", "s3"),
    rules: ["sum-mismatch"],
    truth: `${a("rp6", "s3")}+${a("rp12", "s3")}`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "s1")}:${a(k, "s3")})` });
  for (const id of ["s1", "s2", "s3", "keg"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Kec = { id: string; nama: string; desa: number; us: number; pu: number; ak: number; pa: number };

export function musrenbangMalut(): BookW {
  const b = new BookW(
    "rekap-usulan-musrenbang-kecamatan-gane-raya-rkpd2025.xlsx",
    "Rekap usulan musrenbang kecamatan (Bappeda)",
    "Rekap usulan musrenbang kecamatan for the RKPD 2025 of a Maluku Utara kabupaten: No | Kecamatan | Jumlah Desa | 'Usulan Musrenbang Kecamatan' > Jumlah Usulan | Nilai Usulan (Rp juta) | 'Terakomodir dalam RKPD 2025' > Jumlah Usulan | Nilai (Rp juta) | 'Persentase Terakomodir' > Usulan (%) | Nilai (%); number row 1 .. '8 = 6/4 x 100', '9 = 7/5 x 100'; JUMLAH row with the ratio of the totals",
  );
  const S = "Rekap Musrenbang";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GANE RAYA",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Jl. Trans Halmahera, Kompleks Perkantoran Bukit Saketa",
  ]);
  s.lines([
    "REKAPITULASI USULAN MUSRENBANG KECAMATAN DAN HASIL PENGAKOMODIRAN",
    "DALAM RANCANGAN AKHIR RKPD TAHUN 2025",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Gane Barat", desa: 14, us: 126, pu: 38_450, ak: 71, pa: 17_920 },
    { id: "k2", nama: "Gane Timur", desa: 11, us: 98, pu: 29_760, ak: 52, pa: 12_480 },
    { id: "k3", nama: "Gane Barat Utara", desa: 9, us: 74, pu: 21_380, ak: 40, pa: 9_650 },
    { id: "k4", nama: "Kepulauan Joronga", desa: 7, us: 61, pu: 24_900, ak: 22, pa: 6_120 },
    { id: "k5", nama: "Bacan Selatan Raya", desa: 12, us: 112, pu: 33_270, ak: 68, pa: 16_840 },
    { id: "k6", nama: "Saketa", desa: 10, us: 89, pu: 26_150, ak: 55, pa: 13_305 },
    { id: "k7", nama: "Mafa Hulu", desa: 8, us: 57, pu: 15_640, ak: 36, pa: 8_210 },
  ];
  const U = "Usulan Musrenbang Kecamatan";
  const T = "Terakomodir dalam RKPD 2025";
  const P = "Persentase Terakomodir";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
    { key: "desa", head: ["Jumlah Desa"], num: 3, fmt: INT, width: 8 },
    { key: "us", head: [U, "Jumlah Usulan"], role: "target", year: 2025, num: 4, fmt: INT, width: 10 },
    {
      key: "pu",
      head: [U, "Nilai Usulan (Rp juta)"],
      role: "anggaran",
      year: 2025,
      num: 5,
      fmt: RP,
      width: 13,
    },
    { key: "ak", head: [T, "Jumlah Usulan"], role: "realisasi", year: 2025, num: 6, fmt: INT, width: 10 },
    {
      key: "pa",
      head: [T, "Nilai (Rp juta)"],
      role: "realisasi-anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 13,
    },
    {
      key: "pus",
      head: [P, "Usulan (%)"],
      role: "capaian",
      year: 2025,
      num: "8 = 6/4 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "ppa",
      head: [P, "Nilai (%)"],
      role: "capaian",
      year: 2025,
      num: "9 = 7/5 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const sumK = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const truePa = K.reduce((n, k) => n + k.pa, 0);
  const typedPus = 63.93; // 52 / 98 gives 53.06
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          desa: k.desa,
          us: k.us,
          pu: k.pu,
          ak: k.ak,
          pa: k.pa,
          pus: k.id === "k2" ? typedPus : fx(`ROUND(${x.a("ak")}/${x.a("us")}*100,2)`),
          ppa: fx(`ROUND(${x.a("pa")}/${x.a("pu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          desa: fx(sumK("desa", x)),
          us: fx(sumK("us", x)),
          pu: fx(sumK("pu", x)),
          ak: fx(sumK("ak", x)),
          // planted: cached before Saketa's nilai was revised from 12,405 to 13,305
          pa: fx(sumK("pa", x), truePa - 900),
          pus: fx(`ROUND(${x.a("ak")}/${x.a("us")}*100,2)`),
          ppa: fx(`ROUND(${x.a("pa")}/${x.a("pu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Usulan terakomodir adalah usulan yang masuk dalam rancangan akhir RKPD 2025 melalui SIPD.",
    "2. Persentase pada baris JUMLAH dihitung dari jumlah kolom, bukan rata-rata persentase kecamatan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Saketa, 28 Juni 2024",
    jabatan: ["KEPALA BAPPEDA KABUPATEN GANE RAYA,"],
    nama: "IRWAN HI. DJAFAR, S.E., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760512 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pus", "k2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% usulan terakomodir of Gane Timur is a typed 63.93 among ROUND formulas; 52 / 98 x 100 gives 53.06",
    truth: `ROUND(${a("ak", "k2")}/${a("us", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pa", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH nilai terakomodir is =SUM over the kecamatan with a stale cached ${(truePa - 900).toLocaleString("en")}; the seven rows give ${truePa.toLocaleString("en")} (Saketa revised from 12,405 to 13,305)`,
    truth: `SUM(${a("pa", "k1")}:${a("pa", "k7")})`,
  });
  for (const k of ["desa", "us", "pu", "ak"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  b.ok({
    sheet: S,
    cell: a("pus", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("ak", "tot")}/${a("us", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pus", "k1")}:${a("pus", "k7")}),2)`,
  });
  for (const k of K) {
    if (k.id !== "k2")
      b.ok({
        sheet: S,
        cell: a("pus", k.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("ak", k.id)}/${a("us", k.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("ppa", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("pa", k.id)}/${a("pu", k.id)}*100,2)`,
    });
  }
  return b.finish();
}
