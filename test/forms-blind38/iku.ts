// An IKU matrix of the Satpol PP of Provinsi Banten (Formulasi / Cara Pengukuran, Sumber Data, targets
// 2025-2029 and a kondisi akhir) and a row-wise LKjIP capaian table (Target / Realisasi / Capaian
// rows under each indicator, years across) of the BPBD of DI Yogyakarta. Every person and number is
// invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================================== IKU Satpol PP Provinsi Banten 2025-2029

type IkuIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  /** count summed over the period (kondisi akhir = sum) */
  flow?: boolean;
  neg?: boolean;
  src: string;
  pj: string;
  f: string;
};

const YS = [2025, 2026, 2027, 2028, 2029];

export function ikuSatpolBanten(): BookW {
  const b = new BookW(
    "iku-cara-ukur-satpolpp-banten.xlsx",
    "IKU matrix 2025-2029 (Satpol PP)",
    "IKU matrix: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi / Cara Pengukuran | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab; penegakan Perda (rate), pelanggaran Perda (lower is better), trantibum, Satlinmas dilatih (a count: kondisi akhir = SUM)",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI BANTEN",
    "SATUAN POLISI PAMONG PRAJA",
    "Kawasan Pusat Pemerintahan Provinsi Banten, Jl. Syech Nawawi Al Bantani, Curug",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) SATUAN POLISI PAMONG PRAJA", "PERIODE RENSTRA 2025 - 2029"]);
  s.gap();
  const S1 = "Meningkatnya ketaatan masyarakat terhadap Perda dan Perkada";
  const S2 = "Meningkatnya ketenteraman dan ketertiban umum serta pelindungan masyarakat";
  const rows: IkuIn[] = [
    {
      id: "perda",
      sas: S1,
      ind: "Persentase penegakan Perda dan Perkada",
      rumus: "(Jumlah pelanggaran Perda/Perkada yang ditegakkan / jumlah pelanggaran yang ditemukan) x 100%",
      sat: "%",
      awal: 78.5,
      tg: [80, 82.5, 85, 87.5, 90],
      src: "Laporan Bidang Penegakan Perundang-undangan Daerah",
      pj: "Kabid PPUD",
      f: DEC,
    },
    {
      id: "langgar",
      sas: S1,
      ind: "Jumlah pelanggaran Perda dan Perkada yang ditemukan (semakin kecil semakin baik)",
      rumus: "Jumlah kasus pelanggaran Perda/Perkada yang tercatat dalam satu tahun",
      sat: "kasus",
      awal: 412,
      tg: [390, 370, 350, 330, 310],
      neg: true,
      src: "Register PPNS Satpol PP",
      pj: "Kabid PPUD",
      f: INT,
    },
    {
      id: "tramtib",
      sas: S2,
      ind: "Persentase gangguan trantibum yang tertangani",
      rumus: "(Jumlah gangguan trantibum yang ditangani / jumlah gangguan yang dilaporkan) x 100%",
      sat: "%",
      awal: 88,
      tg: [90, 92, 94, 96, 98],
      src: "Laporan Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
      pj: "Kabid Tibum Tranmas",
      f: DEC,
    },
    {
      id: "linmas",
      sas: S2,
      ind: "Jumlah anggota Satlinmas yang dilatih",
      rumus: "Jumlah anggota Satlinmas yang mengikuti pelatihan dasar dalam satu tahun",
      sat: "orang",
      awal: 420,
      tg: [450, 480, 480, 500, 500],
      flow: true,
      src: "Daftar hadir pelatihan Bidang Linmas",
      pj: "Kabid Linmas",
      f: INT,
    },
  ];
  // planted 1: the 2027 target of penegakan Perda typed 58 (85 with digits swapped)
  const PLANT_T = { id: "perda", y: 2027, v: 58 };
  // planted 2: kondisi akhir of the trantibum rate typed 96 (the 2028 target); 2029 gives 98
  const PLANT_AK = { id: "tramtib", v: 96 };
  const G = "Target Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 11 },
    ...YS.map((y): Col => ({ key: `t${y}`, head: [G, String(y)], role: "target", year: y, width: 9 })),
    { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", width: 11 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 26 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          src: x.src,
          pj: x.pj,
        };
        YS.forEach((y, i) => {
          const v = x.id === PLANT_T.id && y === PLANT_T.y ? PLANT_T.v : x.tg[i];
          cells[`t${y}`] = fmt(v, x.f);
        });
        cells.akhir = x.flow
          ? fx(`SUM(${c.a("t2025")}:${c.a("t2029")})`)
          : fmt(x.id === PLANT_AK.id ? PLANT_AK.v : x.tg[4], x.f);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Kondisi akhir indikator persentase dan jumlah kasus = target tahun 2029; jumlah anggota Satlinmas dilatih = akumulasi 2025 - 2029.",
    "- Jumlah pelanggaran Perda dan Perkada berpolaritas negatif (target menurun setiap tahun).",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Serang, 14 Februari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "PROVINSI BANTEN,"],
    nama: "H. AHMAD SUHAERI ROSYIDI, S.Sos., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700816 199203 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", PLANT_T.id) },
    rules: ["target-trend", "target-outlier"],
    note: "the 2027 target of the persentase penegakan Perda is 58.00 between 82.50 (2026) and 87.50 (2028) of a rising series; 85.00 with its digits swapped",
    truth: `(${a("t2026", PLANT_T.id)}+${a("t2028", PLANT_T.id)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_AK.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir 2029 of the gangguan trantibum tertangani (a rate) is 96.00, the 2028 target; the 2029 target is 98.00",
    truth: a("t2029", PLANT_AK.id),
  });
  b.ok({
    sheet: S,
    cell: a("akhir", "perda"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: a("t2029", "perda"),
    trap: `SUM(${a("t2025", "perda")}:${a("t2029", "perda")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akhir", "langgar"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: a("t2029", "langgar"),
    trap: `SUM(${a("t2025", "langgar")}:${a("t2029", "langgar")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t2027", "langgar"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("t2026", "langgar")}+${a("t2028", "langgar")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("akhir", "linmas"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t2025", "linmas")}:${a("t2029", "linmas")})`,
    trap: a("t2029", "linmas"),
  });
  b.ok({
    sheet: S,
    cell: a("t2027", "tramtib"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("t2026", "tramtib")}+${a("t2028", "tramtib")})/2`,
  });
  return b.finish();
}

// ============================================ LKjIP row-wise capaian of the BPBD DI Yogyakarta 2022-2024

type BarisIn = { id: string; ind: string; sat: string; t: number[]; r: number[]; neg?: boolean; f: string };

export function capaianBarisBpbd(): BookW {
  const b = new BookW(
    "lkjip-baris-tanggap-bpbd-diy.xlsx",
    "LKjIP row-wise capaian 2022-2024 (BPBD)",
    "row-wise: No | Indikator Kinerja | Uraian (Target / Realisasi / Capaian (%)) | Satuan | 2022 | 2023 | 2024 | Catatan; response time in jam (lower is better: refleksi), Desa Tangguh Bencana (cumulative), peringatan dini; 2022 capaian typed, 2023-2024 ROUND formulas",
  );
  const S = "Tabel 3.4 Capaian";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines(["Tabel 3.4 Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2022 - 2024"]);
  s.gap();
  const YR = [2022, 2023, 2024];
  const rows: BarisIn[] = [
    {
      id: "wt",
      ind: "Rata-rata waktu tanggap darurat bencana sejak kejadian dilaporkan",
      sat: "jam",
      t: [6, 6, 5.5],
      r: [5.4, 6.3, 4.95],
      neg: true,
      f: DEC,
    },
    {
      id: "dt",
      ind: "Jumlah Desa/Kalurahan Tangguh Bencana (kumulatif)",
      sat: "desa",
      t: [120, 140, 160],
      r: [124, 141, 158],
      f: INT,
    },
    {
      id: "ew",
      ind: "Persentase penduduk di kawasan rawan bencana yang terlayani sistem peringatan dini",
      sat: "%",
      t: [62, 66, 70],
      r: [63.5, 65.2, 71.4],
      f: DEC,
    },
  ];
  // planted 1: the 2023 capaian of the response time (lower is better) is R / T = 105.00; refleksi 95.00
  // planted 2: the 2024 capaian of the Desa Tangguh carries a stale cached 101.27 (158 / 160 = 98.75)
  const cap = (x: BarisIn, i: number) =>
    round(x.neg ? ((2 * x.t[i] - x.r[i]) / x.t[i]) * 100 : (x.r[i] / x.t[i]) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], width: 40 },
    { key: "u", head: ["Uraian"], width: 14 },
    { key: "sat", head: ["Satuan"], width: 8 },
    ...YR.map((y): Col => ({ key: `y${y}`, head: [String(y)], width: 10 })),
    { key: "cat", head: ["Catatan"], width: 30 },
  ];
  const body: Row[] = [];
  rows.forEach((x, k) => {
    body.push({
      id: `${x.id}T`,
      cells: () => {
        const c: Record<string, Cell> = { no: k + 1, ind: x.ind, u: "Target", sat: x.sat };
        YR.forEach((y, i) => (c[`y${y}`] = fmt(x.t[i], x.f)));
        if (x.neg) c.cat = "Polaritas negatif: capaian = (2T - R) / T x 100";
        return c;
      },
    });
    body.push({
      id: `${x.id}R`,
      cells: () => {
        const c: Record<string, Cell> = { u: "Realisasi", sat: x.sat };
        YR.forEach((y, i) => (c[`y${y}`] = fmt(x.r[i], x.f)));
        return c;
      },
    });
    body.push({
      id: `${x.id}C`,
      cells: (ctx) => {
        const c: Record<string, Cell> = { u: "Capaian (%)", sat: "%" };
        YR.forEach((y, i) => {
          const T = ctx.a(`y${y}`, `${x.id}T`);
          const R = ctx.a(`y${y}`, `${x.id}R`);
          if (y === 2022) c[`y${y}`] = fmt(cap(x, i), DEC);
          else if (x.id === "wt" && y === 2023) c[`y${y}`] = fx(`ROUND(${R}/${T}*100,2)`);
          else if (x.id === "dt" && y === 2024) c[`y${y}`] = fx(`ROUND(${R}/${T}*100,2)`, 101.27);
          else c[`y${y}`] = fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
        });
        return c;
      },
    });
  });
  const t = s.table({ cols, headerRows: 1, rows: body });
  for (const r of [t.row("wtC"), t.row("dtC"), t.row("ewC")])
    for (const y of YR) s.ws.getCell(`${t.c(`y${y}`)}${r}`).numFmt = DEC;
  s.gap();
  s.lines(["Sumber: Pusdalops PB BPBD DIY dan Bidang Pencegahan dan Kesiapsiagaan, diolah."]);
  s.gap();
  signature(s, 6, {
    tempat: "Yogyakarta, 28 Februari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "DAERAH ISTIMEWA YOGYAKARTA,"],
    nama: "Ir. BAMBANG WIDAYATMOKO, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19691023 199503 1 003",
  });
  const A = (y: number, id: string) => t.a(`y${y}`, id);
  const refl = (y: number, x: string) =>
    `ROUND((2*${A(y, `${x}T`)}-${A(y, `${x}R`)})/${A(y, `${x}T`)}*100,2)`;
  const rt = (y: number, x: string) => `ROUND(${A(y, `${x}R`)}/${A(y, `${x}T`)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: A(2023, "wtC") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "2023 capaian of the response time (lower is better by the Catatan) is =ROUND(R/T*100,2) = 105.00 for 6.30 jam against 6.00; (2 x 6.00 - 6.30) / 6.00 gives 95.00, as 2022 and 2024 compute",
    truth: refl(2023, "wt"),
  });
  b.plant({
    at: { sheet: S, cell: A(2024, "dtC") },
    rules: ["capaian-mismatch"],
    note: "2024 capaian of the Desa Tangguh Bencana is =ROUND(R/T*100,2) with a stale cached 101.27; 158 / 160 gives 98.75",
    truth: rt(2024, "dt"),
  });
  for (const y of YR) {
    if (y !== 2023)
      b.ok({
        sheet: S,
        cell: A(y, "wtC"),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: refl(y, "wt"),
        trap: rt(y, "wt"),
      });
    if (y !== 2024) b.ok({ sheet: S, cell: A(y, "dtC"), rules: ["capaian-mismatch"], truth: rt(y, "dt") });
    b.ok({ sheet: S, cell: A(y, "ewC"), rules: ["capaian-mismatch"], truth: rt(y, "ew") });
  }
  return b.finish();
}
