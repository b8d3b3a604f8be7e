// The Bagian Administrasi Pembangunan's own performance: an LKjIP 2024 measurement table (Kabupaten Sendang
// Rejo, Jawa Tengah) with a lower-is-better deviasi indicator (refleksi), predikat words and a rata-rata footer,
// and a PK 2025 beside the Renstra Setda 2025-2029 (Kabupaten Banggai Pesisir, Sulawesi Tengah). Invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  r23: number;
};

export function lkjipAdpem(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-adpem-sendang-rejo.xlsx",
    "LKjIP pengukuran kinerja (Bagian Administrasi Pembangunan)",
    "LKjIP 2024 Bab III Tabel 3.1 pengukuran kinerja of the Bagian Administrasi Pembangunan, Setda Kabupaten Sendang Rejo: No | Sasaran (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori | Realisasi 2023; refleksi (2T - R)/T for the deviasi; Rata-rata and Kategori rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    [
      "BAB III AKUNTABILITAS KINERJA",
      "Tabel 3.1 Pengukuran Kinerja Bagian Administrasi Pembangunan Tahun 2024",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const S1 = "Meningkatnya kualitas pengendalian pelaksanaan pembangunan daerah";
  const S2 = "Meningkatnya akuntabilitas pelaporan realisasi pembangunan";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase realisasi keuangan APBD kabupaten",
      sat: "%",
      t: 95,
      r: 92.38,
      r23: 90.14,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase realisasi fisik APBD kabupaten",
      sat: "%",
      t: 97,
      r: 95.84,
      r23: 93.6,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Rata-rata deviasi realisasi fisik dan keuangan OPD",
      sat: "%",
      t: 5,
      r: 3.46,
      neg: true,
      r23: 6.12,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase OPD yang menyampaikan laporan e-monev tepat waktu",
      sat: "%",
      t: 90,
      r: 84.21,
      r23: 78.95,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Nilai evaluasi SAKIP komponen pengukuran kinerja",
      sat: "nilai",
      t: 24,
      r: 16.5,
      r23: 21.3,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "2", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "5", fmt: DEC, width: 9 },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "6",
      fmt: DEC,
      width: 9,
    },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "7 = 6/5 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024, num: "8", width: 12 },
    {
      key: "r23",
      head: ["Realisasi Tahun 2023"],
      role: "realisasi",
      year: 2023,
      num: "9",
      fmt: DEC,
      width: 10,
    },
  ];
  const cap = (x: Ind, T: string, R: string) =>
    x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  const capV = (x: Ind) =>
    Math.round((x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100) * 100) / 100;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: i5's capaian typed 86.25 (16.5 / 24 gives 68.75)
          c: x.id === "i5" ? 86.25 : fx(cap(x, c.a("t"), c.a("r"))),
          // planted: i2's kategori typed "Baik" for 98.80; i5's "Sangat Baik" follows its typed capaian
          p: x.id === "i2" ? "Baik" : x.id === "i5" ? "Sangat Baik" : predikatBaik(capV(x)),
          r23: x.r23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: fx(`PREDIKAT_BAIK(${c.a("c")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 3 bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the nilai evaluasi SAKIP is a typed 86.25 among ROUND formulas; 16.50 / 24.00 x 100 gives 68.75 (digits swapped); its kategori Sangat Baik follows the typed value",
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for a capaian of 98.80 (95.84 / 97); above 90 the note's scale says Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  for (const x of I) {
    if (x.id === "i5") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(x, a("t", x.id), a("r", x.id)),
      // the deviasi is lower-is-better: refleksi 130.80, not R / T 69.20
      trap: x.neg ? `ROUND(${a("r", x.id)}/${a("t", x.id)}*100,2)` : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

type Pk = { id: string; ind: string; sat: string; base: number; tg: number[]; neg?: boolean };

export function pkAdpem(): BookW {
  const b = new BookW(
    "pk-kabag-adpem-renstra-banggai-pesisir.xlsx",
    "Perjanjian Kinerja with the Renstra (Bagian Administrasi Pembangunan)",
    "PK 2025 of the Kepala Bagian Administrasi Pembangunan, Setda Kabupaten Banggai Pesisir (Sulawesi Tengah): No | Sasaran | Indikator Kinerja | Satuan | Target 2025; program table No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | Target Tahun 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const X: Pk[] = [
    {
      id: "x1",
      ind: "Persentase paket pekerjaan APBD yang selesai tepat waktu",
      sat: "%",
      base: 86.4,
      tg: [88, 90, 92, 94, 95],
    },
    {
      id: "x2",
      ind: "Rata-rata deviasi realisasi fisik dan keuangan OPD",
      sat: "%",
      base: 8.2,
      tg: [7.5, 7, 6.5, 6, 5],
      neg: true,
    },
    {
      id: "x3",
      ind: "Persentase OPD yang menginput e-monev tepat waktu",
      sat: "%",
      base: 80.77,
      tg: [84, 88, 92, 96, 100],
    },
    {
      id: "x4",
      ind: "Jumlah laporan monev realisasi APBD triwulanan",
      sat: "laporan",
      base: 4,
      tg: [4, 4, 4, 4, 4],
    },
  ];
  // Renstra sheet
  const r = b.sheet(R);
  r.lines(
    [
      "RENSTRA SEKRETARIAT DAERAH KABUPATEN BANGGAI PESISIR 2025-2029",
      "Bagian Administrasi Pembangunan: indikator dan target kinerja",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
  ];
  const tr = r.table({
    cols: rcols,
    headerRows: 2,
    rows: X.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: x.base,
        };
        Y.forEach((y, j) => (out[`y${y}`] = x.tg[j]));
        // planted in the PK: nothing here; the rates end at 2029, the flow adds its five years
        out.ak = x.sat === "laporan" ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(c.a("y2029"));
        return out;
      },
    })),
  });
  // PK sheet
  const s = b.sheet(P);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN ADMINISTRASI PEMBANGUNAN SETDA KABUPATEN BANGGAI PESISIR",
  ]);
  const SAS = "Meningkatnya efektivitas pengendalian dan evaluasi pelaksanaan pembangunan";
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Program / Kegiatan"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
  ];
  // planted: the PK target of the e-monev rate is the Renstra 2026 target 88 (the 2025 one is 84)
  const pkT = (x: Pk) => (x.id === "x3" ? x.tg[1] : x.tg[0]);
  const tp = s.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: X.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: SAS, ind: x.ind, sat: x.sat, tg: pkT(x) },
    })),
  });
  s.gap();
  const acols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 20 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 46 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
  ];
  const ta = s.table({
    cols: acols,
    headerRows: 1,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c: Ctx) => ({
          no: 1,
          kode: "4.01.03",
          nm: "Program Perekonomian dan Pembangunan",
          rp: fx(`${c.a("rp", "k")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k",
        cells: (c: Ctx) => ({
          kode: "4.01.03.2.03",
          nm: "Pelaksanaan Administrasi Pembangunan",
          rp: fx(`SUM(${c.a("rp", "s1")}:${c.a("rp", "s3")})`),
        }),
      },
      {
        id: "s1",
        cells: {
          kode: "4.01.03.2.03.0001",
          nm: "Fasilitasi Penyusunan Program Pembangunan",
          rp: 312_500_000,
        },
      },
      // planted: the e-monev sub kegiatan coded under kegiatan 4.01.03.2.02
      {
        id: "s2",
        cells: { kode: "4.01.03.2.02.0002", nm: "Pengendalian Program Pembangunan", rp: 447_800_000 },
      },
      {
        id: "s3",
        cells: {
          kode: "4.01.03.2.03.0003",
          nm: "Pengelolaan Evaluasi dan Pelaporan Pelaksanaan Pembangunan",
          rp: 268_350_000,
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Luwuk Pesisir, 2 Januari 2025",
    jabatan: ["Pihak Kedua, ASISTEN PEREKONOMIAN DAN PEMBANGUNAN,"],
    nama: "Drs. ARMAN TOMBOLOTUTU, M.AP.",
    nip: "19700305 199203 1 008",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("tg", "x3") },
        { sheet: R, cell: tr.a("y2025", "x3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the e-monev rate is 88.00, the Renstra 2026 target; the Renstra 2025 target is 84.00",
    truth: `'${R}'!${tr.a("y2025", "x3")}`,
  });
  b.plant({
    at: { sheet: P, cell: ta.a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengendalian Program Pembangunan is coded 4.01.03.2.02.0002 under kegiatan 4.01.03.2.03 (should be 4.01.03.2.03.0002)",
    truth: `PARENT(${ta.a("kode", "s2")})`,
    actual: `${ta.a("kode", "k")}`,
  });
  for (const x of X)
    if (x.id !== "x3")
      b.ok({
        sheet: P,
        cell: tp.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: P,
      cell: ta.a("kode", id),
      rules: ["code-hierarchy"],
      truth: ta.a("kode", "k"),
      actual: `PARENT(${ta.a("kode", id)})`,
    });
  // the Jumlah is the program, not every row above added
  b.ok({
    sheet: P,
    cell: ta.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${ta.a("rp", "s1")}:${ta.a("rp", "s3")})`,
    trap: `SUM(${ta.a("rp", "p")}:${ta.a("rp", "s3")})`,
  });
  b.ok({
    sheet: P,
    cell: ta.a("rp", "k"),
    rules: ["sum-mismatch"],
    truth: `SUM(${ta.a("rp", "s1")}:${ta.a("rp", "s3")})`,
  });
  for (const x of X) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.sat === "laporan" ? `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})` : tr.a("y2029", x.id),
      trap: x.sat === "laporan" ? undefined : `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
