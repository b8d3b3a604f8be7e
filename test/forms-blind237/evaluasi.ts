// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pemberdayaan
// Masyarakat dan Desa: IDM status, Siskeudes, dana desa and BUMDes. Every name and number is invented.
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
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the DPMD Kabupaten Barito Selangkai (Kalimantan Tengah), s.d. Triwulan IV 2024. */
export function e81Dpmd(): BookW {
  const b = new BookW(
    "evaluasi-e81-dpmd-barito-selangkai.xlsx",
    "E.81 Evaluasi Renja (DPMD)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026, calendar-year group headers; K | Rp pairs with a plain number row; a level row (% desa Maju + Mandiri) over Siskeudes and dana desa sub kegiatan; no Penanggung Jawab column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BARITO SELANGKAI",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Tjilik Riwut Km. 6 Muara Selangkai",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja DPMD Kabupaten Barito Selangkai",
    "Renstra 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.13.04.2.01.0003",
      ur: "Fasilitasi Pengelolaan Keuangan Desa",
      ind: "Jumlah desa yang menerapkan Siskeudes online",
      sat: "desa",
      level: false,
      k5: 180,
      k6: 104,
      k7: 40,
      q: [8, 12, 11, 9],
      r5: 6_480_000_000,
      r6: 3_912_450_000,
      r7: 1_320_000_000,
      rq: [185_300_000, 342_880_000, 401_250_000, 356_170_000],
    },
    {
      id: "s2",
      kode: "2.13.04.2.01.0006",
      ur: "Pembinaan dan Pemantauan Penyaluran Dana Desa",
      ind: "Jumlah laporan pemantauan penyaluran dana desa per tahap",
      sat: "laporan",
      level: false,
      k5: 90,
      k6: 54,
      k7: 18,
      q: [3, 6, 6, 3],
      r5: 2_750_000_000,
      r6: 1_598_200_000,
      r7: 560_000_000,
      rq: [62_400_000, 158_750_000, 171_300_000, 139_950_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.13.04.2.01",
    ur: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
    ind: "Jumlah desa yang difasilitasi tata kelola keuangan desa",
    sat: "desa",
    level: false,
    k5: 250,
    k6: 147,
    k7: 52,
    q: [10, 16, 15, 11],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.13.04",
    ur: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
    ind: "Persentase desa berstatus Maju dan Mandiri (IDM)",
    sat: "%",
    level: true,
    k5: 45,
    k6: 31.2,
    k7: 36,
    q: [31.2, 32.6, 34.1, 37.4],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    n: number,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num: n, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num: n + 1, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 34 },
    { key: "sat", head: ["Sat."], role: "satuan", num: 5, width: 8 },
    ...pair("5", "Target Akhir Renstra (2026)", 6, "target", "anggaran"),
    ...pair("6", "Realisasi s.d. Tahun 2023", 8, "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", 10, "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", 12, "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", 14, "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", 16, "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", 18, "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", 20, "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", 22, "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", 24, "capaian", "capaian"),
  ];
  // planted: s1 K (12) typed 42, the quarters give 40; keg Rp (7) typed 1,940,000,000, the sub kegiatan give 1,880,000,000
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      r7: e.id === "keg" ? 1_940_000_000 : e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: e.id === "s1" ? 42 : k12(e),
      r12: r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: status IDM diukur sekali setahun; realisasi triwulan adalah posisi terakhir (bukan kumulatif).",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Muara Selangkai, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
    nama: "Drs. HARDIANSYAH TAMBUN, M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720308 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column (20) K of sub kegiatan 2.13.04.2.01.0003 is 42 desa; the four quarters add up to 8+12+11+9 = 40",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r7", "keg") },
    rules: ["sum-mismatch"],
    note: "Renja 2024 Rp of kegiatan 2.13.04.2.01 is 1,940,000,000; its two sub kegiatan add up to 1,880,000,000",
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
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
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r6", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r6", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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

/** T-C.27 of the DPMD Kabupaten Oba Lestari (Maluku Utara), Renstra 2025-2029, Rp in thousands. */
export function tc27Dpmd(): BookW {
  const b = new BookW(
    "renstra-tc27-dpmd-oba-lestari.xlsx",
    "T-C.27 Rencana program dan pendanaan (DPMD)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..ke-5 > Target | Rp; BUMDes program with % levels and counts; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the five years",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OBA LESTARI", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DPMD Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.13.03",
      ur: "PROGRAM PEMBERDAYAAN EKONOMI DAN KELEMBAGAAN DESA",
      ind: "Persentase BUMDes berklasifikasi Maju",
      sat: "%",
      level: true,
      awal: 12.5,
      k: [15, 18, 22, 26, 30],
    },
    {
      id: "g",
      kode: "2.13.03.2.02",
      ur: "Fasilitasi Pengembangan Badan Usaha Milik Desa",
      ind: "Jumlah BUMDes yang difasilitasi",
      sat: "BUMDes",
      level: false,
      awal: 28,
      k: [30, 34, 36, 38, 40],
    },
    {
      id: "s1",
      kode: "2.13.03.2.02.0001",
      ur: "Pendataan dan Pemeringkatan BUMDes",
      ind: "Jumlah dokumen klasifikasi BUMDes",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [245_600, 257_900, 270_800, 284_300, 298_500],
    },
    {
      id: "s2",
      kode: "2.13.03.2.02.0002",
      ur: "Pelatihan Tata Kelola dan Pelaporan Keuangan BUMDes",
      ind: "Persentase pengurus BUMDes yang terlatih",
      sat: "%",
      level: true,
      awal: 35,
      k: [45, 55, 65, 75, 85],
      rp: [512_000, 537_600, 564_500, 592_700, 622_300],
    },
    {
      id: "s3",
      kode: "2.13.03.2.02.0004",
      ur: "Pendampingan Usaha dan Akses Permodalan BUMDes",
      ind: "Jumlah BUMDes yang mendapat pendampingan usaha",
      sat: "BUMDes",
      level: false,
      awal: 18,
      k: [20, 22, 22, 24, 24],
      rp: [388_250, 407_650, 428_050, 449_450, 471_900],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: 5, fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 18, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
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
          // planted: s3 kondisi akhir typed 122 (the five years give 112)
          akK: p.id === "s3" ? 122 : p.level ? p.k[4] : sum(p.k),
          lok: "Kabupaten",
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: Tahun ke-3 Rp of the kegiatan sums one row short
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Sofifi Lestari, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN", "MASYARAKAT DAN DESA"],
    nama: "ABDUL GANI SOAMOLE, S.Sos., M.Si.",
    nip: "19760421 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const sub = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 2.13.03.2.02 is =SUM over .0001-.0002 only (835,300); the three sub kegiatan give 1,263,350",
    truth: sub(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah BUMDes yang mendapat pendampingan usaha' is 122; the five yearly targets add up to 112",
    truth: ks("s3"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: ks("s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: ks("s1") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: sub(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.13.03.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"2.13.03"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
