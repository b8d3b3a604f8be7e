// Plans and their evaluation at a Dinas PMD: the T-C.27 of the Renstra 2025-2029 of a Sulawesi Tenggara
// kabupaten (Tahun ke-1 .. ke-5 over Target | Rp, "(dalam ribuan rupiah)", SUM formulas for kegiatan and
// programs), and the E.81 evaluation of the Renja 2024 of a Jawa Timur kabupaten (ordinal (n-1) / (n-2)
// headers, K | Rp pairs, levels taking their Triwulan IV value). Every name and number is invented.
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
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
  parts?: string[];
};

export function tc27Sultra(): BookW {
  const b = new BookW(
    "renstra-tc27-dpmd-laiwoi-raya.xlsx",
    "T-C.27 Renstra DPMD 2025-2029",
    "T-C.27 of a DPMD in Sulawesi Tenggara, Renstra 2025-2029 '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; number row 1 .. 18; kegiatan and program Rp as SUM formulas, kondisi akhir Rp = SUM of the years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN LAIWOI RAYA"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Pemberdayaan Masyarakat dan Desa Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "2.13.04",
      nm: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
      ind: "Persentase desa dengan status IDM Maju dan Mandiri",
      sat: "%",
      awal: 31.4,
      k: [34, 37.5, 41, 44.5, 48],
      parts: ["g1"],
    },
    {
      id: "g1",
      kode: "2.13.04.2.01",
      nm: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
      ind: "Jumlah desa yang dibina penyelenggaraan administrasi pemerintahannya",
      sat: "desa",
      awal: 132,
      k: [146, 146, 146, 146, 146],
      parts: ["s1", "s2", "s3"],
    },
    {
      id: "s1",
      kode: "2.13.04.2.01.0001",
      nm: "Fasilitasi Penyusunan Perencanaan Pembangunan Desa",
      ind: "Jumlah dokumen RKPDes yang difasilitasi",
      sat: "dokumen",
      awal: 140,
      k: [146, 146, 146, 146, 146],
      rp: [412_500, 425_000, 437_800, 451_000, 464_500],
      flow: true,
    },
    {
      id: "s2",
      kode: "2.13.04.2.01.0002",
      nm: "Fasilitasi Pengelolaan Keuangan Desa",
      ind: "Jumlah laporan realisasi Dana Desa tahap I-III yang diverifikasi",
      sat: "laporan",
      awal: 420,
      k: [438, 438, 438, 438, 438],
      rp: [586_200, 603_800, 621_900, 640_500, 659_700],
      flow: true,
    },
    {
      id: "s3",
      kode: "2.13.05.2.01.0003",
      nm: "Pembinaan Peningkatan Kapasitas Aparatur Pemerintah Desa",
      ind: "Jumlah aparatur desa yang mengikuti peningkatan kapasitas",
      sat: "orang",
      awal: 350,
      k: [292, 292, 292, 292, 292],
      rp: [734_000, 756_000, 778_700, 802_000, 826_100],
      flow: true,
    },
    {
      id: "p2",
      kode: "2.13.05",
      nm: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT",
      ind: "Persentase BUMDes berklasifikasi Berkembang dan Maju",
      sat: "%",
      awal: 22.6,
      k: [26, 30, 34, 38, 42],
      parts: ["g2"],
    },
    {
      id: "g2",
      kode: "2.13.05.2.01",
      nm: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat",
      ind: "Jumlah BUMDes yang difasilitasi pengembangan usahanya",
      sat: "BUMDes",
      awal: 40,
      k: [45, 45, 45, 45, 45],
      parts: ["s4", "s5"],
    },
    {
      id: "s4",
      kode: "2.13.05.2.01.0001",
      nm: "Fasilitasi Penyusunan Program dan Kegiatan Pemberdayaan Masyarakat Desa (BUMDes)",
      ind: "Jumlah laporan fasilitasi pengembangan usaha BUMDes",
      sat: "laporan",
      awal: 10,
      k: [12, 12, 12, 12, 12],
      rp: [318_000, 327_500, 337_300, 347_400, 357_800],
      flow: true,
    },
    {
      id: "s5",
      kode: "2.13.05.2.01.0002",
      nm: "Pemantauan dan Evaluasi Status Indeks Desa Membangun",
      ind: "Nilai rata-rata Indeks Desa Membangun kabupaten",
      sat: "indeks",
      awal: 0.6612,
      k: [0.675, 0.689, 0.703, 0.717, 0.731],
      rp: [196_400, 202_300, 208_400, 214_600, 221_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "5",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", num: "16", width: 10 },
    { key: "arp", head: [A, "Rp"], num: "17", fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const rows: Row[] = L.map((l) => ({
    id: l.id,
    bold: l.id.startsWith("p"),
    cells: (x: Ctx) => {
      const out: Record<string, Cell> = {
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        pj: l.id.startsWith("p") ? "DPMD" : "Bidang Pemdes / Bidang PLKM",
        lok: "Kab. Laiwoi Raya",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = l.k[i];
        out[`rp${y}`] = l.rp
          ? l.rp[i]
          : fx(
              l.parts!.length === 1
                ? x.a(`rp${y}`, l.parts![0])
                : `SUM(${x.a(`rp${y}`, l.parts![0])}:${x.a(`rp${y}`, l.parts![l.parts!.length - 1])})`,
            );
      });
      out.ak = l.flow
        ? fx(`SUM(${x.a("k1")},${x.a("k2")},${x.a("k3")},${x.a("k4")},${x.a("k5")})`)
        : fx(x.a("k5"));
      // planted (s2): the kondisi akhir Rp typed 3,021,100; the years add up to 3,112,100
      out.arp = l.id === "s2" ? 3_021_100 : fx(Y.map((y) => x.a(`rp${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: target kegiatan dan sub kegiatan berupa jumlah per tahun; kondisi akhir = jumlah lima tahun.",
    "Target program (persentase dan indeks) kondisi akhir = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Unaaha Baru, 20 Juni 2025",
    jabatan: ["Kepala Dinas PMD Kabupaten Laiwoi Raya,"],
    nama: "LA ODE MUH. SYAHRIR TOMBILI, S.STP., M.Si.",
    nip: "19780619 199912 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rpSum = (id: string) => Y.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("arp", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 2.13.04.2.01.0002 is a typed 3,021,100; the five years add up to 3,112,100",
    truth: rpSum("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembinaan Peningkatan Kapasitas Aparatur Pemerintah Desa is coded 2.13.05.2.01.0003 under kegiatan 2.13.04.2.01 (and summed into it); its code is 2.13.04.2.01.0003",
    truth: `${a("kode", "g1")}&".0003"`,
  });
  // rates and the index end at the Tahun ke-5 target, not the sum of the years
  for (const id of ["p1", "p2", "s5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${Y.map((y) => a(`k${y}`, id)).join(",")})`,
    });
  for (const id of ["s1", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${Y.map((y) => a(`k${y}`, id)).join(",")})`,
      trap: a("k5", id),
    });
  for (const id of ["s1", "s3", "s4", "s5", "g1", "g2", "p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("arp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpSum(id),
    });
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p2"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s4")}+${a(`rp${y}`, "s5")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "g2"),
  });
  return b.finish();
}

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

export function e81Jatim(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dpmd-tulungrejo.xlsx",
    "E.81 evaluation of the Renja DPMD (2024)",
    "E.81 of a DPMD in Jawa Timur, s.d. Triwulan IV 2024 (years only in the title): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each 'Kinerja' | 'Keuangan (Rp)'; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; Rata-rata and Predikat rows; Unit PD",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TULUNGREJO",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Raya Kedungwaru No. 114 Tulungrejo",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TULUNGREJO",
    "Renja Dinas PMD Kabupaten Tulungrejo Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD: Renstra 2021-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.13.04.2.01.0001",
      nm: "Fasilitasi Penyusunan Perencanaan Pembangunan Desa",
      ind: "Jumlah desa yang difasilitasi penyusunan RKPDes dan APBDes",
      sat: "desa",
      level: false,
      k5: 1_540,
      rp5: 2_310_000_000,
      k6: 924,
      rp6: 1_362_400_000,
      k7: 308,
      rp7: 468_500_000,
      kq: [96, 142, 52, 22],
      rpq: [88_450_000, 176_300_000, 121_870_000, 70_215_000],
    },
    {
      id: "s2",
      kode: "2.13.04.2.01.0002",
      nm: "Fasilitasi Pengelolaan Keuangan Desa",
      ind: "Persentase desa yang menyampaikan laporan realisasi Dana Desa tahap III tepat waktu",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 1_875_000_000,
      k6: 83.77,
      rp6: 1_104_600_000,
      k7: 90,
      rp7: 392_000_000,
      kq: [0, 0, 36.04, 91.56],
      rpq: [61_200_000, 98_750_000, 112_400_000, 108_930_000],
    },
    {
      id: "s3",
      kode: "2.13.04.2.01.0003",
      nm: "Pembinaan dan Pengembangan Badan Usaha Milik Desa",
      ind: "Jumlah BUMDes yang mendapat pendampingan usaha",
      sat: "BUMDes",
      level: false,
      k5: 600,
      rp5: 1_650_000_000,
      k6: 372,
      rp6: 985_600_000,
      k7: 120,
      rp7: 335_000_000,
      kq: [18, 40, 37, 25],
      rpq: [42_800_000, 95_160_000, 104_530_000, 79_640_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Keuangan (Rp)"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (akhir periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
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
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "Kinerja"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "Keuangan (Rp)"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
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
        pj: "Bidang Pemdes",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted (s3): the Rp (12) typed 332,130,000; the quarters add up to 322,130,000
      out.rp12 = x.id === "s3" ? 332_130_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted (s1): column 14 K holds the Renja capaian 12 / 7 x 100
      out.k14 = fx(
        x.id === "s1" ? `ROUND(${c.a("k12")}/${c.a("k7")}*100,2)` : `ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`,
      );
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "2.13.04.2.01",
        nm: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
        ind: "Jumlah desa yang dibina administrasi pemerintahannya",
        sat: "desa",
        pj: "Bidang Pemdes",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "2.13.04",
        nm: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
        ind: "Persentase desa berstatus Maju dan Mandiri (IDM)",
        sat: "%",
        k5: 65,
        k6: 54.87,
        k7: 60,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 61.36,
        pj: "Dinas PMD",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  // typed as the sheet's averages show them (93.52 and 79.27, both after the planted cells)
  const kPred = "Sangat Tinggi";
  const rpPred = "Tinggi";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "bid",
        bold: true,
        cells: { kode: "2.13", nm: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA" },
      },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")},${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "prog")},${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: kPred, rp14: rpPred },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan tenaga pendamping profesional P3MD di seluruh kecamatan.",
    "Faktor penghambat: keterlambatan penetapan APBDes perubahan di sebagian desa.",
    "Tindak lanjut: bimbingan teknis Siskeudes dan percepatan laporan realisasi tahap III.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tulungrejo, 24 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "KABUPATEN TULUNGREJO"],
    nama: "Drs. BAMBANG WIDYO HARSONO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690823 199403 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of sub kegiatan .0001 holds 12 / 7 x 100 = 101.30 (the Renja capaian); 13 / 5 x 100 = (924 + 312) / 1,540 x 100 = 80.26",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 12 Rp of sub kegiatan .0003 is a typed 332,130,000 among SUM formulas; the four quarters add up to 322,130,000",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  // the tepat-waktu rate is a level: (12) is the Triwulan IV value and (13) the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq3", "s2")}+${a("kq4", "s2")}`,
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
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  // the set's own arithmetic: the s1 capaian as the note says, the footer predikat as the sheet shows them
  const k12s1 = sum(subs[0].kq as number[]);
  if (
    round((k12s1 / subs[0].k7) * 100) !== 101.3 ||
    round(((subs[0].k6 + k12s1) / subs[0].k5) * 100) !== 80.26
  )
    throw new Error("e81 s1");
  if (predikat(93.52) !== kPred || predikat(79.27) !== rpPred) throw new Error("e81 predikat");
  return b.finish();
}
