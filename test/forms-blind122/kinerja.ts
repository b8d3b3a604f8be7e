// Performance tables of two Dinas Perdagangan dan Metrologi: the LKjIP 2024 measurement of a Jawa
// Timur kota (Tanjung Welang, invented) with capaian stored as fractions under a % format and the
// refleksi on its two lower-is-better rows, and the PK 2025 of a Kalimantan Utara kabupaten (Sesayap
// Raya, invented) with its program budget and the Renstra 2025-2029 targets on a second sheet.
// Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, predikatBaik, round, signature, type Row } from "../forms/kit";

const PCT = "0.00%";

// ====================================================== Kota Tanjung Welang, LKjIP 2024 (Bab III)

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipDisdagmet(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-disdagmet-tanjung-welang.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perdagangan dan Metrologi)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Perdagangan dan Metrologi in Jawa Timur: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Polaritas | Target 2024 | Realisasi 2024 | Capaian 2024 (fraction with a 0.00% format) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026; refleksi formulas on the lower-is-better rows; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG WELANG",
    "DINAS PERDAGANGAN DAN METROLOGI",
    "Jl. Pahlawan Kusuma No. 7, Tanjung Welang - Jawa Timur",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const S1 = "Terjaganya stabilitas harga dan ketersediaan barang kebutuhan pokok";
  const S2 = "Meningkatnya perlindungan konsumen dan tertib ukur";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Koefisien variasi harga barang kebutuhan pokok antarwaktu",
      sat: "%",
      t: 5.5,
      r: 4.95,
      r23: 6.1,
      t26: 4.5,
      neg: true,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ketersediaan barang kebutuhan pokok di pasar rakyat",
      sat: "%",
      t: 92,
      r: 93.6,
      r23: 90.4,
      t26: 95,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      t: 82,
      r: 79.4,
      r23: 77.85,
      t26: 86,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah pengaduan konsumen yang tidak terselesaikan",
      sat: "kasus",
      t: 12,
      r: 15,
      r23: 17,
      t26: 8,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase pasar rakyat tertib ukur",
      sat: "%",
      t: 40,
      r: 33.3,
      r23: 28.5,
      t26: 50,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks kepuasan pelaku usaha terhadap layanan perdagangan dan metrologi",
      sat: "indeks",
      t: 82,
      r: 80.15,
      r23: 79.6,
      t26: 84,
    },
  ];
  const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T},4)`;
  const rt = (R: string, T: string) => `ROUND(${R}/${T},4)`;
  // what the sheet computes: i4 (planted) keeps R / T
  const cap = (x: Ind) => round(x.neg && x.id !== "i4" ? (2 * x.t - x.r) / x.t : x.r / x.t, 4);
  const avg = round(rows.reduce((n, x) => n + cap(x), 0) / rows.length, 4);
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
      { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, width: 11 },
      { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 12 },
    ],
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
          pol: x.neg ? "Negatif" : "Positif",
          t: fmt(x.t, x.sat === "kasus" ? "0" : DEC),
          r: fmt(x.r, x.sat === "kasus" ? "0" : DEC),
          // planted: the pengaduan (negative) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for 83.25 %
          p: x.id === "i5" ? "Sangat Baik" : predikatBaik(cap(x) * 100),
          r23: fmt(x.r23, x.sat === "kasus" ? "0" : DEC),
          t26: fmt(x.t26, x.sat === "kasus" ? "0" : DEC),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),4)`),
          p: predikatBaik(avg * 100),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: polaritas negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Welang, 21 Februari 2025",
    jabatan: ["Kepala Dinas Perdagangan dan Metrologi", "Kota Tanjung Welang,"],
    nama: "Ir. BAMBANG SETYO PRAYITNO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690412 199503 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const tol = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the pengaduan tidak terselesaikan (Polaritas Negatif) is =ROUND(R/T,4) = 125.00 %, the formula of the positive rows; (2 x 12 - 15) / 12 gives 75.00 %, as the koefisien variasi row computes",
    truth: refl(a("r", "i4"), a("t", "i4")),
    tol,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for the pasar tertib ukur at 83.25 % (33.30 of 40); the band > 75 % - 90 % of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the koefisien variasi is lower is better: the refleksi 110 %, not R / T 90 %
      trap: x.neg ? rt(R, T) : undefined,
      tol,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
      });
  }
  // the ketersediaan above its target is 101.74 %, a capaian, not a percentage out of range
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["percent-out-of-range"],
    truth: rt(a("r", "i2"), a("t", "i2")),
    tol,
  });
  b.ok({ sheet: S, cell: a("t26", "i1"), rules: ["target-trend"], truth: "4.5" });
  b.ok({ sheet: S, cell: a("t26", "i4"), rules: ["target-trend"], truth: "8" });
  return b.finish();
}

