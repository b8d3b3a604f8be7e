// The Renja evaluation (E.81) of the Dinas Kesehatan Kota Bantar Rejo (Jawa Tengah) and the Renstra
// funding table (T-C.27) of the Dinas Kesehatan Kabupaten Tanah Pasirah (Sumatera Selatan), both on
// kesehatan lingkungan: desa/kelurahan STBM, TTU, sarana air minum. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  q: number[];
  rq: number[];
};

/** E.81 of the Dinkes Kota Bantar Rejo, s.d. Triwulan IV 2024, with a Renja capaian column of its own. */
export function e81Kesling(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-2024-dinkes-kesling-bantar-rejo.xlsx",
    "E.81 Evaluasi Renja (Dinkes, kesehatan lingkungan)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; extra 'Capaian Renja 2024' pair (13 = 12/7 x 100) before the s.d. columns (14 = 6 + 12, 15 = 14/5 x 100); Rp of 12, 14 and the capaian as formulas; a level row (% kelurahan STBM) above flows; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANTAR REJO", "DINAS KESEHATAN", "Jl. Pemuda Selatan No. 17 Bantar Rejo"]);
  s.lines([
    "Tabel E.81 Evaluasi Terhadap Hasil Renja Dinas Kesehatan Kota Bantar Rejo",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun Anggaran 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Lingkungan",
      ind: "Jumlah Tempat dan Fasilitas Umum (TFU) yang diawasi",
      sat: "TFU",
      level: false,
      k5: 1_450,
      r5: 2_480_000_000,
      k6: 842,
      r6: 1_396_500_000,
      k7: 300,
      r7: 512_000_000,
      q: [58, 81, 77, 92],
      rq: [71_250_000, 128_400_000, 133_900_000, 161_780_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0016",
      ur: "Pengambilan dan Pengujian Sampel Kualitas Air Minum",
      ind: "Jumlah sampel sarana air minum yang diuji",
      sat: "sampel",
      level: false,
      k5: 2_400,
      r5: 1_925_000_000,
      k6: 1_512,
      r6: 1_188_300_000,
      k7: 480,
      r7: 398_500_000,
      q: [96, 128, 140, 118],
      rq: [62_400_000, 97_150_000, 108_300_000, 104_620_000],
    },
  ];
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kota",
    ind: "Jumlah kelurahan yang dipicu STBM",
    sat: "kelurahan",
    level: false,
    k5: 54,
    r5: sum(subs.map((x) => x.r5)),
    k6: 31,
    r6: sum(subs.map((x) => x.r6)),
    k7: 12,
    r7: sum(subs.map((x) => x.r7)),
    q: [2, 4, 3, 3],
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase kelurahan Stop Buang Air Besar Sembarangan (ODF)",
    sat: "%",
    level: true,
    k5: 100,
    k6: 68.5,
    k7: 82,
    q: [71.2, 74.1, 77.8, 83.3],
  };
  const rows = [prog, keg, ...subs];
  const pair = (
    n: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair(
      "5",
      "Target Kinerja dan Anggaran Renstra pada Akhir Periode (2026)",
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("13", "Capaian Renja 2024 (%)", "13 = 12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "14",
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
      "14 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("15", "Tingkat Capaian Renstra s.d. 2024 (%)", "15 = 14/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 18 },
  ];
  const qsum = (e: E) => (e.level ? e.q[3] : sum(e.q));
  // planted: sub kegiatan .0011's 12 K typed 318; the quarters add up to 308
  const K12S1 = 318;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => {
      const k12 = e.id === "s1" ? K12S1 : qsum(e);
      const k14 = e.level ? k12 : e.k6 + k12;
      const k15 = round((k14 / e.k5) * 100);
      return {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        r5: e.r5,
        k6: e.k6,
        r6: e.r6,
        k7: e.k7,
        r7: e.r7,
        k8: e.q[0],
        r8: e.rq[0],
        k9: e.q[1],
        r9: e.rq[1],
        k10: e.q[2],
        r10: e.rq[2],
        k11: e.q[3],
        r11: e.rq[3],
        k12,
        r12: fx(`SUM(${x.a("r8")},${x.a("r9")},${x.a("r10")},${x.a("r11")})`),
        k13: round((k12 / e.k7) * 100),
        // planted: sub kegiatan .0016's Renja Rp capaian keeps a stale cached 81.40
        r13: fx(`ROUND(${x.a("r12")}/${x.a("r7")}*100,2)`, e.id === "s2" ? 81.4 : undefined),
        k14,
        r14: fx(`${x.a("r6")}+${x.a("r12")}`),
        k15,
        r15: fx(`ROUND(${x.a("r14")}/${x.a("r5")}*100,2)`),
        pj: "Seksi Kesehatan Lingkungan",
      };
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k15: fx(`ROUND(AVERAGE(${x.a("k15", "prog")}:${x.a("k15", "s2")}),2)`),
          r15: fx(`ROUND(AVERAGE(${x.a("r15", "prog")}:${x.a("r15", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => {
          const rp = rows.map((e) => round(((e.r6 + sum(e.rq)) / e.r5) * 100));
          const k = rows.map((e) => {
            const k12 = e.id === "s1" ? K12S1 : qsum(e);
            return round(((e.level ? k12 : e.k6 + k12) / e.k5) * 100);
          });
          return {
            no: "Predikat kinerja",
            k15: predikat(round(sum(k) / 4)),
            r15: predikat(round(sum(rp) / 4)),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator persentase kelurahan ODF bersifat posisi (kumulatif), bukan penjumlahan triwulan.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Bantar Rejo, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KOTA BANTAR REJO"],
    nama: "dr. SRI WAHYUNINGSIH PRAMESTI, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720308 200012 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 1.02.02.2.02.0011 is 318 TFU; the four quarters 58+81+77+92 add up to 308",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["capaian-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0016 caches 81.40 (stale); =ROUND(12/7*100,2) gives 93.47",
    truth: `ROUND(${a("r12", "s2")}/${a("r7", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k14", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k15", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k14", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r13", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r12", id)}/${a("r7", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r15", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r15", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinkes Kabupaten Tanah Pasirah, Renstra 2025-2029, Rp in thousands, lokasi column. */
export function tc27Kesling(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dinkes-kesling-tanah-pasirah.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes, kesehatan lingkungan)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp, years in a caption line; no number row; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = the five years; lokasi column at the right",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH PASIRAH", "DINAS KESEHATAN"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Tanah Pasirah",
    "Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029   (dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase desa yang melaksanakan STBM",
      sat: "%",
      level: true,
      awal: 46.8,
      k: [52, 58, 64, 71, 78],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten",
      ind: "Persentase Tempat-Tempat Umum (TTU) yang memenuhi syarat kesehatan",
      sat: "%",
      level: true,
      awal: 63.5,
      k: [67, 70, 73, 76, 80],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Lingkungan",
      ind: "Jumlah desa yang dipicu STBM",
      sat: "desa",
      level: false,
      awal: 22,
      k: [24, 26, 28, 30, 32],
      rp: [684_500, 718_700, 754_600, 792_300, 831_900],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0016",
      ur: "Pengambilan dan Pengujian Sampel Kualitas Air Minum",
      ind: "Persentase sarana air minum yang diawasi dan diuji",
      sat: "%",
      level: true,
      awal: 38,
      k: [45, 52, 60, 68, 75],
      rp: [312_000, 338_400, 366_800, 392_500, 421_700],
    },
    {
      id: "s3",
      kode: "1.02.02.2.01.0019",
      ur: "Pembinaan Sanitasi Sekolah dan Tempat Pengelolaan Pangan",
      ind: "Jumlah sekolah dan TPP yang dibina sanitasinya",
      sat: "unit",
      level: false,
      awal: 85,
      k: [90, 95, 100, 105, 110],
      rp: [146_200, 152_900, 161_000, 168_400, 177_300],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const ys = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...ys.flatMap((y): Col[] => [
      { key: `k${y}`, head: [TK, `Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, fmt: DEC },
      { key: `r${y}`, head: [TK, `Tahun ke-${y}`, "Rp"], role: "anggaran", year: 2024 + y, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          lok: p.rp ? "22 puskesmas" : "Kabupaten",
        };
        ys.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        // planted: the program's kondisi akhir Rp leaves out Tahun ke-5
        const n = p.id === "p" ? 4 : 5;
        out.akR = fx(
          ys
            .slice(0, n)
            .map((y) => x.a(`r${y}`))
            .join("+"),
        );
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = total lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Muara Pasirah, 12 Maret 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN TANAH PASIRAH"],
    nama: "dr. HENDRA SAPUTRA ALAMSYAH, M.K.M.",
    nip: "19770521 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => ys.map((y) => a(`r${y}`, id)).join("+");
  const yk = (id: string) => ys.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "p") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of program 1.02.02 adds Tahun ke-1..4 only (4,988,300); with Tahun ke-5's 1,430,900 the five years give 6,419,200",
    truth: yr("p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembinaan Sanitasi Sekolah dan TPP is coded 1.02.02.2.01.0019 under kegiatan 1.02.02.2.02",
    truth: `"1.02.02.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "g", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk("s1"),
    trap: a("k5", "s1"),
  });
  for (const id of ["g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
