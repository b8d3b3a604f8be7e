// The Renja evaluation (E.81) of the Diskominfo Kota Tanjung Seruni (Kepulauan Riau) and the Renstra
// funding table (T-C.27) of the Diskominfo Kabupaten Sungai Rantau Hulu (Kalimantan Selatan), on
// persandian: CSIRT, insiden siber and sertifikat elektronik. Every name and number is invented.
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

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  rp: [number, number, number];
  rq: number[];
};

/** E.81 of the Diskominfo Kota Tanjung Seruni, s.d. Triwulan IV 2025, Renstra 2021-2026, calendar years. */
export function e81Sandi(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-persandian-tanjung-seruni.xlsx",
    "E.81 Evaluasi Renja (Diskominfo, persandian)",
    "E.81 s.d. Triwulan IV 2025, Renstra 2021-2026; calendar years in the group headers (s.d. 2024, 2025); K | Rp pairs, number row merged over the pairs; a level program row (% insiden ditangani) over flow rows; Keterangan column instead of the unit; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SERUNI",
    "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
    "Jl. Hang Lekiu No. 7, Tanjung Seruni",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
    "Renstra Perangkat Daerah Tahun 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2025",
    "Sasaran RKPD: meningkatnya keamanan informasi dan persandian pemerintah daerah",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "2.21.02.2.01.0002",
      ur: "Penyediaan Layanan Keamanan Informasi Pemerintah Daerah (Seruni-CSIRT)",
      ind: "Jumlah layanan penanganan insiden siber yang diberikan",
      sat: "layanan",
      level: false,
      k: [600, 260, 120],
      q: [28, 31, 35, 30],
      rp: [4_850_000_000, 2_314_600_000, 1_020_000_000],
      rq: [185_300_000, 242_750_000, 268_900_000, 301_450_000],
    },
    {
      id: "s2",
      kode: "2.21.02.2.01.0004",
      ur: "Penyelenggaraan Sertifikat Elektronik bagi Aparatur",
      ind: "Jumlah sertifikat elektronik yang diterbitkan",
      sat: "sertifikat",
      level: false,
      k: [1500, 780, 300],
      q: [64, 92, 71, 88],
      rp: [1_650_000_000, 742_300_000, 360_000_000],
      rq: [61_200_000, 88_450_000, 97_300_000, 104_650_000],
    },
  ];
  const rpSum = (i: number) => sum(subs.map((x) => x.rp[i]));
  const rqSum = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Line = {
    id: "keg",
    kode: "2.21.02.2.01",
    ur: "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kota",
    ind: "Jumlah perangkat daerah yang menerapkan SMKI",
    sat: "PD",
    level: false,
    k: [30, 14, 6],
    q: [1, 2, 1, 2],
    rp: [rpSum(0), rpSum(1), rpSum(2)],
    rq: rqSum,
  };
  const prog: Line = {
    ...keg,
    id: "prog",
    kode: "2.21.02",
    ur: "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI",
    ind: "Persentase insiden siber yang ditangani",
    sat: "%",
    level: true,
    k: [95, 82.5, 88],
    q: [84, 86.5, 89, 91.2],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Line) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Line) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: Line) => e.rp[1] + sum(e.rq);
  const k14 = (e: Line) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: Line) => round((r13(e) / e.rp[0]) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const R = "realisasi";
  const RA = "realisasi-anggaran";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun 2024", "6", R, RA, 2024),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun 2025 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2025,
    ),
    ...["I", "II", "III", "IV"].flatMap((tw, i) =>
      pair(String(8 + i), `Triwulan ${tw}`, String(8 + i), R, RA, 2025),
    ),
    ...pair("12", "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", "12", R, RA, 2025),
    ...pair("13", "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2025", "13 = 6 + 12", R, RA, 2025),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2025 (%)",
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 18 },
  ];
  // planted: (13) Rp of sub kegiatan .0002 typed 3,331,000,000; 6 + 12 = 3,313,000,000
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      r5: e.rp[0],
      k6: e.k[1],
      r6: e.rp[1],
      k7: e.k[2],
      r7: e.rp[2],
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s1" ? 3_331_000_000 : r13(e),
      k14: k14(e),
      r14: r14(e),
      ket: e.level ? "capaian kumulatif (level)" : null,
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: "Tinggi" for a K average of 74.92 (Sedang)
        cells: { no: "Predikat Kinerja", k14: avgK > 75 ? "Sedang" : "Tinggi", r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan BSSN dalam pembentukan dan pembinaan Seruni-CSIRT.",
    "Faktor penghambat: keterbatasan SDM sandiman bersertifikat dan perangkat pemantauan jaringan.",
    "Tindak lanjut: pengajuan formasi pranata komputer dan pelatihan penanganan insiden.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Seruni, 14 Januari 2026",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA", "DAN PERSANDIAN"],
    nama: "Drs. RAJA AZHARI MAHMUD, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 2.21.02.2.01.0002 is 3,331,000,000; 6 + 12 = 2,314,600,000 + 998,400,000 = 3,313,000,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Tinggi' for a rata-rata capaian kinerja of 74.92; > 65 to 75 is Sedang",
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
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

/** T-C.27 of the Diskominfo Kabupaten Sungai Rantau Hulu, Renstra 2025-2029, Rp in thousands. */
export function tc27Sandi(): BookW {
  const b = new BookW(
    "tc27-pendanaan-persandian-sungai-rantau-hulu.xlsx",
    "T-C.27 Rencana program dan pendanaan (persandian)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; unmerged group headers repeated in every cell; Tahun ke-1..5 > Target | Rp; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp formulas; Lokasi column at the right",
  );
  const S = "T-C.27 Persandian";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI RANTAU HULU",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
  ]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Perangkat Daerah",
    "Renstra Dinas Kominfo, Statistik dan Persandian Kabupaten Sungai Rantau Hulu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.21.02",
      ur: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
      ind: "Indeks Keamanan Informasi (Indeks KAMI)",
      sat: "nilai",
      level: true,
      awal: 312,
      k: [350, 390, 430, 470, 510],
    },
    {
      id: "g",
      kode: "2.21.02.2.01",
      ur: "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten",
      ind: "Persentase perangkat daerah yang menerapkan standar keamanan informasi",
      sat: "%",
      level: true,
      awal: 35,
      k: [45, 55, 65, 75, 85],
    },
    {
      id: "s1",
      kode: "2.21.02.2.01.0001",
      ur: "Pelaksanaan Analisis Kebutuhan dan Pengelolaan Sumber Daya Keamanan Informasi",
      ind: "Jumlah dokumen hasil analisis kebutuhan keamanan informasi",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [2, 2, 3, 3, 3],
      rp: [245_800, 258_100, 271_000, 284_600, 298_800],
    },
    {
      id: "s2",
      kode: "2.21.02.2.01.0002",
      ur: "Penyediaan Layanan Keamanan Informasi Pemerintah Daerah (CSIRT)",
      ind: "Jumlah laporan penanganan insiden siber",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [612_400, 643_000, 675_200, 708_900, 744_400],
    },
    {
      id: "s3",
      kode: "2.21.02.2.01.0004",
      ur: "Penyelenggaraan Sertifikat Elektronik bagi Aparatur",
      ind: "Persentase ASN yang memiliki sertifikat elektronik",
      sat: "%",
      level: true,
      awal: 40,
      k: [55, 65, 75, 85, 95],
      rp: [318_500, 334_400, 351_100, 368_700, 387_100],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "repeat",
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
          // planted: the CSIRT report count's kondisi akhir is the year-5 target (12), not the five years (60)
          akK: p.level || p.id === "s2" ? p.k[4] : sum(p.k),
          akR: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang Persandian",
          lok: "Kab. Sungai Rantau Hulu",
        };
        Y.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's year-3 Rp typed 1,279,300 among SUM formulas (the sub kegiatan give 1,297,300)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 1_279_300 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator indeks dan persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Muara Rantau, 18 Februari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "STATISTIK DAN PERSANDIAN"],
    nama: "H. AHMAD FAUZAN NOOR, S.T., M.M.",
    nip: "19770504 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 2.21.02.2.01 is a typed 1,279,300 among SUM formulas; its sub kegiatan add up to 271,000 + 675,200 + 351,100 = 1,297,300",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah laporan penanganan insiden siber' (a count of reports) is 12, the year-5 target; the five years give 60",
    truth: ks("s2"),
  });
  for (const id of ["p", "g", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s1"),
    trap: a("k5", "s1"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.21.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"2.21.02"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
