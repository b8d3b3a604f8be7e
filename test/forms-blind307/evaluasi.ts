// The Renja evaluation (E.81) of the Dinas Pariwisata Kabupaten Tanjung Sepadan (Kalimantan Barat) and
// the Renstra funding table (T-C.27) of the Dinas Pariwisata Kota Bukit Kerambil (Sumatera Barat):
// kunjungan wisatawan, tingkat hunian hotel, event, daya tarik wisata and desa wisata. All invented.
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

/** E.81 s.d. Triwulan IV 2024, Disparpora Tanjung Sepadan; Kinerja | Keuangan pairs, calendar years. */
export function e81Pariwisata(): BookW {
  const b = new BookW(
    "evaluasi-e81-disparpora-tanjung-sepadan.xlsx",
    "E.81 Evaluasi Renja (Dinas Pariwisata)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the group headers; Kinerja | Keuangan pairs; number row merged over the pairs; program row TPK hotel (a level) over a kegiatan of kunjungan wisnus (a flow) and two sub kegiatan (promosi, event); Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG SEPADAN",
    "DINAS PARIWISATA, KEPEMUDAAN DAN OLAHRAGA",
    "Jl. Datuk Laksamana No. 17 Sepadan Hilir, Kalimantan Barat",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Tanjung Sepadan",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra PD 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.26.03.2.01.0002",
      ur: "Pelaksanaan Promosi Pariwisata Dalam dan Luar Negeri",
      ind: "Jumlah kegiatan promosi pariwisata yang dilaksanakan",
      sat: "kegiatan",
      level: false,
      k5: 40,
      k6: 22,
      k7: 9,
      q: [2, 2, 3, 2],
      r5: 6_400_000_000,
      r6: 3_215_800_000,
      r7: 1_420_000_000,
      rq: [186_400_000, 342_750_000, 418_900_000, 402_300_000],
    },
    {
      id: "s2",
      kode: "3.26.03.2.01.0004",
      ur: "Penyelenggaraan Event Pariwisata (Festival Bahari Sepadan)",
      ind: "Jumlah event pariwisata berskala kabupaten yang diselenggarakan",
      sat: "event",
      level: false,
      k5: 25,
      k6: 14,
      k7: 6,
      q: [1, 1, 2, 2],
      r5: 5_750_000_000,
      r6: 2_968_400_000,
      r7: 1_250_000_000,
      rq: [95_200_000, 287_600_000, 436_150_000, 390_480_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.26.03.2.01",
    ur: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata",
    ind: "Jumlah kunjungan wisatawan nusantara",
    sat: "orang",
    level: false,
    k5: 1_850_000,
    k6: 1_120_400,
    k7: 395_000,
    q: [86_450, 97_320, 104_880, 118_240],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.26.03",
    ur: "PROGRAM PEMASARAN PARIWISATA",
    ind: "Tingkat penghunian kamar hotel (TPK)",
    sat: "%",
    level: true,
    k5: 62,
    k6: 48.5,
    k7: 55,
    q: [44.2, 51.6, 53.9, 56.8],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const r13 = (e: E) => e.r6 + r12(e);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 11 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
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
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun 2023",
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
    ...pair("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
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
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "16", width: 16 },
  ];
  // planted: (12) Keuangan of the promosi sub kegiatan typed 1,530,350,000 (quarters: 1,350,350,000)
  const R12S1 = 1_530_350_000;
  // planted: (13) Keuangan of the event sub kegiatan typed 4,277,830,000 (6 + 12 = 4,177,830,000)
  const R13S2 = r13(subs[1]) + 100_000_000;
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
      r12: e.id === "s1" ? R12S1 : r12(e),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pemasaran Pariwisata",
      ket: e.level ? "TPK Desember (BPS)" : "",
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
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: Festival Bahari Sepadan masuk Kharisma Event Nusantara 2024.",
    "Faktor penghambat: penerbangan perintis ke Sepadan Hilir hanya dua kali seminggu.",
    "Tindak lanjut: paket wisata bersama biro perjalanan Pontianak.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sepadan Hilir, 10 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA, KEPEMUDAAN DAN OLAHRAGA"],
    nama: "Drs. ABANG HAMZAH SYARIF, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720309 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Keuangan of sub kegiatan 3.26.03.2.01.0002 is 1,530,350,000; the four quarters add up to 1,350,350,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Keuangan of sub kegiatan 3.26.03.2.01.0004 is 4,277,830,000; 6 + 12 = 2,968,400,000 + 1,209,430,000 = 4,177,830,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
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
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg"]) {
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "prog")}/${a("k5", "prog")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  subs?: [string, string];
};

