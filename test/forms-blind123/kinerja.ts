// Performance tables of the Bagian Tata Pemerintahan of Setda offices in Maluku Utara: the LKjIP 2024
// measurement of a kabupaten (batas desa, nilai LPPD, konflik batas lower is better, PATEN) with its
// computation table, the PK 2025 of a city's Kabag Tapem with the Renstra Setda 2025-2029 ("Tahun I ..
// V", years only in the title), and an IKU matrix with definitions, formulas and SAKIP letters with
// scores. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  sakip,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================ Bagian Tata Pemerintahan Setda Kabupaten Oba Tengah Raya, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipTapem(): BookW {
  const b = new BookW(
    "lkjip-2024-tapem-setda-oba-tengah-raya.xlsx",
    "LKjIP pengukuran kinerja (Bagian Tata Pemerintahan)",
    "LKjIP 2024 Tabel 3.1 of a Bagian Tata Pemerintahan in Maluku Utara: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra (2026) | Capaian thd Renstra (%); ROUND formulas, refleksi on the lower-is-better konflik row; Rata-rata row; Tabel 3.2 under it: counts of segmen and kecamatan",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN OBA TENGAH RAYA",
    "SEKRETARIAT DAERAH - BAGIAN TATA PEMERINTAHAN",
    "Jl. Raya Payahe Km. 4, Oba Tengah Raya",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Bagian Tata Pemerintahan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kepastian batas wilayah desa dan kecamatan";
  const S2 = "Meningkatnya kualitas penyelenggaraan pemerintahan daerah";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase segmen batas desa yang telah ditetapkan dengan Peraturan Bupati",
      sat: "%",
      r23: 55,
      t: 70,
      r: 66.67,
      t26: 85,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah konflik batas wilayah antar desa yang belum terselesaikan",
      sat: "kasus",
      r23: 9,
      t: 6,
      r: 4,
      t26: 3,
      neg: true,
      f: "0",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Nilai Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)",
      sat: "skor",
      r23: 2.9364,
      t: 3.1,
      r: 3.0124,
      t26: 3.3,
      f: "0.0000",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase kecamatan yang menerapkan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      sat: "%",
      r23: 70,
      t: 80,
      // planted: 9 kecamatan divided by the 8 targeted, not by the 10 kecamatan
      r: 112.5,
      t26: 100,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase rekomendasi evaluasi penyelenggaraan pemerintahan kecamatan yang ditindaklanjuti",
      sat: "%",
      r23: 61.9,
      t: 75,
      r: 68.42,
      t26: 85,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 11 },
    {
      key: "c26",
      head: ["Capaian thd Target Akhir Renstra (%)"],
      role: "capaian",
      year: 2026,
      fmt: DEC,
      width: 12,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: i5's capaian divides the realisasi of 2023 by the target
          c: fx(
            x.neg
              ? refl(c.a("r"), c.a("t"))
              : x.id === "i5"
                ? rt(c.a("r23"), c.a("t"))
                : rt(c.a("r"), c.a("t")),
          ),
          p: x.id === "i5" ? predikatBaik(round((x.r23 / x.t) * 100)) : predikatBaik(capOf(x)),
          t26: fmt(x.t26, x.f),
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 2 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Data Dukung Perhitungan Indikator Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 50 },
      { key: "v", head: ["Jumlah / Nilai 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 14 },
    ],
    headerRows: 1,
    rows: [
      { id: "sg", cells: { no: "1", u: "Jumlah segmen batas antar desa", v: fmt(60, "0") } },
      { id: "sp", cells: { no: "", u: "Segmen yang telah ditetapkan dengan Perbup", v: fmt(40, "0") } },
      {
        id: "sgp",
        cells: (c) => ({
          no: "",
          u: "Persentase (%)",
          v: fx(`ROUND(${c.a("v", "sp")}/${c.a("v", "sg")}*100,2)`),
        }),
      },
      { id: "kc", cells: { no: "2", u: "Jumlah kecamatan", v: fmt(10, "0") } },
      { id: "kp", cells: { no: "", u: "Kecamatan yang telah menerapkan PATEN", v: fmt(9, "0") } },
      {
        id: "kpp",
        cells: (c) => ({
          no: "",
          u: "Persentase (%)",
          v: fx(`ROUND(${c.a("v", "kp")}/${c.a("v", "kc")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Payahe, 26 Februari 2025",
    jabatan: ["Kepala Bagian Tata Pemerintahan,"],
    nama: "ABDUL GANI HI. MUHAMMAD, S.IP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19810927 200604 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i4") },
    rules: ["percent-out-of-range"],
    note: "Realisasi of the PATEN percentage is 112.50 %: 9 kecamatan divided by the 8 targeted; Tabel 3.2 gives 9 of 10 kecamatan = 90.00 %",
    truth: t2.a("v", "kpp"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the rekomendasi row is =ROUND(Realisasi 2023 / Target * 100,2) = 82.53, the formula points at the 2023 column; 68.42 / 75 gives 91.23",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  for (const x of rows) {
    if (x.id === "i5") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== "i4") {
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // the konflik row is lower is better: its capaian is the refleksi, not R / T
        trap: x.neg ? rt(R, T) : undefined,
      });
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
      b.ok({
        sheet: S,
        cell: a("c26", x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(R, a("t26", x.id)) : rt(R, a("t26", x.id)),
      });
    }
  }
  b.ok({ sheet: S, cell: a("t26", "i2"), rules: ["target-trend"], truth: "3" });
  b.ok({
    sheet: S,
    cell: a("r", "i1"),
    rules: ["cross-table-mismatch", "percent-out-of-range"],
    truth: t2.a("v", "sgp"),
  });
  return b.finish();
}

// ====================== Bagian Tata Pemerintahan Setda Kota Gamalama Timur: PK 2025 and Renstra 2025-2029

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
  f: string;
};

export function pkTapem(): BookW {
  const b = new BookW(
    "pk-2025-kabag-tapem-renstra-setda-gamalama-timur.xlsx",
    "PK 2025 and Renstra Setda 2025-2029 (Bagian Tata Pemerintahan)",
    "sheet 'PK 2025': statement, Tabel Sasaran: No | Sasaran | Indikator Kinerja | Satuan | Target; Tabel Anggaran: No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with two kegiatan and a typed Jumlah; sheet 'Renstra Setda': Kondisi Awal | 'Target Kinerja' > Tahun I .. Tahun V (2025-2029 only in the title) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra Setda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA GAMALAMA TIMUR", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : FAHRUDDIN HI. UMAR, S.STP., M.AP. - Jabatan : Kepala Bagian Tata Pemerintahan (Pihak Pertama)",
    "Nama : Dr. RAHMAWATI SOLEMAN, M.Si. - Jabatan : Asisten Pemerintahan dan Kesejahteraan Rakyat (Pihak Kedua)",
    "Pihak Pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase segmen batas kelurahan yang telah ditegaskan",
      sat: "%",
      awal: 58.33,
      tg: [66.67, 75, 83.33, 91.67, 100],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Nilai LPPD Kota (skala 4)",
      sat: "skor",
      awal: 3.0215,
      tg: [3.05, 3.1, 3.15, 3.2, 3.25],
      f: "0.0000",
    },
    {
      id: "r3",
      ind: "Jumlah sengketa batas kelurahan yang belum terselesaikan",
      sat: "segmen",
      awal: 5,
      tg: [4, 3, 3, 2, 1],
      neg: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Jumlah rancangan Perwali penataan kelurahan yang difasilitasi",
      sat: "dokumen",
      awal: 2,
      tg: [2, 3, 2, 2, 1],
      flow: true,
      f: "0",
    },
    {
      id: "r5",
      ind: "Persentase kelurahan dengan profil kelurahan yang diperbarui",
      sat: "%",
      awal: 64.29,
      tg: [71.43, 78.57, 85.71, 92.86, 100],
      f: DEC,
    },
  ];
  // planted: the PK target of the LPPD score is the Tahun II target (3.10), the Renstra Tahun I is 3.05
  const pkTarget = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  s.lines(["Lampiran I - Sasaran dan Indikator Kinerja"]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya tertib administrasi kewilayahan"
            : "Meningkatnya kualitas tata kelola kelurahan",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkTarget(x), x.f),
      },
    })),
  });
  s.gap();
  s.lines(["Lampiran II - Program, Kegiatan dan Anggaran"]);
  const subs: Array<[string, string, string, number]> = [
    ["a1", "4.01.02.2.01.0001", "Fasilitasi Penataan Wilayah dan Batas Kelurahan", 318_450_000],
    ["a2", "4.01.02.2.01.0002", "Fasilitasi Penyelenggaraan Pemerintahan Kelurahan", 276_900_000],
    ["b1", "4.01.02.2.02.0001", "Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah", 412_750_000],
    [
      "b2",
      "4.01.02.2.02.0002",
      "Fasilitasi Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah",
      240_550_000,
    ],
  ];
  const total = sum(subs.map((x) => x[3]));
  // planted: the Jumlah is typed with two digits swapped
  const typedTotal = 1_284_650_000;
  if (total !== 1_248_650_000) throw new Error(`pk total ${total}`);
  const subRow = ([id, kode, nm, rp]: [string, string, string, number]): Row => ({
    id,
    cells: { kode, nm, rp, ket: "DAU" },
  });
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "4.01.02",
          nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
          rp: fx(`${c.a("rp", "ka")}+${c.a("rp", "kb")}`),
          ket: "APBD 2025",
        }),
      },
      {
        id: "ka",
        cells: (c) => ({
          kode: "4.01.02.2.01",
          nm: "Pelaksanaan Kebijakan Pemerintahan",
          rp: fx(`SUM(${c.a("rp", "a1")}:${c.a("rp", "a2")})`),
        }),
      },
      ...subs.slice(0, 2).map(subRow),
      {
        id: "kb",
        cells: (c) => ({
          kode: "4.01.02.2.02",
          nm: "Pelaksanaan Kebijakan Otonomi Daerah",
          rp: fx(`SUM(${c.a("rp", "b1")}:${c.a("rp", "b2")})`),
        }),
      },
      ...subs.slice(2).map(subRow),
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: typedTotal } },
    ],
  });
  s.gap();
  s.lines(["Gamalama Timur, 6 Januari 2025"]);
  s.lines(["Pihak Kedua,", "", "", "", "Dr. RAHMAWATI SOLEMAN, M.Si.", "NIP. 19740312 199903 2 005"], 2);
  s.r -= 6;
  s.lines(
    ["Pihak Pertama,", "", "", "", "FAHRUDDIN HI. UMAR, S.STP., M.AP.", "NIP. 19850517 200312 1 001"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["SEKRETARIAT DAERAH KOTA GAMALAMA TIMUR"]);
  r.lines([
    "Tabel 5.1 Target Indikator Kinerja Bagian Tata Pemerintahan",
    "Rencana Strategis Sekretariat Daerah Kota Gamalama Timur Tahun 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const roman = ["I", "II", "III", "IV", "V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${k + 1}`,
        head: ["Target Kinerja", `Tahun ${roman[k]}`],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", year: 2029, width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: x.flow ? fx(`SUM(${c.a("y1")}:${c.a("y5")})`) : fx(c.a("y5")),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: kondisi akhir indikator jumlah rancangan Perwali = akumulasi Tahun I s.d. Tahun V."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nilai LPPD is 3.1000, the Renstra Tahun II (2026) target; the Renstra Tahun I (2025) target is 3.0500",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
    tol: 0.0006,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the anggaran is a typed 1,284,650,000; the program (= its two kegiatan = the four sub kegiatan) is 1,248,650,000 (two digits swapped)",
    truth: t2.a("rp", "p"),
  });
  for (const x of rows)
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "ka")}+${t2.a("rp", "kb")}`,
    // the program is its two kegiatan, not every row under it
    trap: `SUM(${t2.a("rp", "ka")}:${t2.a("rp", "b2")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "ka"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "a1")}+${t2.a("rp", "a2")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "kb"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "b1")}+${t2.a("rp", "b2")}`,
  });
  for (const [id, par] of [
    ["a1", "ka"],
    ["a2", "ka"],
    ["b1", "kb"],
    ["b2", "kb"],
    ["ka", "p"],
    ["kb", "p"],
  ])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", par),
    });
  for (const x of rows) {
    const all = `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`;
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? all : tr.a("y5", x.id),
      trap: x.flow ? tr.a("y5", x.id) : all,
      tol: 0.0006,
    });
  }
  // the sengketa row is lower is better: its falling path is right; its last target is one
  b.ok({ sheet: R, cell: tr.a("y5", "r3"), rules: ["target-trend"], truth: "1" });
  // the flow of rancangan Perwali goes up and down without a trend
  b.ok({ sheet: R, cell: tr.a("y2", "r4"), rules: ["target-outlier", "target-trend"], truth: "3" });
  return b.finish();
}

// ====================== Bagian Tata Pemerintahan Setda Kabupaten Kao Teluk Raya: matriks IKU 2025-2029

type Iku = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  sumber: string;
  awal: number | string;
  tg: Array<number | string>;
  f?: string;
};

export function ikuTapem(): BookW {
  const b = new BookW(
    "matriks-iku-tapem-setda-kao-teluk-raya.xlsx",
    "Matriks IKU (Bagian Tata Pemerintahan)",
    "Matriks IKU 2025-2029 of a Bagian Tata Pemerintahan in Maluku Utara: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Sumber Data | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Penanggung Jawab; a row of SAKIP letters with scores 'BB (72,40)'; a number row (1) .. (13)",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAO TELUK RAYA",
    "SEKRETARIAT DAERAH",
    "Jl. Trans Halmahera, Kao Teluk Raya, Maluku Utara",
  ]);
  s.lines([
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) BAGIAN TATA PEMERINTAHAN",
    "Lampiran Keputusan Bupati Kao Teluk Raya Nomor 100.3.3.2/27/2025 (periode 2025-2029)",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "u1",
      ind: "Persentase desa dengan batas wilayah definitif",
      def: "Desa yang seluruh segmen batasnya telah ditetapkan dengan Peraturan Bupati",
      rumus: "Jumlah desa dengan batas definitif / jumlah desa x 100%",
      sat: "%",
      sumber: "Bagian Tata Pemerintahan",
      awal: 56,
      // planted: 7.4 for 74 (steps of 6 points)
      tg: [62, 68, 7.4, 80, 86],
      f: DEC,
    },
    {
      id: "u2",
      ind: "Jumlah desa yang masih bersengketa batas",
      def: "Desa yang memiliki sekurang-kurangnya satu segmen batas dalam sengketa (indikator negatif)",
      rumus: "Jumlah desa dengan segmen batas yang disengketakan pada akhir tahun",
      sat: "desa",
      sumber: "Tim PBD Kabupaten",
      awal: 14,
      tg: [12, 10, 8, 5, 3],
      f: "0",
    },
    {
      id: "u3",
      ind: "Nilai SAKIP Sekretariat Daerah",
      def: "Hasil evaluasi akuntabilitas kinerja oleh Inspektorat / KemenPANRB",
      rumus: "Predikat dan nilai hasil evaluasi SAKIP",
      sat: "predikat (nilai)",
      sumber: "LHE SAKIP",
      awal: "B (66,15)",
      // planted: "A (79,50)" in 2027 (79,50 is BB); trap: "BB (80,00)" in 2028 (80 is not above 80)
      tg: ["B (68,50)", "BB (72,40)", "A (79,50)", "BB (80,00)", "A (82,25)"],
    },
    {
      id: "u4",
      ind: "Nilai kematangan penyelenggaraan PATEN kecamatan",
      def: "Rata-rata nilai penilaian mandiri PATEN seluruh kecamatan (skala 100)",
      rumus: "Jumlah nilai PATEN kecamatan / jumlah kecamatan",
      sat: "nilai",
      sumber: "Laporan Camat",
      awal: 61.75,
      tg: [65, 68.5, 72, 75.5, 79],
      f: DEC,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 34 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", num: "(3)", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(4)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 10 },
    { key: "sumber", head: ["Sumber Data"], role: "sumber-data", num: "(6)", width: 16 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(7)", width: 11 },
    ...years.map((y, k): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      num: `(${8 + k})`,
      width: 11,
    })),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        sumber: x.sumber,
        awal: typeof x.awal === "number" ? fmt(x.awal, x.f!) : x.awal,
        ...Object.fromEntries(x.tg.map((v, k) => [`y${years[k]}`, typeof v === "number" ? fmt(v, x.f!) : v])),
        pj: "Kepala Bagian Tata Pemerintahan",
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: nilai SAKIP AA > 90 - 100; A > 80 - 90; BB > 70 - 80; B > 60 - 70; CC > 50 - 60; C > 30 - 50; D 0 - 30.",
    "Indikator nomor 2 semakin kecil semakin baik.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Kao Teluk Raya, 14 Februari 2025",
    jabatan: ["Sekretaris Daerah,"],
    nama: "Drs. MUHLIS HI. DJAFAR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690402 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  if (sakip(79.5) !== "BB" || sakip(80) !== "BB") throw new Error("iku sakip");
  b.plant({
    at: { sheet: S, cell: a("y2027", "u1") },
    rules: ["target-outlier"],
    note: "2027 target of the desa batas definitif is 7.40 among 62, 68, 80, 86 (a slipped decimal point); the path of 6 points a year gives 74",
    truth: "74",
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "u3") },
    rules: ["sakip-grade-mismatch"],
    note: "SAKIP target 2027 'A (79,50)': a score of 79.50 is BB (> 70 - 80), A starts above 80",
    truth: `SAKIP(SCORE(${a("y2027", "u3")}))`,
    actual: `GRADE(${a("y2027", "u3")})`,
  });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u3"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "u3")}))`,
      actual: `GRADE(${a(`y${y}`, "u3")})`,
      // 80,00 is not above 80: BB, not A
      trap: y === 2028 ? `SAKIP(SCORE(${a(`y${y}`, "u3")})+0.01)` : undefined,
    });
  b.ok({
    sheet: S,
    cell: a("awal", "u3"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("awal", "u3")}))`,
    actual: `GRADE(${a("awal", "u3")})`,
  });
  // the sengketa row is lower is better: falling targets are its right trend
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u2"),
      rules: ["target-trend", "target-outlier"],
      truth: String(rows[1].tg[y - 2025]),
    });
  for (const y of [2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "u4"),
      rules: ["target-trend", "target-outlier"],
      truth: String(rows[3].tg[y - 2025]),
    });
  return b.finish();
}
