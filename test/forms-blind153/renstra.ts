// Funding and evaluation tables of a DP3A: the T-C.27 of an NTB kabupaten's Renstra 2025-2029 (K | Rp
// per year, in thousands of rupiah, programs adding their kegiatan, the kondisi akhir K the 2029 level
// and Rp the five years added) and the E.81 evaluation of the Renja 2024 of a Kalimantan Timur
// kabupaten (quarters K | Rp, levels take Triwulan IV, flows add). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const YRS = [2025, 2026, 2027, 2028, 2029];

type Tc = {
  id: string;
  kode: string;
  u: string;
  ind: string;
  sat: string;
  base: number;
  k: number[];
  rp?: number[];
};

export function tc27SumbawaTimur(): BookW {
  const b = new BookW(
    "tc27-pendanaan-dp3a-sumbawa-timur.xlsx",
    "T-C.27 Renstra funding (DP3A)",
    "T-C.27 of the Renstra DP3A 2025-2029 of an NTB kabupaten, '(dalam ribuan rupiah)': Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Unit Kerja; program Rp = its kegiatan, Total Pendanaan = the programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN SUMBAWA TIMUR"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan DP3A Kabupaten Sumbawa Timur 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p1",
      kode: "2.08.02",
      u: "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      base: 63.4,
      k: [64.1, 64.8, 65.5, 66.2, 66.9],
    },
    {
      id: "k11",
      kode: "2.08.02.2.01",
      u: "Pelembagaan PUG pada Lembaga Pemerintah Kewenangan Kabupaten/Kota",
      ind: "Jumlah perangkat daerah yang menerapkan PPRG",
      sat: "PD",
      base: 12,
      k: [16, 20, 24, 28, 32],
      rp: [385_200, 402_500, 418_750, 436_000, 452_300],
    },
    {
      id: "k12",
      kode: "2.08.02.2.02",
      u: "Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi",
      ind: "Persentase kelompok perempuan usaha ekonomi produktif yang aktif",
      sat: "%",
      base: 58,
      k: [62, 66, 70, 74, 78],
      rp: [276_400, 290_000, 304_500, 319_700, 335_600],
    },
    {
      id: "p2",
      kode: "2.08.08",
      u: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
      ind: "Persentase anak korban kekerasan yang tertangani",
      sat: "%",
      base: 87.5,
      k: [90, 92.5, 95, 97.5, 100],
    },
    {
      id: "k21",
      kode: "2.08.08.2.01",
      u: "Pencegahan Kekerasan terhadap Anak",
      ind: "Jumlah desa yang membentuk PATBM",
      sat: "desa",
      base: 18,
      k: [26, 34, 42, 50, 58],
      rp: [214_800, 226_000, 237_300, 249_100, 261_500],
    },
    {
      id: "k22",
      kode: "2.08.07.2.02",
      u: "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus",
      ind: "Persentase AMPK yang mendapat layanan",
      sat: "%",
      base: 84,
      k: [88, 91, 94, 97, 100],
      rp: [498_650, 523_600, 549_800, 577_300, 606_150],
    },
    {
      id: "p3",
      kode: "2.08.07",
      u: "PROGRAM PEMENUHAN HAK ANAK (PHA)",
      ind: "Nilai evaluasi Kabupaten Layak Anak",
      sat: "nilai",
      base: 588,
      k: [615, 645, 675, 705, 735],
    },
    {
      id: "k31",
      kode: "2.08.07.2.01",
      u: "Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha",
      ind: "Jumlah klaster KLA yang terpenuhi",
      sat: "klaster",
      base: 2,
      k: [2, 3, 3, 4, 5],
      rp: [312_900, 328_500, 344_900, 362_200, 380_300],
    },
    {
      id: "k32",
      kode: "2.08.07.2.02",
      u: "Penguatan dan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Hidup Anak",
      ind: "Jumlah PUSPAGA yang terstandar",
      sat: "unit",
      base: 1,
      k: [1, 2, 2, 3, 3],
      rp: [168_250, 176_700, 185_500, 194_800, 204_500],
    },
  ];
  const kids: Record<string, string[]> = { p1: ["k11", "k12"], p2: ["k21", "k22"], p3: ["k31", "k32"] };
  const TG = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "u", head: ["Program / Kegiatan"], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "base",
      head: ["Data Capaian Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
      width: 10,
    },
    ...YRS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [TG, String(y), "K"], role: "target", year: y, width: 8 },
      { key: `r${i}`, head: [TG, String(y), "Rp"], role: "anggaran", year: y, fmt: RP, width: 12 },
    ]),
    { key: "kk", head: [KA, "K"], role: "kondisi-akhir", year: 2029, width: 8 },
    { key: "kr", head: [KA, "Rp"], role: "kondisi-akhir", year: 2029, fmt: RP, width: 13 },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
  ];
  const unit = (id: string) =>
    id.startsWith("k1") || id === "p1" ? "Bidang PUG-PP" : id.includes("2") ? "UPTD PPA" : "Bidang PHA";
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: !x.rp,
        cells: (c: Ctx) => ({
          kode: x.kode,
          u: x.u,
          ind: x.ind,
          sat: x.sat,
          base: x.base,
          ...Object.fromEntries(
            YRS.flatMap((_, i) => [
              [`k${i}`, x.k[i]],
              [`r${i}`, x.rp ? x.rp[i] : fx(kids[x.id].map((q) => c.a(`r${i}`, q)).join("+"))],
            ]),
          ),
          kk: fx(c.a("k4")),
          // planted: the kondisi akhir Rp of k31 adds 2025-2028 only
          kr: fx(
            YRS.slice(0, x.id === "k31" ? 4 : 5)
              .map((_, i) => c.a(`r${i}`))
              .join("+"),
          ),
          uk: unit(x.id),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "sat"],
        cells: (c: Ctx) => ({
          kode: "Total Pendanaan DP3A",
          ...Object.fromEntries(
            YRS.map((_, i) => [`r${i}`, fx(["p1", "p2", "p3"].map((p) => c.a(`r${i}`, p)).join("+"))]),
          ),
          kr: fx(["p1", "p2", "p3"].map((p) => c.a("kr", p)).join("+")),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir Renstra DP3A Kabupaten Sumbawa Timur 2025-2029, diolah."]);
  const a = (k: string, id: string) => t.a(k, id);
  const rsum = (id: string) => YRS.map((_, i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "k22") },
    rules: ["code-hierarchy"],
    note: "kegiatan Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus is coded 2.08.07.2.02 (program PHA) under program 2.08.08; its code is 2.08.08.2.02",
    truth: `${a("kode", "p2")}&".2.02"`,
  });
  b.plant({
    at: { sheet: S, cell: a("kr", "k31") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Kondisi akhir Rp of kegiatan 2.08.07.2.01 adds 2025-2028 only = 1,348,500 while every other row adds 2025-2029; with 2029's 380,300 it is 1,728,800",
    truth: rsum("k31"),
  });
  for (const x of rows) {
    if (x.id !== "k31")
      b.ok({
        sheet: S,
        cell: a("kr", x.id),
        rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
        truth: rsum(x.id),
      });
    b.ok({
      sheet: S,
      cell: a("kk", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", x.id),
      trap: YRS.map((_, i) => a(`k${i}`, x.id)).join("+"),
    });
  }
  for (const [p, ks] of Object.entries(kids))
    for (const i of [0, 4])
      b.ok({
        sheet: S,
        cell: a(`r${i}`, p),
        rules: ["sum-mismatch"],
        truth: ks.map((q) => a(`r${i}`, q)).join("+"),
      });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "tot"),
      rules: ["sum-mismatch"],
      truth: rows
        .filter((x) => x.rp)
        .map((x) => a(`r${i}`, x.id))
        .join("+"),
      trap: rows.map((x) => a(`r${i}`, x.id)).join("+"),
    });
  for (const q of ["k11", "k21", "k32"])
    b.ok({
      sheet: S,
      cell: a("kode", q),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", q)})`,
      actual: a("kode", `p${q[1]}`),
    });
  return b.finish();
}