/** T-C.27 of the Dinas Pariwisata Kota Bukit Kerambil, Renstra 2025-2029, Rp in thousands. */
export function tc27Pariwisata(): BookW {
  const b = new BookW(
    "renstra-tc27-dispar-bukit-kerambil.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Pariwisata)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tujuan/Sasaran columns merged down; Tahun ke-1..ke-5 over Target | Rp (years only in the title); kegiatan Rp = SUM of its sub kegiatan, program Rp = sum of its kegiatan; kondisi akhir Rp = sum of the years; levels (% desa wisata, DTW dikelola, % KSP) beside flows (paket, desa dibina); Lokasi column",
  );
  const S = "T-C.27 Dispar";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BUKIT KERAMBIL",
    "DINAS PARIWISATA",
    "Jl. Panorama Ngarai No. 3, Bukit Kerambil",
  ]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pariwisata Kota Bukit Kerambil",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.26.02",
      ur: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Persentase desa wisata berkategori berkembang ke atas",
      sat: "%",
      level: true,
      awal: 35,
      k: [40, 45, 50, 55, 60],
    },
    {
      id: "g1",
      kode: "3.26.02.2.01",
      ur: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Jumlah daya tarik wisata yang dikelola pemerintah kota",
      sat: "DTW",
      level: true,
      awal: 8,
      k: [9, 10, 11, 12, 13],
      subs: ["s1", "s3"],
    },
    {
      id: "s1",
      kode: "3.26.02.2.01.0001",
      ur: "Pembangunan Sarana dan Prasarana Daya Tarik Wisata",
      ind: "Jumlah paket sarana prasarana DTW yang dibangun",
      sat: "paket",
      level: false,
      awal: 2,
      k: [2, 2, 3, 3, 2],
      rp: [1_850_000, 2_120_500, 2_345_000, 2_410_750, 2_268_300],
    },
    {
      id: "s2",
      kode: "3.26.02.2.01.0003",
      ur: "Pemeliharaan Sarana dan Prasarana Daya Tarik Wisata",
      ind: "Jumlah paket pemeliharaan sarana DTW",
      sat: "paket",
      level: false,
      awal: 4,
      k: [4, 4, 5, 5, 6],
      rp: [645_200, 688_900, 712_400, 745_600, 782_150],
    },
    {
      id: "s3",
      kode: "3.26.02.2.01.0004",
      ur: "Pengembangan Daya Tarik Wisata Alam Ngarai Kerambil",
      ind: "Jumlah paket pengembangan DTW alam",
      sat: "paket",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [520_000, 545_000, 575_300, 598_000, 612_400],
    },
    {
      id: "g2",
      kode: "3.26.02.2.02",
      ur: "Pengelolaan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Persentase kawasan strategis pariwisata yang memiliki rencana induk",
      sat: "%",
      level: true,
      awal: 25,
      k: [25, 50, 50, 75, 100],
      subs: ["s4", "s5"],
    },
    {
      id: "s4",
      kode: "3.26.02.2.02.0001",
      ur: "Penyusunan Rencana Induk dan Rencana Detail Kawasan Strategis Pariwisata",
      ind: "Jumlah dokumen rencana induk KSP",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 0, 1, 1],
      rp: [425_000, 398_500, 150_000, 412_300, 436_800],
    },
    {
      id: "s5",
      kode: "3.26.02.2.02.0005",
      ur: "Pembinaan dan Pengembangan Desa Wisata",
      ind: "Jumlah desa wisata yang dibina",
      sat: "desa",
      level: false,
      awal: 5,
      k: [6, 8, 10, 12, 14],
      rp: [980_000, 1_150_400, 1_325_800, 1_498_200, 1_620_500],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "1", width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "4", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "5",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "6" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "7",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(6 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(7 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "18", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "19", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "20", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "21", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya kontribusi pariwisata terhadap perekonomian kota",
          sas: "Meningkatnya daya tarik destinasi wisata",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the KSP % row's kondisi akhir is the average of its targets (60), not the last (100)
          akK: p.id === "g2" ? 60 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Destinasi",
          lok: p.id === "s3" ? "Kec. Ngarai" : "Kota Bukit Kerambil",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.subs) {
            // planted: year 3 of the DTW kegiatan sums one row short (without .0004)
            const last = p.id === "g1" && y === 3 ? "s2" : p.subs[1];
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, p.subs[0])}:${x.a(`r${y}`, last)})`);
          } else out[`r${y}`] = fx(`${x.a(`r${y}`, "g1")}+${x.a(`r${y}`, "g2")}`);
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator persentase dan jumlah DTW dikelola = target tahun ke-5."]);
  s.gap();
  signature(s, 15, {
    tempat: "Bukit Kerambil, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA"],
    nama: "Hj. RAHMI DT. RANGKAYO, S.E., M.Si.",
    nip: "19760514 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "g2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of % KSP dengan rencana induk is 60 (the mean of 25, 50, 50, 75, 100); a percentage ends at the year-5 target 100",
    truth: a("k5", "g2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 3.26.02.2.01 is =SUM over .0001 and .0003 only (3,057,400); with .0004's 575,300 it is 3,632,700",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
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
    cell: a("akK", "g1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "g1"),
    trap: ks("g1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s5"),
    trap: a("k5", "s5"),
  });
  for (const id of ["s1", "s2", "s4"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["s1", "s3", "s5", "g2"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r3", "g2"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "s4")}+${a("r3", "s5")}`,
  });
  for (const id of ["s4", "s5"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.26.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `"3.26.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  return b.finish();
}
