// Indicator-target tables of the seventeenth unseen set: two Renstra tables on one sheet of a Dinas
// Kebersihan dan Pertamanan (Tabel 4.1 tujuan and sasaran targets 2025-2029 with the years in the
// header, Tabel 4.2 the office's indicators with "Th. 1" .. "Th. 5" resolved from the caption, the
// kondisi awal and akhir), and the Indikator Kinerja Daerah of a kabupaten's RPJMD 2025-2029 by misi
// (realisasi 2022 and 2023, kondisi awal 2024, targets 2025-2029, kondisi akhir). Every name and
// number is invented.
import { BookW, DEC, fmt, letterhead, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

const YR = [2025, 2026, 2027, 2028, 2029];

// ================================ Renstra 2025-2029 Bab IV, Disbertam Kota Sirnagalih

type RsIn = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** "rate" and "stock": kondisi akhir the last target; "flow": the sum of the five years */
  kind: "rate" | "stock" | "flow";
  neg?: boolean;
  f: string;
  ket: string;
};

type T41 = { id: string; no: string; ts: string; of: string };

/** Renstra 2025-2029 of the Dinas Kebersihan dan Pertamanan, Kota Sirnagalih: Tabel 4.1 and 4.2. */
export function renstraDisbertam(): BookW {
  const b = new BookW(
    "renstra-duatabel-disbertam-sirnagalih.xlsx",
    "Renstra tujuan/sasaran targets and office indicators, two tables on one sheet",
    "Renstra 2025-2029 Bab IV of a Dinas Kebersihan dan Pertamanan, one sheet: Tabel 4.1 No ('1', '1.1' ..) | Tujuan / Sasaran (merged over its indicators) | Indikator Tujuan / Sasaran | Satuan | 'Target Kinerja pada Tahun' > 2025 .. 2029; under it Tabel 4.2 No | Indikator Kinerja | Satuan | Kondisi Kinerja pada Awal Periode Renstra (2024) | 'Target Capaian Setiap Tahun' > Th. 1 .. Th. 5 (years only in the caption) | Kondisi Kinerja pada Akhir Periode Renstra | Keterangan; Adipura points, rates, a lower-is-better waste per capita, the managed RTH area (a stock: its kondisi akhir the last target), TPS3R built and parks revitalised (flows: the sum of the five years)",
  );
  const S = "Bab IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SIRNAGALIH",
    "DINAS KEBERSIHAN DAN PERTAMANAN",
    "Jl. Taman Sari No. 14 Sirnagalih",
  ]);
  s.lines([
    "RENCANA STRATEGIS DINAS KEBERSIHAN DAN PERTAMANAN KOTA SIRNAGALIH TAHUN 2025 - 2029",
    "BAB IV TUJUAN DAN SASARAN",
    "Tabel 4.1 Tujuan dan Sasaran Jangka Menengah Pelayanan Dinas Kebersihan dan Pertamanan",
  ]);
  s.gap();
  const inds: RsIn[] = [
    {
      id: "adipura",
      ind: "Nilai Adipura",
      sat: "poin",
      awal: 70.2,
      tg: [71.5, 73, 74.5, 76, 78],
      kind: "rate",
      f: DEC,
      ket: "IKU",
    },
    {
      id: "tangani",
      ind: "Persentase sampah yang tertangani",
      sat: "%",
      awal: 68.4,
      tg: [72, 75, 78, 81, 84],
      kind: "rate",
      f: DEC,
      ket: "IKU",
    },
    {
      id: "kurangi",
      ind: "Persentase sampah yang terkurangi",
      sat: "%",
      awal: 19.8,
      tg: [22, 24, 26, 28, 30],
      kind: "rate",
      f: DEC,
      ket: "IKU",
    },
    {
      id: "timbulan",
      ind: "Timbulan sampah per kapita per hari",
      sat: "kg/orang/hari",
      awal: 0.74,
      tg: [0.73, 0.71, 0.69, 0.67, 0.65],
      kind: "rate",
      neg: true,
      f: DEC,
      ket: "Polaritas negatif",
    },
    {
      id: "tps3r",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      awal: 3,
      tg: [2, 3, 3, 4, 4],
      kind: "flow",
      f: "0",
      ket: "-",
    },
    {
      id: "rth",
      ind: "Persentase luas RTH publik terhadap luas wilayah kota",
      sat: "%",
      awal: 13.6,
      tg: [14.2, 15, 15.8, 16.6, 17.5],
      kind: "rate",
      f: DEC,
      ket: "IKU",
    },
    {
      id: "luasrth",
      ind: "Luas RTH publik yang dipelihara",
      sat: "ha",
      awal: 386.4,
      tg: [392, 398.5, 405, 412, 420],
      kind: "stock",
      f: "#,##0.0",
      ket: "-",
    },
    {
      id: "pju",
      ind: "Persentase titik PJU dalam kondisi menyala",
      sat: "%",
      awal: 88.5,
      tg: [90, 92, 94, 95, 96],
      kind: "rate",
      f: DEC,
      ket: "IKU",
    },
    {
      id: "taman",
      ind: "Jumlah taman kota yang direvitalisasi",
      sat: "lokasi",
      awal: 2,
      tg: [3, 3, 4, 4, 5],
      kind: "flow",
      f: "0",
      ket: "-",
    },
  ];
  const T1 = "Tujuan: Mewujudkan lingkungan kota yang bersih, hijau dan terang";
  const t41: T41[] = [
    { id: "a", no: "1", ts: T1, of: "adipura" },
    { id: "b", no: "1.1", ts: "Sasaran: Meningkatnya pengelolaan sampah", of: "tangani" },
    { id: "c", no: "", ts: "Sasaran: Meningkatnya pengelolaan sampah", of: "kurangi" },
    { id: "d", no: "", ts: "Sasaran: Meningkatnya pengelolaan sampah", of: "timbulan" },
    {
      id: "e",
      no: "1.2",
      ts: "Sasaran: Meningkatnya kuantitas dan kualitas ruang terbuka hijau publik",
      of: "rth",
    },
    { id: "f", no: "1.3", ts: "Sasaran: Meningkatnya kualitas penerangan jalan umum", of: "pju" },
  ];
  const byId = new Map(inds.map((x) => [x.id, x]));
  // planted 1: kondisi akhir of the TPS3R built (a flow) is 4, the 2029 target; the five years add up to 16
  const PLANT_K = { id: "tps3r", v: 4 };
  // planted 2: Tabel 4.2's Th. 3 (2027) target of the RTH share is 18.50, 15.80 with its digits swapped;
  // Tabel 4.1 says 15.80
  const PLANT_X = { id: "rth", i: 2, v: 18.5 };
  if (sum(byId.get("tps3r")!.tg) !== 16) throw new Error("disbertam: tps3r");
  const cols41: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ts", head: ["Tujuan / Sasaran"], role: "sasaran", width: 34 },
    { key: "ind", head: ["Indikator Tujuan / Sasaran"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    ...YR.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja pada Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
  ];
  const t1 = s.table({
    cols: cols41,
    headerRows: 2,
    vmerge: ["ts"],
    rows: t41.map((r): Row => ({
      id: r.id,
      cells: () => {
        const x = byId.get(r.of)!;
        const cells: Record<string, Cell> = { no: r.no || undefined, ts: r.ts, ind: x.ind, sat: x.sat };
        x.tg.forEach((v, k) => (cells[`y${k}`] = fmt(v, x.f)));
        return cells;
      },
    })),
  });
  s.gap(2);
  s.lines([
    "Tabel 4.2 Indikator Kinerja Dinas Kebersihan dan Pertamanan yang Mengacu pada Tujuan dan Sasaran RPJMD Kota Sirnagalih Tahun 2025 - 2029",
  ]);
  s.gap();
  const cols42: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    {
      key: "awal",
      head: ["Kondisi Kinerja pada Awal Periode Renstra (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 12,
    },
    ...YR.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Capaian Setiap Tahun", `Th. ${i + 1}`],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
  ];
  const t2 = s.table({
    cols: cols42,
    headerRows: 2,
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const akhir = x.id === PLANT_K.id ? PLANT_K.v : x.kind === "flow" ? sum(x.tg) : x.tg[4];
        const cells: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          akhir: fmt(akhir, x.f),
          ket: x.ket,
        };
        x.tg.forEach(
          (v, k) => (cells[`y${k}`] = fmt(x.id === PLANT_X.id && k === PLANT_X.i ? PLANT_X.v : v, x.f)),
        );
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Kondisi kinerja pada akhir periode untuk indikator persentase, nilai, rasio dan luas adalah target tahun ke-5; untuk indikator jumlah sarana yang dibangun atau direvitalisasi adalah jumlah target tahun ke-1 s.d. ke-5.",
    "- Timbulan sampah per kapita berpolaritas negatif (semakin kecil semakin baik).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sirnagalih, 18 Juli 2025",
    jabatan: ["KEPALA DINAS KEBERSIHAN DAN PERTAMANAN", "KOTA SIRNAGALIH,"],
    nama: "YUDHA PERMANA NUGRAHA, S.T., M.Eng.",
    pangkat: "Pembina Tingkat I",
    nip: "19760907 200003 1 002",
  });

  const y1 = (id: string, k: number) => t1.a(`y${k}`, id);
  const y2 = (id: string, k: number) => t2.a(`y${k}`, id);
  const row41 = new Map(t41.map((r) => [r.of, r.id]));
  b.plant({
    at: { sheet: S, cell: t2.a("akhir", PLANT_K.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the TPS3R built (a flow by the note) is 4, the Th. 5 target; the five years add up to 2 + 3 + 3 + 4 + 4 = 16",
    truth: [0, 1, 2, 3, 4].map((k) => y2(PLANT_K.id, k)).join("+"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: y2(PLANT_X.id, PLANT_X.i) },
        { sheet: S, cell: y1(row41.get(PLANT_X.id)!, PLANT_X.i) },
      ],
    },
    rules: ["cross-table-mismatch", "target-trend", "target-outlier"],
    note: "Tabel 4.2's Th. 3 (2027) target of the persentase luas RTH publik is 18.50, 15.80 with its digits swapped: Tabel 4.1 gives 15.80 for 2027, and the path 15.00, 18.50, 16.60 breaks",
    truth: y1(row41.get(PLANT_X.id)!, PLANT_X.i),
  });
  for (const x of inds) {
    const ys = [0, 1, 2, 3, 4].map((k) => y2(x.id, k));
    if (x.id !== PLANT_K.id)
      b.ok({
        sheet: S,
        cell: t2.a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.kind === "flow" ? ys.join("+") : ys[4],
        trap: x.kind === "flow" ? ys[4] : ys.join("+"),
      });
    const r41 = row41.get(x.id);
    for (let k = 0; k < 5; k++) {
      if (x.id === PLANT_X.id && k === PLANT_X.i) continue;
      const rules: string[] = [];
      if (r41) rules.push("cross-table-mismatch");
      if (x.neg && k > 0) rules.push("target-trend");
      if (rules.length) b.ok({ sheet: S, cell: y2(x.id, k), rules, truth: r41 ? `${y1(r41, k)}` : ys[k] });
    }
    if (x.neg && r41)
      for (let k = 1; k < 5; k++)
        b.ok({ sheet: S, cell: y1(r41, k), rules: ["target-trend"], truth: y1(r41, k) });
  }
  return b.finish();
}