// ===================================== Kabupaten Sesayap Raya, PK 2025 and the Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkDisdagmet(): BookW {
  const b = new BookW(
    "pk-2025-kadis-perdagangan-metrologi-sesayap-raya.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Perdagangan dan Metrologi)",
    "sheet 'PK 2025': statement, Tabel Sasaran: No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan; Tabel Program: No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SESAYAP RAYA", "DINAS PERDAGANGAN DAN METROLOGI"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : MARKUS BALAN IRANG, S.T., M.M. - Jabatan : Kepala Dinas Perdagangan dan Metrologi, selanjutnya disebut pihak pertama",
    "Nama : Drs. H. ARIFUDDIN LATIF, M.Si. - Jabatan : Bupati Sesayap Raya, selanjutnya disebut pihak kedua",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 61.5,
      tg: [64, 67.5, 71, 74.5, 78],
    },
    {
      id: "r2",
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      awal: 7.8,
      tg: [7.2, 6.8, 6.4, 6, 5.5],
      neg: true,
    },
    {
      id: "r3",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      awal: 74.2,
      tg: [76.5, 79, 81.5, 84, 86.5],
    },
    {
      id: "r4",
      ind: "Persentase pengaduan konsumen yang diselesaikan",
      sat: "%",
      awal: 85,
      tg: [87.5, 90, 92.5, 95, 97.5],
    },
  ];
  // planted: the PK target of the UTTP tera sah is 79.00, the Renstra 2026 target (2025: 76.50)
  const pkT = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 12 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kelancaran distribusi dan stabilitas harga barang kebutuhan pokok"
            : "Meningkatnya perlindungan konsumen dan tertib ukur",
        ind: x.ind,
        tg: pkT(x),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "3.30.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_845_312_000],
    ["g2", "3.30.02", "PROGRAM PERIZINAN DAN PENDAFTARAN PERUSAHAAN", 215_480_000],
    ["g3", "3.30.03", "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", 4_127_650_000],
    ["g4", "3.30.04", "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING", 486_250_000],
    ["g5", "3.30.06", "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN", 1_038_900_000],
    ["g6", "3.30.07", "PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI", 172_600_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 52 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: the Jumlah leaves out the last program
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g5")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Tideng Sesayap, 6 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "BUPATI SESAYAP RAYA", "", "", "", "Drs. H. ARIFUDDIN LATIF, M.Si."], 2);
  s.r -= 6;
  s.lines(
    [
      "Pihak Pertama,",
      "KEPALA DINAS",
      "",
      "",
      "",
      "MARKUS BALAN IRANG, S.T., M.M.",
      "NIP. 19760318 200212 1 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERDAGANGAN DAN METROLOGI KABUPATEN SESAYAP RAYA"]);
  r.lines([
    "Tabel 5.1 Target Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029",
  ]);
  r.gap();
  const YR = [2025, 2026, 2027, 2028, 2029];
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 9 },
      {
        key: "aw",
        head: ["Kondisi Awal 2024"],
        role: "kondisi-awal",
        year: 2024,
        num: "(4)",
        fmt: DEC,
        width: 11,
      },
      ...YR.map((y, i) => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target" as const,
        year: y,
        num: `(${5 + i})`,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir 2029"],
        role: "kondisi-akhir",
        year: 2029,
        num: "(10)",
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          aw: x.awal,
          ak: fx(c.a("y2029")),
        };
        YR.forEach((y, k) => (out[`y${y}`] = x.tg[k]));
        return out;
      },
    })),
  });
  r.gap();
  r.lines(["Keterangan: kondisi akhir = target tahun 2029 (indikator berupa persentase dan koefisien)."]);

  const rp = (id: string) => t2.a("rp", id);
  const q = (cell: string) => `'${R}'!${cell}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: t3.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "The PK 2025 target of the UTTP bertanda tera sah is 79.00, the Renstra 2026 target; the Renstra 2025 target is 76.50",
    truth: q(t3.a("y2025", "r3")),
  });
  b.plant({
    at: { sheet: S, cell: rp("j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first five programs (12,713,592,000); with Program Penggunaan dan Pemasaran Produk Dalam Negeri (172,600,000) the six give 12,886,192,000",
    truth: `SUM(${rp("g1")}:${rp("g6")})`,
  });
  for (const id of ["r1", "r2", "r4"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: q(t3.a("y2025", id)),
    });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: t3.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("y2029", x.id),
      trap: YR.map((y) => t3.a(`y${y}`, x.id)).join("+"),
    });
  // the koefisien variasi is lower is better: its falling targets are the right way
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({ sheet: R, cell: t3.a(`y${y}`, "r2"), rules: ["target-trend"], truth: t3.a(`y${y}`, "r2") });
  return b.finish();
}
