// The performance forms: a Renstra target table 2025-2029 of the BPBD Provinsi Riau (a level, a
// share, a lower-is-better response time in hours, a flow), a Perjanjian Kinerja 2025 of the Badan
// Kesbangpol Provinsi Sumatera Barat with triwulan targets beside the annual target and its Renstra
// excerpt on a second sheet, a row-wise LKjIP table of the Satpol PP Provinsi Sumatera Barat
// (Target / Realisasi / Capaian rows) and an E.79 RPJMD evaluation of the province. Every office,
// person and number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

const YRS = [2025, 2026, 2027, 2028, 2029];

/** Target kinerja Renstra BPBD Provinsi Riau 2025-2029. */
export function renstraBpbdRiau(): BookW {
  const b = new BookW(
    "renstra-bpbd-prov-riau-target-2025-2029.xlsx",
    "Renstra target table 2025-2029",
    "Tujuan/Sasaran | Indikator | Satuan | Kondisi Kinerja Awal (2024) | Target Kinerja per Tahun > 2025 .. 2029 | Kondisi Kinerja pada Akhir Periode Renstra; a level index, a share, a response time in hours (lower is better) and a flow whose end is the SUM of its years",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 5.1", "Indikator Kinerja BPBD Provinsi Riau yang Mengacu pada Tujuan dan Sasaran RPJMD"],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    awal: number;
    t: number[];
    akh: "last" | "sum" | number;
    f: string;
  };
  const inds: I[] = [
    {
      id: "i1",
      sas: "Meningkatnya ketahanan daerah terhadap bencana",
      ind: "Indeks Ketahanan Daerah (IKD)",
      sat: "indeks",
      awal: 0.54,
      t: [0.56, 0.58, 0.6, 0.62, 0.64],
      akh: 0.7,
      f: DEC,
    },
    {
      id: "i2",
      sas: "Meningkatnya ketahanan daerah terhadap bencana",
      ind: "Persentase desa/kelurahan rawan bencana yang menjadi Destana",
      sat: "%",
      awal: 18.4,
      t: [21.5, 24.6, 27.7, 30.8, 33.9],
      akh: "last",
      f: DEC,
    },
    {
      id: "i3",
      sas: "Meningkatnya kecepatan penanganan darurat bencana",
      ind: "Waktu tanggap darurat sejak kejadian bencana dilaporkan",
      sat: "jam",
      awal: 12,
      t: [10, 8, 9, 6, 5],
      akh: "last",
      f: DEC,
    },
    {
      id: "i4",
      sas: "Meningkatnya kecepatan penanganan darurat bencana",
      ind: "Jumlah relawan penanggulangan bencana yang dilatih",
      sat: "orang/tahun",
      awal: 320,
      t: [350, 380, 400, 420, 450],
      akh: "sum",
      f: INT,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Tujuan / Sasaran"], role: "sasaran", num: 1, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 11 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 4,
      width: 11,
    },
    ...YRS.map((y, i): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja per Tahun", String(y)],
      role: "target",
      year: y,
      num: 5 + i,
      width: 9,
    })),
    {
      key: "akh",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: 10,
      width: 12,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: inds.map((x): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = { sas: x.sas, ind: x.ind, sat: x.sat, awal: fmt(x.awal, x.f) };
        YRS.forEach((y, i) => (o[`t${y}`] = fmt(x.t[i], x.f)));
        o.akh =
          x.akh === "sum"
            ? fx(`SUM(${c.a("t2025")}:${c.a("t2029")})`)
            : x.akh === "last"
              ? fx(c.a("t2029"))
              : fmt(x.akh, x.f);
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: waktu tanggap darurat semakin kecil semakin baik; IKD diukur dengan Perka BNPB tentang Indeks Ketahanan Daerah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "i3") },
    rules: ["target-trend"],
    note: "waktu tanggap darurat (lower is better) steps 10, 8, then 9 jam in 2027 before 6 and 5: rises in the middle of a falling series (7 intended)",
    truth: `${a("t2026", "i3")}-1`,
  });
  b.plant({
    at: { sheet: S, cell: a("akh", "i1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the IKD typed 0.70 (the RPJMD 2045 aspiration) while the 2029 target is 0.64 (an index: the end is the last year)",
    tol: 0.001,
    truth: a("t2029", "i1"),
  });
  b.ok({
    sheet: S,
    cell: a("akh", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "i2"),
    trap: `SUM(${a("t2025", "i2")}:${a("t2029", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akh", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t2025", "i4")}:${a("t2029", "i4")})`,
    trap: a("t2029", "i4"),
  });
  b.ok({ sheet: S, cell: a("t2029", "i3"), rules: ["target-trend"], truth: "5" });
  return b.finish();
}

/** Perjanjian Kinerja 2025 with rencana aksi per triwulan, Badan Kesbangpol Provinsi Sumatera Barat. */
export function pkKesbangpolSumbar(): BookW {
  const b = new BookW(
    "pk-rencana-aksi-kesbangpol-sumbar-2025.xlsx",
    "Perjanjian Kinerja with triwulan targets",
    "sheet PK: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025 | Rencana Aksi / Target Triwulan > I .. IV | Pagu (Rp); sheet 'Renstra' excerpt: Indikator | Satuan | Target 2024 .. 2026; a level index whose TW IV is the annual target, a flow whose quarters add up",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN KESATUAN BANGSA DAN POLITIK PROVINSI SUMATERA BARAT",
  ]);
  // the Renstra excerpt first (it is referred to), on its own sheet
  const r = b.sheet(R);
  r.lines(["Lampiran: Target Indikator Renstra Badan Kesbangpol 2021-2026 (Reviu)"], 1, { bold: true });
  r.gap();
  type I = { id: string; ind: string; sat: string; t: [number, number, number]; f: string };
  const ri: I[] = [
    {
      id: "r1",
      ind: "Indeks Demokrasi Indonesia (IDI) Provinsi",
      sat: "indeks",
      t: [79.1, 80.35, 81.6],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase ormas yang terverifikasi dan aktif melapor",
      sat: "%",
      t: [72, 76, 80],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah peserta pendidikan politik dan wawasan kebangsaan",
      sat: "orang",
      t: [1850, 2100, 2350],
      f: INT,
    },
  ];
  const rt = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      ...[2024, 2025, 2026].map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
    ],
    headerRows: 2,
    rows: ri.map((x) => ({
      id: x.id,
      cells: { ind: x.ind, sat: x.sat, y0: fmt(x.t[0], x.f), y1: fmt(x.t[1], x.f), y2: fmt(x.t[2], x.f) },
    })),
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tt", head: ["Target Tahunan 2025"], role: "target", year: 2025, width: 11 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Rencana Aksi (Target Triwulan)", `TW ${q}`],
      role: "target",
      year: 2025,
      width: 9,
    })),
    { key: "pagu", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      {
        id: "i1",
        cells: (c: Ctx) => ({
          no: 1,
          sas: "Meningkatnya kualitas demokrasi dan stabilitas politik daerah",
          ind: ri[0].ind,
          sat: "indeks",
          // planted: the 2026 Renstra target typed in the 2025 PK
          tt: fmt(81.6, DEC),
          q0: "-",
          q1: "-",
          q2: "-",
          q3: fx(c.a("tt")),
          pagu: 2_146_780_000,
        }),
      },
      {
        id: "i2",
        cells: (c: Ctx) => ({
          no: 2,
          sas: "Meningkatnya ketertiban administrasi organisasi kemasyarakatan",
          ind: ri[1].ind,
          sat: "%",
          tt: fx(`${R}!${rt.a("y1", "r2")}`),
          q0: 40,
          q1: 55,
          q2: 68,
          q3: fx(c.a("tt")),
          pagu: 874_350_000,
        }),
      },
      {
        id: "i3",
        cells: () => ({
          no: 3,
          sas: "Meningkatnya wawasan kebangsaan masyarakat",
          ind: ri[2].ind,
          sat: "orang",
          tt: fmt(2100, INT),
          q0: fmt(300, INT),
          q1: fmt(650, INT),
          q2: fmt(650, INT),
          // planted: TW IV typed 350, the quarters give 1,950 of 2,100
          q3: fmt(350, INT),
          pagu: 1_539_120_000,
        }),
      },
      {
        id: "tot",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Jumlah Anggaran",
          pagu: fx(`SUM(${c.a("pagu", "i1")}:${c.a("pagu", "i3")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Padang, 3 Februari 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik", "Provinsi Sumatera Barat,"],
    nama: "Drs. HENDRI MALIN SATI, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720819 199803 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tt", "i1") },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the IDI typed 81.60, the Renstra target of 2026; the 2025 target is 80.35",
    truth: `${R}!${rt.a("y1", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "i3") },
    rules: ["sum-mismatch"],
    note: "peserta pendidikan politik is a flow: TW I-IV 300 + 650 + 650 + 350 = 1,950 against the annual 2,100 (TW IV 500 intended)",
    truth: `${a("tt", "i3")}-SUM(${a("q0", "i3")}:${a("q2", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("q3", "i2"),
    rules: ["sum-mismatch"],
    truth: a("tt", "i2"),
    trap: `${a("tt", "i2")}-SUM(${a("q0", "i2")}:${a("q2", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tt", "i2"),
    rules: ["cross-table-mismatch"],
    truth: `${R}!${rt.a("y1", "r2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "i1")}:${a("pagu", "i3")})`,
  });
  return b.finish();
}

/** Row-wise LKjIP table (Target / Realisasi / Capaian per indicator), Satpol PP Provinsi Sumatera Barat. */
export function lkjipSatpolSumbar(): BookW {
  const b = new BookW(
    "lkjip-2024-satpolpp-sumbar-tabel-capaian-baris.xlsx",
    "row-wise LKjIP table",
    "No | Indikator Kinerja Utama | Satuan | Uraian (Target / Realisasi / Capaian (%)) | Tahun 2022 .. 2024; indicator, No and Satuan merged over their three rows; the lower-is-better count of pelanggaran by refleksi",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2", "Perbandingan Target dan Realisasi IKU Satpol PP Provinsi Sumatera Barat 2022-2024"],
    1,
    { bold: true },
  );
  s.gap();
  type I = { id: string; ind: string; sat: string; t: number[]; r: number[]; neg?: boolean };
  const inds: I[] = [
    {
      id: "a",
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      t: [82, 86, 90],
      r: [80.5, 86.9, 87.5],
    },
    {
      id: "b",
      ind: "Persentase gangguan trantibum yang tertangani",
      sat: "%",
      t: [88, 90, 92],
      r: [89.2, 91.4, 93.1],
    },
    {
      id: "c",
      ind: "Jumlah pelanggaran Perda berulang",
      sat: "kasus",
      t: [140, 125, 110],
      r: [152, 118, 104],
      neg: true,
    },
  ];
  const YP = [2022, 2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], width: 40 },
    { key: "sat", head: ["Satuan"], width: 9 },
    { key: "u", head: ["Uraian"], width: 14 },
    ...YP.map((y, i): Col => ({ key: `y${i}`, head: ["Tahun", String(y)], width: 10 })),
  ];
  const rows: Row[] = [];
  for (const [k, x] of inds.entries()) {
    rows.push({
      id: `${x.id}t`,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        u: "Target",
        y0: fmt(x.t[0], DEC),
        y1: fmt(x.t[1], DEC),
        y2: fmt(x.t[2], DEC),
      },
    });
    rows.push({
      id: `${x.id}r`,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        u: "Realisasi",
        y0: fmt(x.r[0], DEC),
        y1: fmt(x.r[1], DEC),
        y2: fmt(x.r[2], DEC),
      },
    });
    rows.push({
      id: `${x.id}c`,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat, u: "Capaian (%)" };
        YP.forEach((_, i) => {
          const T = c.a(`y${i}`, `${x.id}t`);
          const Rr = c.a(`y${i}`, `${x.id}r`);
          // planted (c, 2024): realisasi / target for a lower-is-better count
          const neg = x.neg && !(i === 2);
          o[`y${i}`] = neg ? fx(`ROUND((2*${T}-${Rr})/${T}*100,2)`) : fx(`ROUND(${Rr}/${T}*100,2)`);
          // planted (a, 2024): capaian typed 79.22 (97.22 with digits swapped)
          if (x.id === "a" && i === 2) o[`y${i}`] = fmt(79.22, DEC);
        });
        return o;
      },
    });
  }
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["no", "ind", "sat"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "ac") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian 2024 of penegakan perda typed 79.22; 87.50 / 90.00 x 100 = 97.22 (digits swapped)",
    truth: `ROUND(${a("y2", "ar")}/${a("y2", "at")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2", "cc") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian 2024 of the pelanggaran berulang (lower is better) = 104 / 110 x 100 = 94.55 while 2022-2023 use the refleksi; (2 x 110 - 104) / 110 x 100 = 105.45",
    truth: `ROUND((2*${a("y2", "ct")}-${a("y2", "cr")})/${a("y2", "ct")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("y1", "cc"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("y1", "ct")}-${a("y1", "cr")})/${a("y1", "ct")}*100,2)`,
    trap: `ROUND(${a("y1", "cr")}/${a("y1", "ct")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("y2", "bc"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("y2", "br")}/${a("y2", "bt")}*100,2)`,
    trap: "100",
  });
  return b.finish();
}

type E = {
  id: string;
  kode: string;
  prog: string;
  ind: string;
  sat: string;
  kind: "level" | "flow" | "neg";
  ak: [number, number];
  lalu: [number, number];
  t24: [number, number];
  qk: Array<number | null>;
  qr: [number, number, number, number];
  f: string;
};

/** E.79 Evaluasi terhadap hasil RPJMD Provinsi Sumatera Barat 2024 (trantibum, bencana, kesbangpol). */
export function e79Sumbar(): BookW {
  const b = new BookW(
    "e79-evaluasi-rpjmd-prov-sumbar-trantibum-bencana-kesbangpol-2024.xlsx",
    "E.79 Evaluasi terhadap hasil RPJMD",
    "No | Kode | Program | Indikator | Satuan | Target RPJMD Akhir Periode (K / Rp) | Realisasi s.d. RKPD Tahun Lalu (K / Rp) | Target RKPD 2024 (K / Rp) | Realisasi Triwulan I..IV (K / Rp) | Realisasi RKPD 2024 (K / Rp) | Realisasi RPJMD s.d. 2024 (K / Rp) | Tingkat Capaian s.d. 2024 (%) (K / Rp) | Perangkat Daerah; number row (1)..(n) in pairs",
  );
  const S = "E.79";
  const s = b.sheet(S);
  letterhead(s, [
    "Formulir E.79",
    "EVALUASI TERHADAP HASIL RPJMD PROVINSI SUMATERA BARAT TAHUN 2021-2026",
    "Capaian pada Tahun Pelaksanaan RKPD Tahun 2024",
  ]);
  const es: E[] = [
    {
      id: "e1",
      kode: "1.05.02",
      prog: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      kind: "level",
      ak: [95, 41_250_000_000],
      lalu: [86.9, 24_318_600_000],
      t24: [90, 8_462_500_000],
      qk: [null, null, null, 87.5],
      qr: [1_412_300_000, 2_086_750_000, 2_194_400_000, 2_391_850_000],
      f: DEC,
    },
    {
      id: "e2",
      kode: "1.05.03",
      prog: "Program Penanggulangan Bencana",
      ind: "Indeks Ketahanan Daerah (IKD)",
      sat: "indeks",
      kind: "level",
      ak: [0.62, 58_900_000_000],
      lalu: [0.55, 33_745_200_000],
      t24: [0.58, 12_630_000_000],
      qk: [null, null, null, 0.59],
      qr: [1_875_400_000, 3_106_250_000, 3_342_900_000, 3_902_650_000],
      f: DEC,
    },
    {
      id: "e3",
      kode: "8.01.03",
      prog: "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
      ind: "Jumlah peserta pendidikan politik",
      sat: "orang",
      kind: "flow",
      ak: [12000, 9_600_000_000],
      lalu: [6950, 5_214_700_000],
      t24: [2400, 1_985_000_000],
      qk: [300, 650, 800, 720],
      qr: [286_400_000, 512_300_000, 604_850_000, 548_150_000],
      f: INT,
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    n: number,
    rk: Col["role"],
    rr: Col["role"],
    yr?: number,
    ku = "K",
    fk = DEC,
  ): Col[] => [
    { key: `${key}k`, head: [...head, ku], role: rk, year: yr, num: n, fmt: fk, width: 9 },
    { key: `${key}r`, head: [...head, "Rp"], role: rr, year: yr, num: n, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 9 },
    { key: "prog", head: ["Program Prioritas"], role: "indikator", num: 3, width: 34 },
    { key: "ind", head: ["Indikator Kinerja Program (outcome)"], role: "indikator", num: 4, width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    ...pair("ak", ["Target RPJMD pada Akhir Periode (2026)"], 6, "target", "anggaran", 2026),
    ...pair(
      "ll",
      ["Realisasi Capaian Kinerja RPJMD s.d. RKPD Tahun Lalu (2023)"],
      7,
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("tg", ["Target Kinerja dan Anggaran RKPD Tahun 2024"], 8, "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(`q${i}`, ["Realisasi Kinerja pada Triwulan", q], 9 + i, "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "rt",
      ["Realisasi Capaian Kinerja dan Anggaran RKPD Tahun 2024"],
      13,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "sd",
      ["Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun 2024"],
      14,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "ck",
      head: ["Tingkat Capaian RPJMD s.d. 2024 (%)", "K"],
      role: "capaian",
      num: 15,
      fmt: DEC,
      width: 9,
    },
    {
      key: "cr",
      head: ["Tingkat Capaian RPJMD s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: 15,
      fmt: DEC,
      width: 9,
    },
    { key: "pd", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 22 },
  ];
  const PD: Record<string, string> = { e1: "Satpol PP", e2: "BPBD", e3: "Badan Kesbangpol" };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...es.map((x, k): Row => ({
        id: x.id,
        cells: (c: Ctx) => {
          const o: Record<string, Cell> = {
            no: k + 1,
            kode: x.kode,
            prog: x.prog,
            ind: x.ind,
            sat: x.sat,
            akk: fmt(x.ak[0], x.f),
            akr: x.ak[1],
            llk: fmt(x.lalu[0], x.f),
            llr: x.lalu[1],
            tgk: fmt(x.t24[0], x.f),
            tgr: x.t24[1],
            pd: PD[x.id],
          };
          x.qk.forEach((v, i) => (o[`q${i}k`] = v === null ? "-" : fmt(v, x.f)));
          x.qr.forEach((v, i) => (o[`q${i}r`] = v));
          o.rtk =
            x.kind === "flow"
              ? fx(`SUM(${c.a("q0k")},${c.a("q1k")},${c.a("q2k")},${c.a("q3k")})`)
              : fx(c.a("q3k"));
          // planted (e1): the Rp of 2024 SUMs TW I-III only
          o.rtr = fx(`${c.a("q0r")}+${c.a("q1r")}+${c.a("q2r")}${x.id === "e1" ? "" : `+${c.a("q3r")}`}`);
          o.sdk = x.kind === "flow" ? fx(`${c.a("llk")}+${c.a("rtk")}`) : fx(c.a("rtk"));
          o.sdr = fx(`${c.a("llr")}+${c.a("rtr")}`);
          o.ck = fx(`ROUND(${c.a("sdk")}/${c.a("akk")}*100,2)`);
          // planted (e3): the Rp capaian still caches the result from before TW IV was entered
          o.cr =
            x.id === "e3"
              ? fx(`ROUND(${c.a("sdr")}/${c.a("akr")}*100,2)`, 73.93)
              : fx(`ROUND(${c.a("sdr")}/${c.a("akr")}*100,2)`);
          return o;
        },
      })),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan TRC kabupaten/kota; faktor penghambat: refocusing anggaran triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Padang, 24 Februari 2025",
    jabatan: ["Kepala Bappeda Provinsi Sumatera Barat,"],
    nama: "Dr. Ir. YULIANIS SUTAN MARAJO, M.T.",
    pangkat: "Pembina Utama Madya",
    nip: "19690427 199403 2 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rtr", "e1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi Rp 2024 of the trantibum programme adds TW I-III (5,693,450,000); TW IV (2,391,850,000) left out, 8,085,300,000",
    truth: `${a("q0r", "e1")}+${a("q1r", "e1")}+${a("q2r", "e1")}+${a("q3r", "e1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("cr", "e3") },
    rules: ["capaian-mismatch"],
    note: "capaian Rp of pendidikan politik caches 73.93 (before TW IV was entered); (5,214,700,000 + 1,951,700,000) / 9,600,000,000 x 100 = 74.65",
    truth: `ROUND(${a("sdr", "e3")}/${a("akr", "e3")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("rtk", "e2"), rules: ["sum-mismatch"], truth: a("q3k", "e2") });
  b.ok({
    sheet: S,
    cell: a("sdk", "e1"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: a("rtk", "e1"),
    trap: `${a("llk", "e1")}+${a("rtk", "e1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdk", "e3"),
    rules: ["sum-mismatch"],
    truth: `${a("llk", "e3")}+${a("rtk", "e3")}`,
    trap: a("rtk", "e3"),
  });
  b.ok({
    sheet: S,
    cell: a("ck", "e2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdk", "e2")}/${a("akk", "e2")}*100,2)`,
  });
  return b.finish();
}
