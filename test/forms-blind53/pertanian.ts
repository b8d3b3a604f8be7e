// The Dinas Pertanian (tanaman pangan dan hortikultura) of the invented Kabupaten Sebakung
// (Kalimantan Utara) and Kabupaten Wairatu (Maluku): an LKjIP capaian table 2024, a recap of the
// 2024 harvest per kecamatan per komoditas with a Sub Total per wilayah, and the rencana aksi of the
// Perjanjian Kinerja 2025 with targets per triwulan beside its Renstra. Every name and number is
// invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel Capaian IKU, Dinas Pertanian Tanaman Pangan dan Hortikultura Kab. Sebakung. */
export function lkjipPertanianSebakung(): BookW {
  const b = new BookW(
    "lkjip-2024-distan-tph-kabupaten-sebakung-tabel-capaian-sasaran.xlsx",
    "LKjIP capaian table",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | % Capaian 2024 | Kategori Capaian; produksi = luas panen x produktivitas / 10 (ku to ton); lahan puso share lower is better (refleksi); NTP above target",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEBAKUNG", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"], 1, { bold: true });
  s.gap();
  const SAS1 = "Meningkatnya produksi tanaman pangan";
  const SAS2 = "Meningkatnya kesejahteraan petani";
  type L = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    r23: number;
    t: number;
    r?: number;
    neg?: boolean;
  };
  const ls: L[] = [
    { id: "prod", sas: SAS1, ind: "Produktivitas padi", sat: "ku/ha", r23: 44.95, t: 46.8, r: 45.37 },
    { id: "tanam", sas: SAS1, ind: "Luas tanam padi", sat: "ha", r23: 20_118, t: 21_500, r: 19_842 },
    { id: "panen", sas: SAS1, ind: "Luas panen padi", sat: "ha", r23: 18_605, t: 20_400, r: 18_176 },
    { id: "gkg", sas: SAS1, ind: "Produksi padi (GKG)", sat: "ton", r23: 83_629, t: 95_470 },
    {
      id: "puso",
      sas: SAS1,
      ind: "Persentase luas lahan padi puso",
      sat: "%",
      r23: 4.6,
      t: 4.0,
      r: 3.1,
      neg: true,
    },
    {
      id: "ntp",
      sas: SAS2,
      ind: "Nilai Tukar Petani (NTP) subsektor tanaman pangan",
      sat: "indeks",
      r23: 101.87,
      t: 102.5,
      r: 104.18,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 12 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC, width: 12 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    { key: "c", head: ["% Capaian 2024"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "p", head: ["Kategori Capaian"], role: "predikat", width: 15 },
  ];
  // the Kategori: typed by hand after the capaian were computed
  const cats: Record<string, string> = {
    prod: "Sangat Tinggi",
    tanam: "Sangat Tinggi",
    // planted: luas panen 89.10 % put in the top band (Sangat Tinggi is above 90)
    panen: "Sangat Tinggi",
    gkg: "Tinggi",
    puso: "Sangat Tinggi",
    ntp: "Sangat Tinggi",
  };
  const rows: Row[] = ls.map((l, i): Row => ({
    id: l.id,
    cells: (x: Ctx) => {
      const r: Cell = l.r !== undefined ? l.r : fx(`ROUND(${x.a("r", "panen")}*${x.a("r", "prod")}/10,0)`);
      const c: Cell = l.neg
        ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
        : l.id === "tanam"
          ? // planted: the cached capaian of luas tanam is the one of the draft (realisasi 20,702)
            fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`, 96.29)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`);
      return { no: i + 1, sas: l.sas, ind: l.ind, sat: l.sat, r23: l.r23, t: l.t, r, c, p: cats[l.id] };
    },
  }));
  const t = s.table({ cols, headerRows: 1, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: produksi padi = luas panen x produktivitas : 10 (kuintal ke ton).",
    "Indikator lahan puso semakin kecil semakin baik; capaian = (2 x target - realisasi) : target x 100.",
    "Kategori: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Sebakung, 20 Februari 2025",
    jabatan: ["Kepala Dinas Pertanian Tanaman Pangan", "dan Hortikultura Kabupaten Sebakung"],
    nama: "Ir. HERMANUS LADJA BALIRA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "tanam") },
    rules: ["capaian-mismatch"],
    note: "capaian of luas tanam padi caches a stale 96.29 (the draft realisasi 20,702 ha); 19,842 / 21,500 x 100 = 92.29",
    truth: `ROUND(${a("r", "tanam")}/${a("t", "tanam")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "panen") },
    rules: ["predikat-mismatch"],
    note: "luas panen padi 18,176 / 20,400 = 89.10 % is Tinggi (> 75 s.d. 90), typed Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "panen")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "puso"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "puso")}-${a("r", "puso")})/${a("t", "puso")}*100,2)`,
    trap: `ROUND(${a("r", "puso")}/${a("t", "puso")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "ntp"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "ntp")}/${a("t", "ntp")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("r", "gkg"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `ROUND(${a("r", "panen")}*${a("r", "prod")}/10,0)`,
    trap: `${a("r", "panen")}+${a("r", "prod")}`,
  });
  b.ok({ sheet: S, cell: a("p", "gkg"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "gkg")})` });
  b.ok({
    sheet: S,
    cell: a("p", "prod"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c", "prod")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "prod"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "prod")}/${a("t", "prod")}*100,2)`,
  });
  return b.finish();
}

/** Rekap produksi tanaman pangan 2024 per kecamatan per komoditas (ton), Distan Kab. Wairatu. */
export function rekapPanenWairatu(): BookW {
  const b = new BookW(
    "rekap-produksi-tanaman-pangan-per-kecamatan-komoditas-distan-kab-wairatu-2024.xlsx",
    "harvest recap per kecamatan per komoditas",
    "No | Wilayah / Kecamatan | 'Produksi Komoditas (ton)' > Padi Sawah / Padi Ladang / Jagung / Kacang Tanah / Ubi Kayu / Ubi Jalar | Jumlah (ton); number row 1..9 with '9 = 3 s.d. 8'; wilayah heading rows, Sub Total per wilayah SUMs its kecamatan, TOTAL KABUPATEN adds the two Sub Totals",
  );
  const S = "Produksi 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI PRODUKSI TANAMAN PANGAN MENURUT KECAMATAN TAHUN 2024",
      "DINAS PERTANIAN KABUPATEN WAIRATU",
      "(dalam ton)",
    ],
    2,
    { bold: true },
  );
  s.gap();
  const KOM = ["Padi Sawah", "Padi Ladang", "Jagung", "Kacang Tanah", "Ubi Kayu", "Ubi Jalar"];
  const w1 = [
    { id: "a1", nm: "Wairatu Kota", v: [2_846, 0, 412, 96, 1_385, 274] },
    { id: "a2", nm: "Leihitu Timur", v: [4_127, 318, 956, 143, 2_204, 418] },
    { id: "a3", nm: "Nusalaut Tengah", v: [1_978, 506, 1_273, 211, 3_017, 562] },
  ];
  const w2 = [
    { id: "b1", nm: "Pulau Haruku Selatan", v: [0, 742, 1_518, 187, 2_690, 633] },
    { id: "b2", nm: "Tanjung Amahai", v: [1_204, 465, 884, 129, 1_756, 391] },
    { id: "b3", nm: "Teluk Kawa", v: [687, 238, 605, 74, 1_148, 257] },
  ];
  const H = "Produksi Komoditas (ton)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Wilayah / Kecamatan"], role: "lokasi", num: 2, width: 26 },
    ...KOM.map((n, i): Col => ({
      key: `k${i}`,
      head: [H, n],
      role: "realisasi",
      year: 2024,
      num: 3 + i,
      fmt: INT,
      width: 12,
    })),
    {
      key: "j",
      head: ["Jumlah (ton)"],
      role: "realisasi",
      year: 2024,
      num: "9 = 3 s.d. 8",
      fmt: INT,
      width: 13,
    },
  ];
  const kecRow = (k: { id: string; nm: string; v: number[] }, no: number): Row => ({
    id: k.id,
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = {
        no,
        kec: k.nm,
        // planted: the Jumlah of Tanjung Amahai typed 4,892 (4,829 with its last two digits swapped)
        j: k.id === "b2" ? 4_892 : fx(`SUM(${x.a("k0")}:${x.a("k5")})`),
      };
      k.v.forEach((v, i) => (c[`k${i}`] = v));
      return c;
    },
  });
  const sub = (id: string, label: string, f: string, l: string): Row => ({
    id,
    bold: true,
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = { kec: label };
      [...KOM.map((_, i) => `k${i}`), "j"].forEach((k) => {
        // planted: the Sub Total Wilayah II of jagung stops above Teluk Kawa
        const end = id === "st2" && k === "k2" ? "b2" : l;
        c[k] = fx(`SUM(${x.a(k, f)}:${x.a(k, end)})`);
      });
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "h1", bold: true, cells: { no: "I", kec: "WILAYAH PULAU WAIRATU" } },
      ...w1.map((k, i) => kecRow(k, i + 1)),
      sub("st1", "Sub Total Wilayah I", "a1", "a3"),
      { id: "h2", bold: true, cells: { no: "II", kec: "WILAYAH KEPULAUAN LEASE SELATAN" } },
      ...w2.map((k, i) => kecRow(k, i + 1)),
      sub("st2", "Sub Total Wilayah II", "b1", "b3"),
      {
        id: "tot",
        bold: true,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { kec: "TOTAL KABUPATEN" };
          [...KOM.map((_, i) => `k${i}`), "j"].forEach(
            (k) => (c[k] = fx(`${x.a(k, "st1")}+${x.a(k, "st2")}`)),
          );
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines(
    [
      "Sumber: Laporan Statistik Pertanian (SP) Tanaman Pangan, diolah Bidang Tanaman Pangan.",
      "Padi dalam Gabah Kering Giling (GKG); jagung pipilan kering; ubi dalam umbi basah.",
    ],
    2,
  );
  s.gap();
  signature(s, 7, {
    tempat: "Wairatu, 24 Januari 2025",
    jabatan: ["Kepala Bidang Tanaman Pangan"],
    nama: "YOHANIS M. LATUPEIRISSA, S.P.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820309 200903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "b2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Tanjung Amahai typed 4,892; 1,204 + 465 + 884 + 129 + 1,756 + 391 = 4,829 (last two digits swapped)",
    truth: `SUM(${a("k0", "b2")}:${a("k5", "b2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("k2", "st2") },
    rules: ["sum-mismatch"],
    note: "Sub Total Wilayah II of jagung =SUM over two of its three kecamatan (2,402); with Teluk Kawa (605) it is 3,007",
    truth: `SUM(${a("k2", "b1")}:${a("k2", "b3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k0", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("k0", "st1")}+${a("k0", "st2")}`,
    trap: `SUM(${a("k0", "a1")}:${a("k0", "st2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k4", "st1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("k4", "a1")}:${a("k4", "a3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "a2"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${a("k0", "a2")}:${a("k5", "a2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k1", "st2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("k1", "b1")}:${a("k1", "b3")})`,
  });
  return b.finish();
}

/** Rencana Aksi Perjanjian Kinerja 2025 (target per triwulan) with its Renstra, Distan Kab. Wairatu. */
export function rencanaAksiPkDistanWairatu(): BookW {
  const b = new BookW(
    "rencana-aksi-pk-2025-dinas-pertanian-kabupaten-wairatu-target-triwulan.xlsx",
    "Rencana Aksi Perjanjian Kinerja (target per triwulan)",
    "No | Sasaran | Indikator Kinerja | Satuan | Target PK 2025 | 'Target Triwulan' > TW-I..TW-IV | Sifat Target; luas tanam and kelompok tani cumulative (TW-IV = annual), produktivitas and NTP levels; second sheet 'Renstra 2025-2029' with the yearly targets",
  );
  const R = "Renstra 2025-2029";
  const P = "Rencana Aksi 2025";
  const s = b.sheet(P);
  const sr = b.sheet(R);
  type I = { id: string; sas: string; ind: string; sat: string; ren: number[]; tw: number[]; sif: string };
  const SA = "Meningkatnya produksi dan produktivitas tanaman pangan";
  const SB = "Meningkatnya kapasitas dan kesejahteraan petani";
  const is: I[] = [
    {
      id: "tanam",
      sas: SA,
      ind: "Luas tanam padi",
      sat: "ha",
      ren: [9_600, 9_850, 10_100, 10_400, 10_700],
      tw: [2_300, 4_900, 7_400, 9_600],
      sif: "Kumulatif",
    },
    {
      id: "prod",
      sas: SA,
      ind: "Produktivitas padi",
      sat: "ku/ha",
      ren: [42.5, 43.8, 44.6, 45.3, 46.0],
      tw: [40.8, 41.6, 42.1, 42.5],
      sif: "Posisi akhir triwulan",
    },
    {
      id: "opt",
      sas: SA,
      ind: "Luas serangan OPT pada padi dan jagung",
      sat: "ha",
      ren: [350, 330, 310, 290, 270],
      tw: [80, 170, 260, 350],
      sif: "Kumulatif (semakin kecil semakin baik)",
    },
    {
      id: "gap",
      sas: SB,
      ind: "Jumlah kelompok tani yang menerapkan GAP",
      sat: "kelompok",
      ren: [48, 56, 64, 72, 80],
      tw: [8, 20, 34, 48],
      sif: "Kumulatif",
    },
    {
      id: "ntp",
      sas: SB,
      ind: "Nilai Tukar Petani subsektor tanaman pangan",
      sat: "indeks",
      ren: [103.0, 103.6, 104.2, 104.8, 105.4],
      tw: [103.0, 103.0, 103.0, 103.0],
      sif: "Posisi akhir triwulan",
    },
  ];
  // the Renstra sheet
  sr.lines(["TARGET KINERJA RENSTRA DINAS PERTANIAN KABUPATEN WAIRATU 2025-2029"], 1, { bold: true });
  sr.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ...YRS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 10,
    })),
  ];
  const rt = sr.table({
    cols: rcols,
    headerRows: 2,
    rows: is.map((q, i): Row => {
      const c: Record<string, Cell> = { no: i + 1, ind: q.ind, sat: q.sat };
      q.ren.forEach((v, k) => (c[`y${YRS[k]}`] = Number.isInteger(v) ? v : fmt(v, DEC)));
      return { id: q.id, cells: c };
    }),
  });
  // the rencana aksi sheet
  letterhead(s, ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025", "DINAS PERTANIAN KABUPATEN WAIRATU"]);
  const TW = ["TW-I", "TW-II", "TW-III", "TW-IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: ["Target PK 2025"], role: "target", year: 2025, width: 11 },
    ...TW.map((q, k): Col => ({
      key: `q${k}`,
      head: ["Target Triwulan", q],
      role: "target",
      year: 2025,
      width: 10,
    })),
    { key: "sif", head: ["Sifat Target"], role: "keterangan", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: is.map((q, i): Row => {
      const f = (v: number) => (Number.isInteger(v) ? v : fmt(v, DEC));
      // planted: the PK target of produktivitas copied from the Renstra column of 2026
      const tv = q.id === "prod" ? q.ren[1] : q.ren[0];
      const c: Record<string, Cell> = { no: i + 1, sas: q.sas, ind: q.ind, sat: q.sat, t: f(tv), sif: q.sif };
      q.tw.forEach((v, k) => (c[`q${k}`] = f(v)));
      return { id: q.id, cells: c };
    }),
  });
  s.gap();
  s.lines([
    "Target triwulan indikator kumulatif dihitung sejak Januari; target TW-IV sama dengan target tahunan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Wairatu, 3 Februari 2025",
    jabatan: ["Kepala Dinas Pertanian", "Kabupaten Wairatu"],
    nama: "Ir. MARTHINUS J. SAHETAPY, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720118 199903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: { sheet: P, cell: a("t", "prod") },
    rules: ["cross-table-mismatch"],
    note: "Target PK 2025 of produktivitas padi typed 43.80, the Renstra target of 2026; the 2025 target is 42.50 (and TW-IV 42.50)",
    truth: ra("y2025", "prod"),
  });
  b.ok({
    sheet: P,
    cell: a("t", "tanam"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("q3", "tanam"),
    trap: `SUM(${a("q0", "tanam")}:${a("q3", "tanam")})`,
  });
  b.ok({
    sheet: P,
    cell: a("t", "ntp"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: ra("y2025", "ntp"),
    trap: `SUM(${a("q0", "ntp")}:${a("q3", "ntp")})`,
  });
  b.ok({
    sheet: P,
    cell: a("t", "opt"),
    rules: ["cross-table-mismatch", "target-trend"],
    truth: ra("y2025", "opt"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("y2029", "opt"),
    rules: ["target-trend"],
    truth: `${rt.a("y2028", "opt")}-20`,
  });
  return b.finish();
}
