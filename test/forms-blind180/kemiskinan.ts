// Penanggulangan kemiskinan (TKPKD): an LKjIP measurement table of a Bappeda in Sumatera Barat with
// negative indicators measured by the rasio T / R x 100, a Perjanjian Kinerja of a Bappeda in Maluku
// Utara with its Renstra 2025-2029 (the PK and its program budget side by side), and a provincial
// recap of poverty and DTKS per kabupaten / kota in Maluku Utara. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const en = (n: number) => n.toLocaleString("en");

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
  r22: number;
};

export function lkjipKemiskinanSumbar(): BookW {
  const b = new BookW(
    "lkjip-tkpkd-bappeda-pasaman-tangah-2024.xlsx",
    "LKjIP 2024 measurement table of a Bappeda (kemiskinan, TPB)",
    "LKjIP 2024 Tabel 3.1 of the Bappeda of an invented kabupaten in Sumatera Barat: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Sifat Indikator (Positif / Negatif) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | 'Realisasi Tahun Sebelumnya' > 2023 | 2022; capaian R / T x 100 for positives and T / R x 100 for negatives (note below); typed predikat; Rata-rata and predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BAPPEDA KABUPATEN PASAMAN TANGAH", "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Menurunnya angka kemiskinan daerah";
  const S2 = "Meningkatnya kualitas data dan pencapaian TPB";
  const X: Ind[] = [
    {
      id: "r1",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      neg: true,
      t: 6.45,
      r: 6.21,
      r23: 6.58,
      r22: 6.74,
    },
    {
      id: "r2",
      sas: S1,
      ind: "Indeks Kedalaman Kemiskinan (P1)",
      sat: "indeks",
      neg: true,
      t: 0.98,
      r: 1.07,
      r23: 1.02,
      r22: 1.11,
    },
    {
      id: "r3",
      sas: S1,
      ind: "Indeks Keparahan Kemiskinan (P2)",
      sat: "indeks",
      neg: true,
      t: 0.22,
      r: 0.25,
      r23: 0.24,
      r22: 0.27,
    },
    {
      id: "r4",
      sas: S1,
      ind: "Persentase penduduk miskin ekstrem",
      sat: "%",
      neg: true,
      t: 0.4,
      r: 0.31,
      r23: 0.62,
      r22: 0.95,
    },
    {
      id: "r5",
      sas: S2,
      ind: "Persentase rumah tangga DTKS yang dimutakhirkan",
      sat: "%",
      neg: false,
      t: 95,
      r: 88.6,
      r23: 81.4,
      r22: 72.9,
    },
    {
      id: "r6",
      sas: S2,
      ind: "Persentase indikator TPB yang mencapai target",
      sat: "%",
      neg: false,
      t: 65,
      r: 47.5,
      r23: 44.2,
      r22: 40.1,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? (x.t / x.r) * 100 : (x.r / x.t) * 100);
  const T = "Tahun 2024";
  const RS = "Realisasi Tahun Sebelumnya";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sif", head: ["Sifat Indikator"], role: "polaritas", width: 9 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [T, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [T, "Predikat"], role: "predikat", year: 2024, width: 11 },
    { key: "r23", head: [RS, "2023"], role: "realisasi", year: 2023, width: 9 },
    { key: "r22", head: [RS, "2022"], role: "realisasi", year: 2022, width: 9 },
  ];
  const avg = round(X.reduce((n, x) => n + cap(x), 0) / X.length);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...X.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          sif: x.neg ? "Negatif" : "Positif",
          t: x.t,
          r: x.r,
          // planted: r3 (negative) computed with the positive formula
          c: fx(
            x.neg && x.id !== "r3"
              ? `ROUND(${c.a("t")}/${c.a("r")}*100,2)`
              : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
          ),
          // planted: r2's 91.59 written "Baik"
          p: x.id === "r2" ? "Baik" : predikatBaik(cap(x)),
          r23: x.r23,
          r22: x.r22,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "r1")}:${c.a("c", "r6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator negatif (semakin kecil semakin baik) dihitung Target / Realisasi x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Sumber: BPS Kabupaten Pasaman Tangah (Susenas Maret 2024), Dinas Sosial (DTKS), Sekretariat TPB.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Koto Tangah, 25 Februari 2025",
    jabatan: ["KEPALA BAPPEDA,"],
    nama: "YULIANDRI, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770611 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "r3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of P2 (Negatif) is =ROUND(R/T*100,2) = 113.64 while the other negative rows use T/R; 0.22 / 0.25 x 100 gives 88.00",
    truth: `ROUND(${a("t", "r3")}/${a("r", "r3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "r2") },
    rules: ["predikat-mismatch"],
    note: "Predikat of P1 is 'Baik' for a capaian of 91.59 (0.98 / 1.07); above 90 is Sangat Baik by the note",
    truth: `PREDIKAT_BAIK(${a("c", "r2")})`,
  });
  // negative rows by T / R, not R / T
  for (const id of ["r1", "r2", "r4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("t", id)}/${a("r", id)}*100,2)`,
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["r5", "r6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["r1", "r4", "r5", "r6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

type Pk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  tg: number[];
  pk?: number;
};
const YR = [2025, 2026, 2027, 2028, 2029];

export function pkRenstraMalut(): BookW {
  const b = new BookW(
    "pk-renstra-bappeda-gamalama-timur-2025.xlsx",
    "PK 2025 of a Bappeda with its Renstra 2025-2029",
    "Sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, and beside it (one empty column) No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; statement above, both parties sign below. Sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const PS = "PK 2025";
  const RS = "Renstra 2025-2029";
  const ps = b.sheet(PS);
  letterhead(ps, ["PEMERINTAH KOTA GAMALAMA TIMUR", "PERJANJIAN KINERJA TAHUN 2025"]);
  ps.lines([
    "Kami yang bertanda tangan di bawah ini: Kepala Bappeda Kota Gamalama Timur (pihak pertama) dan Wali Kota Gamalama Timur (pihak kedua),",
    "berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  ps.gap();
  const S1 = "Menurunnya kemiskinan dan kemiskinan ekstrem";
  const S2 = "Meningkatnya kualitas perencanaan pembangunan berkelanjutan";
  const X: Pk[] = [
    {
      id: "p1",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      level: true,
      awal: 6.38,
      tg: [6.2, 6.0, 5.8, 5.6, 5.4],
    },
    {
      id: "p2",
      sas: S1,
      ind: "Persentase penduduk miskin ekstrem",
      sat: "%",
      level: true,
      awal: 0.45,
      tg: [0.3, 0.2, 0.12, 0.06, 0.02],
    },
    {
      id: "p3",
      sas: S2,
      ind: "Persentase indikator TPB yang tercapai",
      sat: "%",
      level: true,
      awal: 61.5,
      tg: [63, 65, 67, 69, 71],
      pk: 65,
    },
    {
      id: "p4",
      sas: S2,
      ind: "Persentase KK DTKS yang terverifikasi dan tervalidasi",
      sat: "%",
      level: true,
      awal: 82,
      tg: [85, 88, 91, 94, 97],
    },
    {
      id: "p5",
      sas: S2,
      ind: "Jumlah dokumen perencanaan dan evaluasi penanggulangan kemiskinan",
      sat: "dokumen",
      level: false,
      awal: 2,
      tg: [3, 3, 3, 3, 3],
    },
  ];
  const pk = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: X.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.pk ?? x.tg[0] },
    })),
  });
  const PR = [
    { id: "g1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_842_315_000 },
    { id: "g2", nm: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", rp: 2_417_860_000 },
    { id: "g3", nm: "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", rp: 1_285_440_000 },
  ];
  const top = pk.top;
  const prog = ps.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Program"], width: 40 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
        { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
      ],
      headerRows: 1,
      rows: [
        ...PR.map((p, i): Row => ({ id: p.id, cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: "APBD" } })),
        // planted: the Jumlah stops one program short
        {
          id: "jml",
          bold: true,
          span: ["no", "nm"],
          cells: (c: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g2")})`) }),
        },
      ],
    },
    7,
    top,
  );
  ps.gap();
  signature(ps, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["WALI KOTA GAMALAMA TIMUR,"],
    nama: "H. M. SYARIF DJAFAR, S.E.",
    nip: "-",
  });
  const rs = b.sheet(RS);
  letterhead(rs, ["BAPPEDA KOTA GAMALAMA TIMUR", "RENCANA STRATEGIS 2025-2029"]);
  rs.lines(["Tabel 6.1 Target Kinerja Sasaran Strategis"]);
  rs.gap();
  const TK = "Target Kinerja Tahun";
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YR.map((y): Col => ({ key: `y${y}`, head: [TK, String(y)], role: "target", year: y, width: 8 })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: X.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        YR.forEach((y, j) => (out[`y${y}`] = x.tg[j]));
        out.ka = x.level ? fx(c.a("y2029")) : fx(YR.map((y) => c.a(`y${y}`)).join("+"));
        return out;
      },
    })),
  });
  const q = `'${RS}'!`;
  b.plant({
    at: {
      anyOf: [
        { sheet: PS, cell: pk.a("t", "p3") },
        { sheet: RS, cell: rt.a("y2025", "p3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of 'Persentase indikator TPB yang tercapai' is 65, the Renstra 2026 target; the Renstra 2025 target is 63",
    truth: `${q}${rt.a("y2025", "p3")}`,
  });
  b.plant({
    at: { sheet: PS, cell: prog.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggaran is =SUM over the first two programs (${en(PR[0].rp + PR[1].rp)}); with the 1,285,440,000 of the Program Koordinasi dan Sinkronisasi it is ${en(PR[0].rp + PR[1].rp + PR[2].rp)}`,
    truth: PR.map((p) => prog.a("rp", p.id)).join("+"),
  });
  for (const id of ["p1", "p2", "p4", "p5"])
    b.ok({
      sheet: PS,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `${q}${rt.a("y2025", id)}`,
    });
  for (const id of ["p1", "p3", "p4"])
    b.ok({
      sheet: RS,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YR.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: RS,
    cell: rt.a("ka", "p5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YR.map((y) => rt.a(`y${y}`, "p5")).join("+"),
  });
  b.ok({ sheet: RS, cell: rt.a("y2029", "p1"), rules: ["target-trend"], truth: "5.4" });
  b.ok({ sheet: RS, cell: rt.a("y2029", "p2"), rules: ["target-trend"], truth: "0.02" });
  return b.finish();
}

type Kab = {
  id: string;
  nm: string;
  pop: number;
  mis: number;
  p1: number;
  p2: number;
  dtks: number;
  padan: number;
};

export function rekapKemiskinanMalut(): BookW {
  const b = new BookW(
    "rekap-kemiskinan-dtks-kabkota-malut-2024.xlsx",
    "Sector recap: poverty and DTKS per kabupaten / kota (TKPK provinsi)",
    "Recap of the TKPK of Maluku Utara (invented kabupaten / kota), Maret 2024: No | Kabupaten / Kota | Jumlah Penduduk (ribu jiwa) | Penduduk Miskin (ribu jiwa) | Persentase Penduduk Miskin (%) | P1 | P2 | Jumlah KK DTKS | KK DTKS Padan NIK | Persentase Padan (%); number row (1) .. (10) with '(5) = (4) / (3) x 100' and '(10) = (9) / (8) x 100'; a Provinsi row with sums and ratios of the sums",
  );
  const S = "Rekap Kab-Kota";
  const s = b.sheet(S);
  letterhead(s, [
    "TIM KOORDINASI PENANGGULANGAN KEMISKINAN (TKPK) PROVINSI MALUKU UTARA",
    "Sekretariat: Bappeda Provinsi, Sofifi",
  ]);
  s.lines(["REKAPITULASI INDIKATOR KEMISKINAN DAN DTKS MENURUT KABUPATEN/KOTA", "KONDISI MARET 2024"]);
  s.gap();
  const K: Kab[] = [
    {
      id: "k1",
      nm: "Kab. Halmahera Loloda",
      pop: 152.41,
      mis: 11.63,
      p1: 1.21,
      p2: 0.28,
      dtks: 14_218,
      padan: 13_642,
    },
    {
      id: "k2",
      nm: "Kab. Oba Raya",
      pop: 98.73,
      mis: 13.92,
      p1: 2.34,
      p2: 0.61,
      dtks: 12_906,
      padan: 12_311,
    },
    { id: "k3", nm: "Kab. Kie Besi", pop: 71.26, mis: 5.21, p1: 0.94, p2: 0.19, dtks: 6_433, padan: 6_208 },
    {
      id: "k4",
      nm: "Kab. Gane Barat Raya",
      pop: 64.58,
      mis: 7.48,
      p1: 1.87,
      p2: 0.44,
      dtks: 8_115,
      padan: 8_511,
    },
    {
      id: "k5",
      nm: "Kab. Pulau Makian Jaya",
      pop: 39.84,
      mis: 3.06,
      p1: 1.12,
      p2: 0.25,
      dtks: 3_874,
      padan: 3_702,
    },
    {
      id: "k6",
      nm: "Kab. Sula Besi",
      pop: 118.67,
      mis: 9.71,
      p1: 1.45,
      p2: 0.33,
      dtks: 10_552,
      padan: 9_987,
    },
    {
      id: "k7",
      nm: "Kota Gamalama Timur",
      pop: 212.35,
      mis: 6.02,
      p1: 0.41,
      p2: 0.08,
      dtks: 9_781,
      padan: 9_560,
    },
    { id: "k8", nm: "Kota Dufa-Dufa", pop: 64.12, mis: 5.44, p1: 0.88, p2: 0.17, dtks: 6_020, padan: 5_874 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 24 },
    { key: "pop", head: ["Jumlah Penduduk (ribu jiwa)"], num: "(3)", fmt: DEC, width: 11 },
    {
      key: "mis",
      head: ["Penduduk Miskin", "Jumlah (ribu jiwa)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: DEC,
      width: 11,
    },
    {
      key: "pct",
      head: ["Penduduk Miskin", "Persentase (%)"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (4) / (3) x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "p1",
      head: ["Indeks Kedalaman Kemiskinan (P1)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: DEC,
      width: 10,
    },
    {
      key: "p2",
      head: ["Indeks Keparahan Kemiskinan (P2)"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: DEC,
      width: 10,
    },
    {
      key: "dtks",
      head: ["Data Terpadu Kesejahteraan Sosial", "Jumlah KK"],
      num: "(8)",
      fmt: INT,
      width: 11,
    },
    {
      key: "padan",
      head: ["Data Terpadu Kesejahteraan Sosial", "KK Padan NIK"],
      num: "(9)",
      fmt: INT,
      width: 11,
    },
    {
      key: "pp",
      head: ["Data Terpadu Kesejahteraan Sosial", "Persentase Padan (%)"],
      num: "(10) = (9) / (8) x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  const sumC = (k: string, c: Ctx) => `SUM(${c.a(k, "k1")}:${c.a(k, "k8")})`;
  const dtksSum = K.reduce((n, k) => n + k.dtks, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: k.nm,
          pop: k.pop,
          mis: k.mis,
          pct: fx(`ROUND(${c.a("mis")}/${c.a("pop")}*100,2)`),
          p1: k.p1,
          p2: k.p2,
          dtks: k.dtks,
          padan: k.padan,
          pp: fx(`ROUND(${c.a("padan")}/${c.a("dtks")}*100,2)`),
        }),
      })),
      {
        id: "prov",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "Provinsi Maluku Utara",
          pop: fx(sumC("pop", c)),
          mis: fx(sumC("mis", c)),
          pct: fx(`ROUND(${c.a("mis")}/${c.a("pop")}*100,2)`),
          p1: 1.18,
          p2: 0.27,
          // planted: a typed total, digits swapped
          dtks: dtksSum + 90,
          padan: fx(sumC("padan", c)),
          pp: fx(`ROUND(${c.a("padan")}/${c.a("dtks")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: BPS Provinsi Maluku Utara (Susenas Maret 2024); Dinas Sosial Provinsi (DTKS Desember 2023).",
    "P1 dan P2 provinsi adalah angka BPS provinsi, bukan rata-rata kabupaten/kota.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sofifi, 15 Juli 2024",
    jabatan: ["Sekretaris TKPK Provinsi Maluku Utara,", "Kepala Bappeda Provinsi"],
    nama: "Dr. RAHMAN HI. ISMAIL, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710907 199703 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pp", "k4") },
        { sheet: S, cell: a("padan", "k4") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Gane Barat Raya: KK padan NIK typed 8,511 (the DTKS 8,115 with digits swapped) gives a persentase padan of 104.88; the Dinsos report has 7,915 padan, 97.54 %",
    truth: `ROUND(7915/${a("dtks", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("dtks", "prov") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Provinsi Jumlah KK DTKS is a typed ${en(dtksSum + 90)} among SUM formulas; the eight kabupaten / kota give ${en(dtksSum)} (digits swapped)`,
    truth: `SUM(${a("dtks", "k1")}:${a("dtks", "k8")})`,
  });
  for (const k of ["pop", "mis"])
    b.ok({
      sheet: S,
      cell: a(k, "prov"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "k1")}:${a(k, "k8")})`,
    });
  // the provincial percentage is the ratio of the sums, not the sum or the mean of the rows
  b.ok({
    sheet: S,
    cell: a("pct", "prov"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("mis", "k1")}:${a("mis", "k8")})/SUM(${a("pop", "k1")}:${a("pop", "k8")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k8")}),2)`,
  });
  for (const id of ["k1", "k2", "k7"]) {
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("mis", id)}/${a("pop", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("pp", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("padan", id)}/${a("dtks", id)}*100,2)`,
    });
  }
  return b.finish();
}
