// The Renja evaluation (E.81), the Renstra funding table (T-C.27) and the LKjIP capaian table of two
// invented Dinas Kesehatan on gizi masyarakat: PMT balita gizi kurang and ibu hamil KEK, vitamin A,
// tablet tambah darah (TTD) remaja putri. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
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

/** E.81 of the Dinas Kesehatan Kabupaten Batang Silaro (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Gizi(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dinkes-gizi-batang-silaro.xlsx",
    "E.81 Evaluasi Renja (Dinkes gizi)",
    "E.81 Tahun 2024, Renstra 2021-2026; calendar years in the header; three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp); an extra Renja capaian column (12/7); number row merged over pairs; two level rows (% balita gizi kurang dapat PMT, % remaja putri dapat TTD) beside flows; Rata-rata and Predikat rows",
  );
  const S = "E.81 Gizi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG SILARO",
    "DINAS KESEHATAN",
    "Jl. Bundo Kanduang No. 17 Lubuk Silaro, Telp. (0752) 71245",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Kesehatan Kabupaten Batang Silaro",
    "Renstra Perangkat Daerah Tahun 2021-2026, Periode Pelaksanaan Tahun 2024 (s.d. Triwulan IV)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0033",
      ur: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      ind: "Jumlah ibu hamil KEK yang mendapat PMT",
      sat: "orang",
      level: false,
      k5: 2400,
      k6: 1380,
      k7: 480,
      q: [98, 126, 131, 117],
      r5: 8_450_000_000,
      r6: 4_912_350_000,
      r7: 1_725_000_000,
      rq: [286_400_000, 452_150_000, 498_730_000, 441_920_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0034",
      ur: "Pengelolaan Pelayanan Kesehatan Remaja",
      ind: "Persentase remaja putri yang mendapat tablet tambah darah",
      sat: "%",
      level: true,
      k5: 80,
      k6: 58.6,
      k7: 65,
      q: [41.2, 52.7, 60.3, 67.9],
      r5: 3_150_000_000,
      r6: 1_802_400_000,
      r7: 640_000_000,
      rq: [88_250_000, 176_400_000, 162_900_000, 197_350_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah balita gizi kurang yang mendapat PMT pemulihan",
    sat: "anak",
    level: false,
    k5: 3600,
    k6: 2140,
    k7: 720,
    q: [160, 190, 205, 178],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase balita gizi kurang yang mendapat PMT pemulihan",
    sat: "%",
    level: true,
    k5: 95,
    k6: 84.2,
    k7: 90,
    q: [61.5, 72.4, 83.0, 91.8],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const r13 = (e: E) => e.r6 + r12(e);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja PD Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD Tahun 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("rj", ["Tingkat Capaian Renja Tahun 2024 (%)"], "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0033's (13) Rp typed 6,951,550,000; 6 + 12 = 6,591,550,000
  const R13S1 = 6_951_550_000;
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
      r12: r12(e),
      krj: round((k12(e) / e.k7) * 100),
      rrj: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.id === "s1" ? R13S1 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.level && e.id === "s2" ? "Seksi Kesga dan Gizi" : "Bidang Kesmas",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          // planted: "Sangat Tinggi" for an average of 84.62 (Tinggi)
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: PMT lokal berbahan pangan setempat dan dukungan kader posyandu.",
    "Faktor penghambat: distribusi TTD ke sekolah terhenti pada masa libur semester.",
    "Tindak lanjut: aksi bergizi (minum TTD bersama) di seluruh SMP dan SMA sederajat.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Lubuk Silaro, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN BATANG SILARO"],
    nama: "dr. YULIANDRI SUTAN MARAJO, M.K.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730904 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0033 is 6,951,550,000; 6 + 12 = 4,912,350,000 + 1,679,200,000 = 6,591,550,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat K 'Sangat Tinggi' for a rata-rata capaian of ${avgK}; the band > 75 to 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("krj", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
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

/** T-C.27 of the Dinas Kesehatan Kabupaten Wolo Tana (Sulawesi Tenggara), Renstra 2025-2029, Rp 000. */
export function tc27Gizi(): BookW {
  const b = new BookW(
    "renstra-tc27-dinkes-gizi-wolo-tana.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes gizi)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..ke-5 over Target | Rp; a negative level at program level (prevalensi wasting); kegiatan Rp = SUM of its sub kegiatan, program Rp = the kegiatan; a second indicator row without a code; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WOLO TANA", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Kesehatan Kabupaten Wolo Tana Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Prevalensi balita gizi kurang (wasting)",
      sat: "%",
      level: true,
      awal: 8.4,
      k: [7.9, 7.3, 6.8, 6.2, 5.6],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase ibu hamil KEK yang mendapat PMT",
      sat: "%",
      level: true,
      awal: 72,
      k: [76, 80, 84, 88, 92],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0033",
      ur: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      ind: "Jumlah paket PMT lokal balita dan ibu hamil KEK yang disalurkan",
      sat: "paket",
      level: false,
      awal: 5200,
      k: [5400, 5600, 5800, 6000, 6200],
      rp: [1_284_600, 1_348_800, 1_416_300, 1_487_100, 1_561_500],
    },
    {
      id: "s1b",
      kode: "",
      ur: "",
      ind: "Cakupan balita 6-59 bulan yang mendapat kapsul vitamin A",
      sat: "%",
      level: true,
      awal: 86.5,
      k: [88, 89.5, 91, 92.5, 94],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0034",
      ur: "Pengelolaan Pelayanan Kesehatan Remaja",
      ind: "Persentase remaja putri yang mengonsumsi tablet tambah darah",
      sat: "%",
      level: true,
      awal: 48,
      k: [55, 62, 68, 74, 80],
      rp: [412_300, 436_900, 458_700, 481_600, 505_700],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0035",
      ur: "Pengelolaan Surveilans Gizi dan Pemantauan Pertumbuhan Balita",
      ind: "Jumlah laporan surveilans gizi",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [176_400, 185_200, 194_500, 204_200, 214_400],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program, Kegiatan, Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
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
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  // planted: kondisi akhir K of the TTD row is 74 (the Tahun ke-4 target); the Tahun ke-5 target is 80
  const AKS2 = 74;
  // planted: the kegiatan's Tahun ke-3 Rp typed 2,096,500 among SUM formulas; its sub kegiatan give 2,069,500
  const R3G = 2_096_500;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "s2" ? AKS2 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Kesmas",
          lok: "Kab. Wolo Tana",
        };
        if (p.kode) {
          out.kode = p.kode;
          out.ur = p.ur;
        }
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? R3G : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else if (p.id === "p") out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        if (p.id !== "s1b") out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: prevalensi gizi kurang adalah indikator negatif (makin kecil makin baik)."]);
  s.gap();
  signature(s, 14, {
    tempat: "Lasolo Tana, 10 Maret 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KABUPATEN WOLO TANA"],
    nama: "dr. HASNAWATI LA ODE MBAU, M.Kes.",
    nip: "19760318 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of 'Persentase remaja putri yang mengonsumsi TTD' (a level) is 74, the Tahun ke-4 target; the Tahun ke-5 target is 80",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "The kegiatan's Tahun ke-3 Rp is a typed 2,096,500 among SUM formulas; its sub kegiatan add up to 2,069,500",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  for (const id of ["p", "g", "s1b"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
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
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({ sheet: S, cell: a("k5", "p"), rules: ["target-trend"], truth: "5.6" });
  return b.finish();
}

/** LKjIP 2024 pengukuran kinerja of the Dinas Kesehatan Batang Silaro: refleksi on the negatives. */
export function lkjipGizi(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-gizi-dinkes-batang-silaro.xlsx",
    "LKjIP pengukuran kinerja (Dinkes gizi)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on three negative rows; Rata-rata and predikat row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Kinerja Sasaran Strategis Dinas Kesehatan Kabupaten Batang Silaro Tahun 2024",
  ]);
  s.gap();
  const SAS = "Menurunnya masalah gizi pada balita, ibu hamil dan remaja putri";
  const I = [
    {
      id: "i1",
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      neg: true,
      r23: 21.3,
      t: 19.5,
      r: 17.8,
      p: "",
    },
    { id: "i2", ind: "Persentase balita gizi kurang", sat: "%", neg: true, r23: 7.6, t: 6.5, r: 7.1, p: "" },
    {
      id: "i3",
      ind: "Persentase ibu hamil Kurang Energi Kronis (KEK)",
      sat: "%",
      neg: true,
      r23: 16.8,
      t: 14,
      r: 15.6,
      p: "",
    },
    {
      id: "i4",
      ind: "Cakupan balita 6-59 bulan mendapat kapsul vitamin A",
      sat: "%",
      neg: false,
      r23: 84.1,
      t: 92,
      r: 86.3,
      p: "",
    },
    {
      id: "i5",
      ind: "Persentase remaja putri yang mendapat TTD",
      sat: "%",
      neg: false,
      r23: 38.5,
      t: 60,
      r: 46.2,
      p: "",
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (neg: boolean, t: number, r: number) => round(neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the ibu hamil KEK row (negative) has the R / T formula of the positive rows
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: "Cukup" for the TTD row (77.00 is Baik); i3 follows its own wrong capaian
          p:
            x.id === "i5"
              ? "Cukup"
              : predikatBaik(x.id === "i3" ? val(false, x.t, x.r) : val(x.neg, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator negatif (prevalensi, persentase gizi kurang, KEK) dihitung dengan (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase ibu hamil KEK (negative) computed with R / T = 111.43; refleksi (2 x 14 - 15.6) / 14 gives 88.57",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for 77.00 (46.2 / 60); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i4", "i5"])
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