// ============================== RPJMD 2025-2029 Indikator Kinerja Daerah, Kabupaten Rancamaya

type IdIn = {
  id: string;
  misi: number;
  ind: string;
  sat: string;
  /** realisasi 2022, 2023, kondisi awal 2024, targets 2025 .. 2029 (numbers, or text such as WTP) */
  v: Array<number | string>;
  neg?: boolean;
  f: string;
  pd: string;
};

/** RPJMD 2025-2029 of Kabupaten Rancamaya: Tabel 8.1 Indikator Kinerja Daerah per misi. */
export function ikdRancamaya(): BookW {
  const b = new BookW(
    "ikd-awalakhir-bappeda-rancamaya.xlsx",
    "RPJMD Indikator Kinerja Daerah by misi",
    "RPJMD 2025-2029 of a kabupaten (Bappeda), Tabel 8.1 Indikator Kinerja Daerah: No | Indikator Kinerja Daerah | Satuan | 'Realisasi Capaian' > 2022 | 2023 | Kondisi Kinerja Awal RPJMD (2024) *) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Kinerja Akhir RPJMD (2029) | Perangkat Daerah Pengampu; number row 1 .. 13; misi rows 'I' .. 'III' across the table; IPM, UHH, RLS, stunting, growth, PDRB per kapita in Rp juta, poverty, TPT, Gini (three decimals), opini BPK as text (WTP), nilai SAKIP, desa mandiri (a stock)",
  );
  const S = "IKD 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RANCAMAYA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH (RPJMD) KABUPATEN RANCAMAYA TAHUN 2025 - 2029",
    "Tabel 8.1 Indikator Kinerja Daerah (IKD) Kabupaten Rancamaya",
  ]);
  s.gap();
  const MISI = [
    "MISI 1: Mewujudkan sumber daya manusia yang sehat, cerdas dan berdaya saing",
    "MISI 2: Mewujudkan perekonomian daerah yang tumbuh, merata dan berkelanjutan",
    "MISI 3: Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani",
  ];
  const rows: IdIn[] = [
    {
      id: "ipm",
      misi: 0,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      v: [69.84, 70.52, 71.18, 71.8, 72.45, 73.1, 73.75, 74.4],
      f: DEC,
      pd: "Bappeda, Dinas Pendidikan, Dinas Kesehatan",
    },
    {
      id: "uhh",
      misi: 0,
      ind: "Usia Harapan Hidup (UHH)",
      sat: "tahun",
      v: [71.62, 71.85, 72.06, 72.25, 72.45, 72.65, 72.85, 73.05],
      f: DEC,
      pd: "Dinas Kesehatan",
    },
    {
      id: "rls",
      misi: 0,
      ind: "Rata-rata Lama Sekolah (RLS)",
      sat: "tahun",
      v: [7.64, 7.78, 7.92, 8.05, 8.18, 8.31, 8.44, 8.57],
      f: DEC,
      pd: "Dinas Pendidikan",
    },
    {
      id: "stunting",
      misi: 0,
      ind: "Prevalensi balita stunting",
      sat: "%",
      v: [22.4, 19.6, 17.3, 15.8, 14.2, 12.6, 11, 9.5],
      neg: true,
      f: DEC,
      pd: "Dinas Kesehatan, DP3AP2KB",
    },
    {
      id: "lpe",
      misi: 1,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      v: [5.02, 4.96, 5.08, 5.2, 5.35, 5.5, 5.65, 5.8],
      f: DEC,
      pd: "Bappeda",
    },
    {
      id: "pdrb",
      misi: 1,
      ind: "PDRB per kapita atas dasar harga berlaku",
      sat: "Rp juta",
      v: [41.26, 44.05, 46.92, 49.9, 53.1, 56.5, 60.1, 63.95],
      f: DEC,
      pd: "Bappeda",
    },
    {
      id: "miskin",
      misi: 1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      v: [10.84, 10.21, 9.63, 9.1, 8.55, 8, 7.45, 6.9],
      neg: true,
      f: DEC,
      pd: "Dinas Sosial, Bappeda",
    },
    {
      id: "tpt",
      misi: 1,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      v: [5.91, 5.62, 5.3, 5.1, 4.9, 4.7, 4.5, 4.3],
      neg: true,
      f: DEC,
      pd: "Dinas Tenaga Kerja",
    },
    {
      id: "gini",
      misi: 1,
      ind: "Indeks Gini",
      sat: "indeks",
      v: [0.362, 0.357, 0.349, 0.345, 0.341, 0.337, 0.333, 0.329],
      neg: true,
      f: "0.000",
      pd: "Bappeda",
    },
    {
      id: "opini",
      misi: 2,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      sat: "opini",
      v: ["WTP", "WTP", "WTP", "WTP", "WTP", "WTP", "WTP", "WTP"],
      f: "@",
      pd: "BPKAD",
    },
    {
      id: "sakip",
      misi: 2,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "nilai",
      v: [62.15, 64.4, 66.05, 68, 70, 72, 74, 76],
      f: DEC,
      pd: "Bagian Organisasi Setda",
    },
    {
      id: "desa",
      misi: 2,
      ind: "Jumlah desa berstatus desa mandiri",
      sat: "desa",
      v: [18, 27, 35, 42, 50, 58, 66, 75],
      f: "0",
      pd: "DPMD",
    },
  ];
  // planted 1: kondisi akhir of the IPM (an index) is 74.04, the 2029 target 74.40 with two digits swapped
  const PLANT_K = { id: "ipm", v: 74.04 };
  // planted 2: the 2027 target of the PDRB per kapita (Rp juta) is 56,500,000: the amount in rupiah
  // pasted into a row kept in millions (56.50)
  const PLANT_S = { id: "pdrb", i: 5, v: 56_500_000 };
  const KEYS = ["r22", "r23", "awal", "y0", "y1", "y2", "y3", "y4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja Daerah"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    { key: "r22", head: ["Realisasi Capaian", "2022"], role: "realisasi", year: 2022, num: 4, width: 9 },
    { key: "r23", head: ["Realisasi Capaian", "2023"], role: "realisasi", year: 2023, num: 5, width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal RPJMD (2024) *)"],
      role: "kondisi-awal",
      year: 2024,
      num: 6,
      width: 11,
    },
    ...YR.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      num: 7 + i,
      width: 9,
    })),
    {
      key: "akhir",
      head: ["Kondisi Kinerja Akhir RPJMD (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      num: 12,
      width: 11,
    },
    { key: "pd", head: ["Perangkat Daerah Pengampu"], role: "penanggung-jawab", num: 13, width: 26 },
  ];
  const body: Row[] = [];
  MISI.forEach((m, j) => {
    body.push({ id: `m${j}`, bold: true, span: ["ind", "pd"], cells: { no: ["I", "II", "III"][j], ind: m } });
    for (const x of rows.filter((q) => q.misi === j))
      body.push({
        id: x.id,
        cells: () => {
          const cells: Record<string, Cell> = { no: rows.indexOf(x) + 1, ind: x.ind, sat: x.sat, pd: x.pd };
          x.v.forEach((v, k) => {
            const w = x.id === PLANT_S.id && k === PLANT_S.i ? PLANT_S.v : v;
            cells[KEYS[k]] =
              typeof w === "number" ? fmt(w, x.id === PLANT_S.id && k === PLANT_S.i ? "#,##0" : x.f) : w;
          });
          const last = x.v[7];
          cells.akhir =
            x.id === PLANT_K.id ? fmt(PLANT_K.v, x.f) : typeof last === "number" ? fmt(last, x.f) : last;
          return cells;
        },
      });
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan:",
    "*) Angka sementara BPS Kabupaten Rancamaya; PDRB per kapita dalam juta rupiah.",
    "Indikator prevalensi balita stunting, persentase penduduk miskin, TPT dan Indeks Gini berpolaritas negatif. Kondisi kinerja akhir RPJMD adalah target tahun 2029.",
  ]);
  s.gap();
  // the Bupati signs alone, without NIP
  s.lines(["Rancamaya, 20 Agustus 2025", "BUPATI RANCAMAYA,"], 10);
  s.gap(3);
  s.lines(["Dr. H. ACHMAD FAUZAN RIDWANSYAH, M.Si."], 10, { bold: true });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_K.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the IPM is 74.04; the 2029 target, which the note makes the kondisi akhir, is 74.40 (two digits swapped)",
    truth: a("y4", PLANT_K.id),
  });
  b.plant({
    at: { sheet: S, cell: a(`y${PLANT_S.i - 3}`, PLANT_S.id) },
    rules: ["number-scale", "target-outlier", "target-trend"],
    note: "the 2027 target of the PDRB per kapita (Rp juta) is 56,500,000, the amount in rupiah pasted into a row kept in millions; between 53.10 (2026) and 60.10 (2028) it is 56.50",
    truth: `(${a("y1", PLANT_S.id)}+${a("y3", PLANT_S.id)})/2`,
    tol: 0.5,
  });
  for (const x of rows) {
    const ys = [0, 1, 2, 3, 4].map((k) => a(`y${k}`, x.id));
    if (x.id !== PLANT_K.id)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: ys[4],
        // the rates, indices and the stock of desa mandiri end at their last target, not the sum
        trap: typeof x.v[7] === "number" ? ys.join("+") : undefined,
      });
    if (x.neg)
      for (let k = 0; k < 5; k++) b.ok({ sheet: S, cell: ys[k], rules: ["target-trend"], truth: ys[k] });
  }
  for (const k of ["r22", "r23", "awal", "y0"])
    b.ok({ sheet: S, cell: a(k, "pdrb"), rules: ["number-scale"], truth: a(k, "pdrb") });
  return b.finish();
}
