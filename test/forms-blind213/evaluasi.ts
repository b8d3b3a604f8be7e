// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pemuda dan Olahraga:
// pemuda pelopor, OKP, wirausaha muda and Paskibraka. Every name and number is invented.
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

/** E.81 of the Dispora Kabupaten Bukit Saranggi (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Dispora(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dispora-bukit-saranggi.xlsx",
    "E.81 Evaluasi Renja (Dispora)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers; Kinerja | Keuangan (Rp) pairs; no No column; number row merged over pairs ('13 = 6 + 12'); program (level: % OKP aktif) / kegiatan / three sub kegiatan; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT SARANGGI",
    "DINAS PEMUDA DAN OLAHRAGA",
    "Jl. Bagindo Aziz Chan No. 17 Lubuk Saranggi",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PEMUDA DAN OLAHRAGA KABUPATEN BUKIT SARANGGI",
    "Renstra Perangkat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Sasaran RKPD: meningkatnya peran serta pemuda dalam pembangunan daerah",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.19.02.2.01.0001",
      ur: "Koordinasi, Sinkronisasi dan Pelaksanaan Penyadaran, Pemberdayaan dan Pengembangan Pemuda (Pemuda Pelopor)",
      ind: "Jumlah pemuda pelopor yang dibina",
      sat: "orang",
      level: false,
      k5: 300,
      k6: 165,
      k7: 60,
      q: [0, 20, 25, 15],
      r5: 1_450_000_000,
      r6: 812_400_000,
      r7: 285_000_000,
      rq: [0, 96_350_000, 104_200_000, 78_900_000],
    },
    {
      id: "s2",
      kode: "2.19.02.2.01.0004",
      ur: "Pelatihan dan Pendampingan Kewirausahaan Pemuda",
      ind: "Jumlah wirausaha muda yang dilatih",
      sat: "orang",
      level: false,
      k5: 900,
      k6: 470,
      k7: 180,
      q: [30, 60, 60, 40],
      r5: 3_200_000_000,
      r6: 1_736_800_000,
      r7: 640_000_000,
      rq: [72_150_000, 188_400_000, 201_750_000, 151_300_000],
    },
    {
      id: "s3",
      kode: "2.19.02.2.01.0005",
      ur: "Fasilitasi Organisasi Kepemudaan (OKP)",
      ind: "Jumlah OKP yang difasilitasi",
      sat: "OKP",
      level: false,
      k5: 150,
      k6: 88,
      k7: 30,
      q: [5, 10, 10, 7],
      r5: 980_000_000,
      r6: 566_250_000,
      r7: 205_000_000,
      rq: [31_500_000, 58_700_000, 62_450_000, 47_800_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.19.02.2.01",
    ur: "Penyadaran, Pemberdayaan, dan Pengembangan Pemuda dan Kepemudaan Kabupaten",
    ind: "Jumlah pemuda yang diberdayakan",
    sat: "orang",
    level: false,
    k5: 2400,
    k6: 1320,
    k7: 480,
    q: [60, 140, 170, 130],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.19.02",
    ur: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
    ind: "Persentase OKP yang aktif",
    sat: "%",
    level: true,
    k5: 80,
    k6: 64.5,
    k7: 70,
    q: [65.2, 66.8, 68.9, 71.4],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  // planted: realisasi Rp (13) of the wirausaha sub kegiatan typed 2,305,400,000 (6 + 12 = 2,350,400,000)
  const R13S2 = 2_305_400_000;
  const r13 = (e: E) => (e.id === "s2" ? R13S2 : e.r6 + r12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Kinerja dan Anggaran Renja Tahun 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      k12: k12(e),
      r12: r12(e),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Kepemudaan",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  // planted: "Sangat Tinggi" for a K average of 78.68 (Tinggi)
  const wrongK = predikat(avgK) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat Kinerja", k14: wrongK, r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kemitraan dengan KNPI dan perbankan daerah untuk modal wirausaha muda.",
    "Tindak lanjut: pendataan ulang OKP yang tidak aktif pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Lubuk Saranggi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA", "KABUPATEN BUKIT SARANGGI"],
    nama: "H. ZULFAHMI DT. RAJO BASA, S.Pd., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 2.19.02.2.01.0004 is 2,305,400,000; 6 + 12 = 1,736,800,000 + 613,600,000 = 2,350,400,000 (digits swapped)",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the K average ${avgK} is '${wrongK}'; the band > 75 to 90 is Tinggi`,
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
  for (const id of ["keg", "s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "s1", "s3"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}+${a("r5", "s3")}`,
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

/** T-C.27 of the Dispora Kota Tanjung Lindai (Kalimantan Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Dispora(): BookW {
  const b = new BookW(
    "tc27-pendanaan-kepemudaan-dispora-tanjung-lindai.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dispora)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..ke-5 over Target | Rp with groups written once (not merged); kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the five years; a level (% pemuda aktif di OKP, % usaha bertahan) beside counts (OKP, Paskibraka)",
  );
  const S = "T-C.27 Kepemudaan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG LINDAI", "DINAS PEMUDA, OLAHRAGA DAN PARIWISATA"]);
  s.lines([
    "Tabel 6.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Urusan Kepemudaan dan Olahraga",
    "Renstra Dinas Pemuda, Olahraga dan Pariwisata Kota Tanjung Lindai Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.19.02",
      ur: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
      ind: "Persentase pemuda yang aktif dalam organisasi kepemudaan",
      sat: "%",
      level: true,
      awal: 18.4,
      k: [20, 22, 24, 26, 28],
    },
    {
      id: "g",
      kode: "2.19.02.2.01",
      ur: "Penyadaran, Pemberdayaan, dan Pengembangan Pemuda dan Kepemudaan Kabupaten/Kota",
      ind: "Jumlah pemuda pelopor dan wirausaha muda yang dibina",
      sat: "orang",
      level: false,
      awal: 210,
      k: [220, 240, 260, 280, 300],
    },
    {
      id: "s1",
      kode: "2.19.02.2.01.0002",
      ur: "Fasilitasi Organisasi Kepemudaan dan Gelanggang Remaja",
      ind: "Jumlah OKP yang difasilitasi",
      sat: "OKP",
      level: false,
      awal: 35,
      k: [36, 38, 40, 42, 45],
      rp: [245_600, 258_900, 271_300, 284_800, 299_100],
    },
    {
      id: "s2",
      kode: "2.19.02.2.01.0003",
      ur: "Pengembangan Kewirausahaan Pemuda",
      ind: "Persentase wirausaha muda binaan yang usahanya bertahan",
      sat: "%",
      level: true,
      awal: 55,
      k: [58, 61, 64, 67, 70],
      rp: [512_400, 538_000, 564_900, 593_100, 622_800],
    },
    {
      id: "s3",
      kode: "2.19.02.2.01.0006",
      ur: "Seleksi, Pelatihan dan Pengukuhan Paskibraka",
      ind: "Jumlah anggota Paskibraka yang dilatih",
      sat: "orang",
      level: false,
      awal: 70,
      k: [75, 75, 75, 75, 75],
      rp: [386_750, 406_100, 426_400, 447_700, 470_100],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "18",
      width: 16,
    },
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
          // planted: kondisi akhir of the % usaha bertahan typed 72 (the year-5 target is 70)
          akK: p.id === "s2" ? 72 : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang Pemberdayaan Pemuda",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: kegiatan Rp of Tahun ke-3 sums only the first two sub kegiatan
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
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Lindai, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEMUDA, OLAHRAGA DAN PARIWISATA"],
    nama: "Drs. ABANG SYAHRIAL MUHTAR, M.Si.",
    nip: "19750904 200003 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ky = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const subs3 = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Persentase wirausaha muda binaan yang usahanya bertahan' (a %) is 72; the Tahun ke-5 target is 70",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan Rp of Tahun ke-3 is =SUM over two sub kegiatan (836,200); with Paskibraka's 426,400 it is 1,262,600",
    truth: subs3(3),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ky("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ky("s1"),
    trap: a("k5", "s1"),
  });
  b.ok({ sheet: S, cell: a("akK", "g"), rules: ["kondisi-akhir-mismatch"], truth: ky("g") });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: ky("s3") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subs3(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.19.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