// ======================================================== DP3A Kabupaten Berau Pesisir, E.81 2024

type Ev = {
  id: string;
  kode: string;
  u: string;
  ind: string;
  sat: string;
  lvl: boolean;
  tk: number;
  qk: number[];
  trp?: number;
  qrp?: number[];
};

export function e81BerauPesisir(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dp3a-berau-pesisir.xlsx",
    "E.81 evaluasi Renja (DP3A)",
    "E.81 evaluasi hasil Renja DP3A 2024 of a Kalimantan Timur kabupaten: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja 2024' > K | Rp | 'Realisasi Kinerja pada Triwulan' > I .. IV > K | Rp | 'Realisasi Capaian Kinerja dan Anggaran Renja 2024' > K | Rp | 'Tingkat Capaian (%)' > K | Rp | Unit PJ; number row merged over pairs (6) .. (12); % levels take Triwulan IV, flows add",
  );
  const S = "E.81 DP3A 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BERAU PESISIR", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BERAU PESISIR",
    "Periode Pelaksanaan: Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const rows: Ev[] = [
    {
      id: "p",
      kode: "2.08.03",
      u: "Program Perlindungan Perempuan",
      ind: "Persentase perempuan korban kekerasan yang mendapat layanan",
      sat: "%",
      lvl: true,
      tk: 95,
      qk: [88.2, 90.4, 93.1, 94.6],
    },
    {
      id: "k1",
      kode: "2.08.03.2.02",
      u: "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan",
      ind: "Persentase perempuan korban yang mendapat layanan rujukan lanjutan",
      sat: "%",
      lvl: true,
      tk: 90,
      qk: [81.5, 84, 86.25, 88.4],
    },
    {
      id: "s11",
      kode: "2.08.03.2.02.0001",
      u: "Penyediaan Layanan Kesehatan bagi Perempuan Korban Kekerasan",
      ind: "Jumlah perempuan korban yang mendapat layanan kesehatan",
      sat: "orang",
      lvl: false,
      tk: 80,
      qk: [14, 19, 22, 17],
      trp: 185_400_000,
      qrp: [38_200_000, 46_750_000, 51_300_000, 44_100_000],
    },
    {
      id: "s12",
      kode: "2.08.03.2.02.0003",
      u: "Penyediaan Layanan Bantuan Hukum bagi Perempuan Korban Kekerasan",
      ind: "Jumlah perempuan korban yang mendapat pendampingan hukum",
      sat: "orang",
      lvl: false,
      tk: 40,
      qk: [7, 10, 11, 9],
      trp: 160_000_000,
      qrp: [31_450_000, 36_800_000, 38_900_000, 412_650_000],
    },
    {
      id: "k2",
      kode: "2.08.03.2.01",
      u: "Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah desa yang melaksanakan sosialisasi pencegahan",
      sat: "desa",
      lvl: false,
      tk: 24,
      qk: [4, 7, 8, 6],
    },
    {
      id: "s21",
      kode: "2.08.03.2.01.0001",
      u: "Advokasi Kebijakan dan Pendampingan Pencegahan Kekerasan terhadap Perempuan",
      ind: "Jumlah kegiatan sosialisasi dan advokasi",
      sat: "kegiatan",
      lvl: false,
      tk: 24,
      qk: [4, 7, 8, 6],
      trp: 142_750_000,
      qrp: [22_600_000, 35_150_000, 41_800_000, 36_900_000],
    },
  ];
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s11", "s12"], k2: ["s21"] };
  const TR = "Target Renja 2024";
  const RQ = "Realisasi Kinerja pada Triwulan";
  const RC = "Realisasi Capaian Kinerja dan Anggaran Renja 2024";
  const TC = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)";
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 17 },
    { key: "u", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    { key: "tk", head: [TR, "K"], role: "target", year: 2024, num: 6, width: 8 },
    { key: "trp", head: [TR, "Rp"], role: "anggaran", year: 2024, num: 6, fmt: RP, width: 14 },
    ...Q.flatMap((q, i): Col[] => [
      { key: `qk${i}`, head: [RQ, `${q} (K)`], role: "realisasi", year: 2024, num: 7 + i, width: 8 },
      {
        key: `qr${i}`,
        head: [RQ, `${q} (Rp)`],
        role: "realisasi-anggaran",
        year: 2024,
        num: 7 + i,
        fmt: RP,
        width: 14,
      },
    ]),
    { key: "rk", head: [RC, "K"], role: "realisasi", year: 2024, num: 11, width: 8 },
    { key: "rr", head: [RC, "Rp"], role: "realisasi-anggaran", year: 2024, num: 11, fmt: RP, width: 15 },
    { key: "ck", head: [TC, "K"], role: "capaian", year: 2024, num: 12, fmt: DEC, width: 9 },
    { key: "cr", head: [TC, "Rp"], role: "capaian", year: 2024, num: 12, fmt: DEC, width: 9 },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 12 },
  ];
  const addKids = (k: string, id: string, c: Ctx) => kids[id].map((q) => c.a(k, q)).join("+");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: rows.map((x, n): Row => ({
      id: x.id,
      bold: !x.trp,
      cells: (c: Ctx) => ({
        no: n + 1,
        kode: x.kode,
        u: x.u,
        ind: x.ind,
        sat: x.sat,
        tk: x.tk,
        // planted: the program's Rp target takes the kegiatan 2.08.03.2.02 only
        trp: x.trp ?? fx(x.id === "p" ? c.a("trp", "k1") : addKids("trp", x.id, c)),
        ...Object.fromEntries(
          Q.flatMap((_, i) => [
            [`qk${i}`, x.qk[i]],
            [`qr${i}`, x.qrp ? x.qrp[i] : fx(addKids(`qr${i}`, x.id, c))],
          ]),
        ),
        rk: fx(x.lvl ? c.a("qk3") : Q.map((_, i) => c.a(`qk${i}`)).join("+")),
        rr: fx(Q.map((_, i) => c.a(`qr${i}`)).join("+")),
        ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
        cr: fx(`ROUND(${c.a("rr")}/${c.a("trp")}*100,2)`),
        pj: x.id.includes("2") ? "Bidang PP" : "UPTD PPA",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan rumah sakit daerah dan Polres dalam layanan rujukan.",
    "Faktor penghambat: jarak kampung pesisir dan keterbatasan tenaga psikolog klinis.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Redeb Pesisir, 20 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Hj. NORHAYATI ASMARA, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740305 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("qr3", "s12") },
        { sheet: S, cell: a("rr", "s12") },
        { sheet: S, cell: a("cr", "s12") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Bantuan hukum: Triwulan IV Rp typed 412,650,000 (the SP2D is 41,265,000, a slipped digit), so the realisasi 519,800,000 is above the anggaran 160,000,000 (324.88 %); with 41,265,000 it is 148,415,000 (92.76 %)",
    truth: "41265000",
  });
  b.plant({
    at: { sheet: S, cell: a("trp", "p") },
    rules: ["sum-mismatch"],
    note: "Target Rp of the program is =the kegiatan 2.08.03.2.02 only (345,400,000); with kegiatan 2.08.03.2.01 (142,750,000) it is 488,150,000",
    truth: `${a("trp", "k1")}+${a("trp", "k2")}`,
  });
  for (const id of ["p", "k1"])
    b.ok({
      sheet: S,
      cell: a("rk", id),
      rules: ["sum-mismatch"],
      truth: a("qk3", id),
      trap: Q.map((_, i) => a(`qk${i}`, id)).join("+"),
    });
  for (const id of ["s11", "s21", "k2"])
    b.ok({
      sheet: S,
      cell: a("rk", id),
      rules: ["sum-mismatch"],
      truth: Q.map((_, i) => a(`qk${i}`, id)).join("+"),
    });
  for (const id of ["s11", "s21"]) {
    b.ok({
      sheet: S,
      cell: a("rr", id),
      rules: ["sum-mismatch"],
      truth: Q.map((_, i) => a(`qr${i}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("rr", id)}/${a("trp", id)}*100,2)`,
    });
  }
  for (const id of ["s11", "k1", "p"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rk", id)}/${a("tk", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("trp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "s11")}+${a("trp", "s12")}`,
  });
  b.ok({ sheet: S, cell: a("trp", "k2"), rules: ["sum-mismatch"], truth: a("trp", "s21") });
  for (const id of ["s11", "s12", "s21"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id.startsWith("s1") ? "k1" : "k2"),
    });
  return b.finish();
}
