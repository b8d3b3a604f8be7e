// Plan and evaluation tables of the seventy-fifth unseen set: the Renstra 2025-2029 T-C.27 of the
// Disnakertrans Provinsi Sulawesi Tengah (codes 2.07 and 3.32, kondisi awal, five years K and Rp,
// kondisi akhir K and Rp) and the E.79 evaluation 2024 of the RPJMD per program of the Disnakertrans
// Provinsi Kalimantan Timur (quarterly K and Rp, levels and flows). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const YEARS = [2025, 2026, 2027, 2028, 2029];

// ===================================================== Renstra 2025-2029 T-C.27, Disnakertrans Sulteng

type Keg = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
  prog?: boolean;
  kids?: string[];
};

/** T-C.27 with program rows that add their kegiatan, flows and levels, a misplaced code. */
export function renstraTc27Sulteng(): BookW {
  const b = new BookW(
    "renstra-tc27-2025-2029-disnakertrans-sulteng.xlsx",
    "Renstra T-C.27 rencana program, kegiatan dan pendanaan indikatif 2025-2029 (Disnakertrans Provinsi)",
    "Kode | Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Kondisi Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > 2025 .. 2029 > K / Rp | 'Kondisi Akhir Renstra (2029)' > K / Rp | Unit Penanggung Jawab; number row 1 .. 19; program Rp = SUM of its kegiatan; kondisi akhir K typed for levels and =SUM for flows; Rp in full rupiah",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI SULAWESI TENGAH"]);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan dan Pendanaan Indikatif Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tengah Tahun 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: Keg[] = [
    {
      id: "p1",
      kode: "2.07.03",
      nama: "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
      ind: "Persentase tenaga kerja bersertifikat kompetensi",
      sat: "%",
      awal: 52.4,
      k: [56, 60, 64, 68, 72],
      prog: true,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "2.07.03.1.01",
      nama: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
      ind: "Jumlah peserta pelatihan berbasis kompetensi",
      sat: "orang",
      awal: 1216,
      k: [1280, 1344, 1408, 1472, 1536],
      flow: true,
      rp: [9_840_500_000, 10_332_525_000, 10_849_151_000, 11_391_608_000, 11_961_188_000],
    },
    {
      id: "k2",
      kode: "2.07.03.1.02",
      nama: "Pembinaan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah LPK swasta yang dibina",
      sat: "lembaga",
      awal: 38,
      k: [40, 42, 44, 46, 48],
      flow: true,
      rp: [612_400_000, 643_020_000, 675_171_000, 708_929_500, 744_376_000],
    },
    {
      id: "p2",
      kode: "2.07.04",
      nama: "PROGRAM PENEMPATAN TENAGA KERJA",
      ind: "Tingkat penempatan pencari kerja terdaftar",
      sat: "%",
      awal: 41.62,
      k: [44, 46, 84, 50, 52],
      prog: true,
      kids: ["k3", "k4"],
    },
    {
      id: "k3",
      kode: "2.07.04.1.01",
      nama: "Pelayanan Antarkerja Lintas Daerah Kabupaten/Kota",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      awal: 2760,
      k: [2900, 3050, 3200, 3350, 3500],
      flow: true,
      rp: [2_184_300_000, 2_293_515_000, 2_408_190_000, 2_528_600_000, 2_655_030_000],
    },
    {
      id: "k4",
      kode: "2.07.02.1.02",
      nama: "Pengelolaan Informasi Pasar Kerja dan Bursa Kerja",
      ind: "Jumlah bursa kerja (job fair) yang diselenggarakan",
      sat: "kali",
      awal: 4,
      k: [4, 4, 5, 5, 6],
      flow: true,
      rp: [845_000_000, 887_250_000, 931_600_000, 978_200_000, 1_027_100_000],
    },
    {
      id: "p3",
      kode: "3.32.03",
      nama: "PROGRAM PEMBANGUNAN KAWASAN TRANSMIGRASI",
      ind: "Persentase kawasan transmigrasi yang berkembang",
      sat: "%",
      awal: 30,
      k: [33, 36, 40, 44, 48],
      prog: true,
      kids: ["k5"],
    },
    {
      id: "k5",
      kode: "3.32.03.1.01",
      nama: "Penataan Persebaran Penduduk yang Berasal dari Lintas Provinsi",
      ind: "Jumlah KK transmigran yang ditempatkan",
      sat: "KK",
      awal: 125,
      k: [150, 150, 175, 175, 200],
      flow: true,
      rp: [7_215_000_000, 7_350_000_000, 8_420_500_000, 8_600_000_000, 9_812_750_000],
    },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Akhir Renstra (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, width: 10 },
  ];
  YEARS.forEach((y, i) =>
    cols.push(
      { key: `k${y}`, head: [G, String(y), "K"], role: "target", year: y, num: 6 + 2 * i, width: 8 },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 16,
      },
    ),
  );
  cols.push(
    { key: "akK", head: [AK, "K"], role: "kondisi-akhir", num: 16, width: 9 },
    { key: "akRp", head: [AK, "Rp"], num: 17, fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
  );
  const byId = new Map(xs.map((x) => [x.id, x]));
  const unit = (x: Keg) =>
    x.kode.startsWith("3.32")
      ? "Bidang Transmigrasi"
      : x.kode.startsWith("2.07.03")
        ? "Bidang Pelatihan"
        : "Bidang Penempatan";
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.prog,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: x.flow ? x.awal : fmt(x.awal, DEC),
      };
      YEARS.forEach((y, i) => {
        out[`k${y}`] = x.flow ? x.k[i] : fmt(x.k[i], DEC);
        out[`rp${y}`] = x.prog
          ? fx(x.kids!.map((id) => c.a(`rp${y}`, id)).join("+"))
          : byId.get(x.id)!.rp![i];
      });
      out.akK = x.flow ? fx(`SUM(${YEARS.map((y) => c.a(`k${y}`)).join(",")})`) : fmt(x.k[4], DEC);
      // planted 1: the kondisi akhir Rp of 2.07.03.1.01 adds only 2025-2028
      const ys = x.id === "k1" ? YEARS.slice(0, 4) : YEARS;
      out.akRp = fx(ys.map((y) => c.a(`rp${y}`)).join("+"));
      out.pj = unit(x);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Palu, 3 Maret 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi", "Provinsi Sulawesi Tengah"],
    nama: "Drs. MUH. RIDWAN LAMAKARATE, M.Si.",
    nip: "19690217 199403 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akRp", "k1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "inconsistent-formula"],
    note: "kondisi akhir Rp of 2.07.03.1.01 is =G11+I11+K11+M11 = 42,413,784,000, leaving out 2029 (11,961,188,000); the five years add to 54,374,972,000",
    truth: YEARS.map((y) => a(`rp${y}`, "k1")).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "p2") },
    rules: ["target-trend", "target-outlier"],
    note: "the 2027 target of the tingkat penempatan is 84 % between 46 (2026) and 50 (2028): 48 with its digits swapped",
    truth: `(${a("k2026", "p2")}+${a("k2028", "p2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k4") },
    rules: ["code-hierarchy"],
    note: "kegiatan 'Pengelolaan Informasi Pasar Kerja dan Bursa Kerja' is coded 2.07.02.1.02 (program Perencanaan Tenaga Kerja) but stands, and is added, under program 2.07.04 Penempatan Tenaga Kerja",
    actual: `PARENT(${a("kode", "k4")})`,
    truth: a("kode", "p2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p1"),
    trap: `SUM(${YEARS.map((y) => a(`k${y}`, "p1")).join(",")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${YEARS.map((y) => a(`k${y}`, "k3")).join(",")})`,
    trap: a("k2029", "k3"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("rp2025", "p1"),
    rules: ["sum-mismatch", "code-hierarchy"],
    truth: `${a("rp2025", "k1")}+${a("rp2025", "k2")}`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("akRp", "k5"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: YEARS.map((y) => a(`rp${y}`, "k5")).join("+"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p3"),
    trap: `SUM(${YEARS.map((y) => a(`k${y}`, "p3")).join(",")})`,
  });
  return b.finish();
}

// ======================================================= E.79 evaluation 2024, Disnakertrans Kaltim

type Ev = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  flow: boolean;
  tk: number;
  trp: number;
  sk: number;
  srp: number;
  k24: number;
  rp24: number;
  qk: number[];
  qrp: number[];
};

/** E.79 per program, 2 sections (urusan), quarterly K and Rp, levels take the TW IV value. */
export function e79RpjmdKaltim(): BookW {
  const b = new BookW(
    "e79-evaluasi-rpjmd-per-program-disnakertrans-kaltim-2024.xlsx",
    "E.79 evaluasi hasil RKPD / capaian RPJMD per program 2024 (Disnakertrans Provinsi)",
    "No | Kode | Urusan / Program | Indikator Kinerja Program (Outcome) | Satuan | Target RPJMD 2026 | Realisasi s.d. 2023 | Target RKPD 2024 | 'Realisasi Kinerja Triwulan' > I .. IV | Realisasi 2024 | Tingkat Capaian 2024 (%) | Realisasi s.d. 2024 | Tingkat Capaian RPJMD (%) - each K / Rp - | Perangkat Daerah; urusan section rows; yearly K and s.d. K of levels are the TW IV level, of flows the sum; JUMLAH row for Rp",
  );
  const S = "E.79 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines(
    [
      "Evaluasi terhadap Hasil RKPD Tahun 2024 dan Capaian Target RPJMD Provinsi Kalimantan Timur",
      "Urusan Tenaga Kerja dan Urusan Transmigrasi",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: Ev[] = [
    {
      id: "e1",
      kode: "2.07.03",
      nama: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      ind: "Persentase tenaga kerja bersertifikat kompetensi",
      sat: "%",
      flow: false,
      tk: 70,
      trp: 45_600_000_000,
      sk: 58.6,
      srp: 26_914_300_000,
      k24: 62,
      rp24: 14_268_940_000,
      qk: [51.2, 55.8, 59.4, 63.1],
      qrp: [1_842_000_000, 3_615_700_000, 4_208_300_000, 4_016_517_350],
    },
    {
      id: "e2",
      kode: "2.07.04",
      nama: "Program Penempatan Tenaga Kerja",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      flow: true,
      tk: 60_000,
      trp: 10_200_000_000,
      sk: 28_450,
      srp: 5_436_800_000,
      k24: 10_500,
      rp24: 3_452_800_000,
      qk: [2310, 2685, 2904, 3126],
      qrp: [512_400_000, 897_150_000, 905_300_000, 896_195_600],
    },
    {
      id: "e3",
      kode: "2.07.05",
      nama: "Program Hubungan Industrial",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      flow: false,
      tk: 90,
      trp: 7_050_000_000,
      sk: 84.2,
      srp: 4_118_600_000,
      k24: 86,
      rp24: 2_318_750_000,
      qk: [80.5, 83.3, 85.7, 87.9],
      qrp: [402_000_000, 611_250_000, 588_418_450, 606_250_000],
    },
    {
      id: "e4",
      kode: "3.32.03",
      nama: "Program Pembangunan Kawasan Transmigrasi",
      ind: "Jumlah KK transmigran yang ditempatkan",
      sat: "KK",
      flow: true,
      tk: 900,
      trp: 38_000_000_000,
      sk: 480,
      srp: 19_874_000_000,
      k24: 150,
      rp24: 6_734_120_000,
      qk: [0, 0, 60, 90],
      qrp: [604_000_000, 1_318_400_000, 2_406_986_000, 2_090_000_000],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    kRole: Col["role"],
    rpRole: Col["role"],
    year: number | undefined,
    num: number,
    cap = false,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role: kRole, year, num, fmt: cap ? DEC : undefined, width: 9 },
    {
      key: `${key}rp`,
      head: [...head, "Rp"],
      role: rpRole,
      year,
      num,
      fmt: cap ? DEC : RP,
      width: cap ? 9 : 16,
    },
  ];
  const TW = "Realisasi Kinerja Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 10 },
    { key: "nama", head: ["Urusan / Program"], num: 3, width: 34 },
    { key: "ind", head: ["Indikator Kinerja Program (Outcome)"], role: "indikator", num: 4, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    ...pair("t", ["Target RPJMD Akhir Periode (2026)"], "target", "anggaran", 2026, 6),
    ...pair("s", ["Realisasi Capaian s.d. Tahun 2023"], "realisasi", "realisasi-anggaran", 2023, 7),
    ...pair("y", ["Target RKPD Tahun 2024"], "target", "anggaran", 2024, 8),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], "realisasi", "realisasi-anggaran", 2024, 9 + i),
    ),
    ...pair("r", ["Realisasi Capaian Tahun 2024"], "realisasi", "realisasi-anggaran", 2024, 13),
    ...pair("c", ["Tingkat Capaian 2024 (%)"], "capaian", "capaian", 2024, 14, true),
    ...pair("sd", ["Realisasi s.d. Tahun 2024"], "realisasi", "realisasi-anggaran", 2024, 15),
    ...pair("cr", ["Tingkat Capaian RPJMD s.d. 2024 (%)"], "capaian", "capaian", undefined, 16, true),
    { key: "pd", head: ["Perangkat Daerah"], role: "penanggung-jawab", num: 17, width: 16 },
  ];
  const fk = (x: Ev) => (x.flow ? INT : DEC);
  const evRow = (x: Ev, no: number): Row => ({
    id: x.id,
    cells: (c) => {
      const q = [1, 2, 3, 4];
      const out: Record<string, Cell> = {
        no,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        tk: fmt(x.tk, fk(x)),
        trp: x.trp,
        sk: fmt(x.sk, fk(x)),
        srp: x.srp,
        yk: fmt(x.k24, fk(x)),
        yrp: x.rp24,
      };
      q.forEach((i) => {
        out[`q${i}k`] = fmt(x.qk[i - 1], fk(x));
        out[`q${i}rp`] = x.qrp[i - 1];
      });
      // planted 1: the yearly K of the placements is typed 7,899 = TW I + II + III (TW IV left out)
      out.rk = x.flow
        ? x.id === "e2"
          ? fmt(x.qk[0] + x.qk[1] + x.qk[2], INT)
          : fx(q.map((i) => c.a(`q${i}k`)).join("+"))
        : fx(c.a("q4k"));
      out.rrp = fx(q.map((i) => c.a(`q${i}rp`)).join("+"));
      out.ck = fx(rt(c.a("rk"), c.a("yk")));
      out.crp = fx(rt(c.a("rrp"), c.a("yrp")));
      out.sdk = x.flow ? fx(`${c.a("sk")}+${c.a("rk")}`) : fx(c.a("rk"));
      // planted 2: the s.d. 2024 Rp of Hubungan Industrial takes only the 2024 realisasi
      out.sdrp = x.id === "e3" ? fx(c.a("rrp")) : fx(`${c.a("srp")}+${c.a("rrp")}`);
      out.crk = fx(rt(c.a("sdk"), c.a("tk")));
      out.crrp = fx(rt(c.a("sdrp"), c.a("trp")));
      out.pd = "Disnakertrans";
      return out;
    },
  });
  const rows: Row[] = [
    { id: "u1", bold: true, cells: { kode: "2.07", nama: "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA" } },
    evRow(xs[0], 1),
    evRow(xs[1], 2),
    evRow(xs[2], 3),
    { id: "u2", bold: true, cells: { kode: "3.32", nama: "URUSAN PEMERINTAHAN BIDANG TRANSMIGRASI" } },
    evRow(xs[3], 4),
  ];
  const RPK = ["trp", "srp", "yrp", "q1rp", "q2rp", "q3rp", "q4rp", "rrp", "sdrp"];
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "sat"],
    cells: (c) => ({
      no: "JUMLAH",
      ...Object.fromEntries(RPK.map((k) => [k, fx(`SUM(${c.c(k)}${c.row("e1")}:${c.c(k)}${c.row("e4")})`)])),
      crp: fx(rt(c.a("rrp"), c.a("yrp"))),
      crrp: fx(rt(c.a("sdrp"), c.a("trp"))),
    }),
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DBH-SDA untuk pelatihan vokasi. Faktor penghambat: penempatan transmigran baru terlaksana pada semester II.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Samarinda, 10 Februari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi", "Provinsi Kalimantan Timur,"],
    nama: "Dr. RUSDIANSYAH ABDUL GANI, S.E., M.M.",
    nip: "19710308 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (k: string, id: string) => [1, 2, 3, 4].map((i) => a(`q${i}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rk", "e2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "realisasi 2024 of the pencari kerja ditempatkan (a flow) is the typed 7,899 = TW I + II + III; with TW IV (3,126) the quarters add to 11,025",
    truth: qsum("k", "e2"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("sdrp", "e3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi s.d. 2024 Rp of Program Hubungan Industrial is =realisasi 2024 = 2,207,918,450; column 15 is 7 + 13 elsewhere: 4,118,600,000 + 2,207,918,450 = 6,326,518,450",
    truth: `${a("srp", "e3")}+${a("rrp", "e3")}`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "e1"),
    rules: ["sum-mismatch"],
    truth: a("q4k", "e1"),
    trap: qsum("k", "e1"),
  });
  b.ok({
    sheet: S,
    cell: a("sdk", "e3"),
    rules: ["sum-mismatch"],
    truth: a("q4k", "e3"),
    trap: `${a("sk", "e3")}+${a("rk", "e3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "e4"),
    rules: ["sum-mismatch"],
    truth: qsum("k", "e4"),
    trap: a("q4k", "e4"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "e1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("rk", "e1"), a("yk", "e1")),
  });
  b.ok({
    sheet: S,
    cell: a("rrp", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rrp", "e1")}+${a("rrp", "e2")}+${a("rrp", "e3")}+${a("rrp", "e4")}`,
    tol: 0.5,
  });
  return b.finish();
}
