// Performance tables of two RSUD: the LKjIP 2024 measurement of the RSUD of an NTB kabupaten
// (BOR, BTO, ALOS, TOI, NDR, GDR and the rekam medis lengkap; TOI, ALOS, NDR and GDR lower is better,
// capaian by refleksi) and the PK 2025 of the director of a Sulawesi Tengah RSUD beside its Renstra
// 2025-2029 targets in ordinal years. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipRsud(): BookW {
  const b = new BookW(
    "lkjip-rawat-inap-rsud-sumbawa-timur-raya.xlsx",
    "LKjIP pengukuran kinerja (RSUD, rawat inap)",
    "LKjIP 2024 Tabel 3.1 of an RSUD in NTB: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Capaian Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi 2023; number row (1)..(9) with '(7) = (6) / (5) x 100'; refleksi for the lower-is-better TOI, ALOS, NDR, GDR; Rata-rata and Kategori footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUMBAWA TIMUR RAYA",
    "RUMAH SAKIT UMUM DAERAH H. L. MANAMBAI ABDULKADIR",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran RSUD Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya mutu dan efisiensi pelayanan rawat inap";
  const S2 = "Meningkatnya tertib administrasi pelayanan pasien";
  const rows: Ind[] = [
    { id: "bor", ind: "Bed Occupancy Rate (BOR)", sat: "%", t: 70, r: 72.35, r23: 66.8, f: DEC },
    { id: "bto", ind: "Bed Turn Over (BTO)", sat: "kali", t: 40, r: 42.6, r23: 38.9, f: DEC },
    {
      id: "alos",
      ind: "Average Length of Stay (ALOS)",
      sat: "hari",
      t: 6,
      r: 5.4,
      r23: 6.2,
      neg: true,
      f: DEC,
    },
    { id: "toi", ind: "Turn Over Interval (TOI)", sat: "hari", t: 3, r: 2.4, r23: 3.3, neg: true, f: DEC },
    { id: "ndr", ind: "Net Death Rate (NDR)", sat: "‰", t: 25, r: 21.8, r23: 26.4, neg: true, f: DEC },
    { id: "gdr", ind: "Gross Death Rate (GDR)", sat: "‰", t: 45, r: 48.6, r23: 47.1, neg: true, f: DEC },
    {
      id: "rm",
      ind: "Persentase kelengkapan rekam medis 24 jam setelah selesai pelayanan",
      sat: "%",
      t: 100,
      r: 72.6,
      r23: 68.4,
      f: DEC,
    },
  ];
  const sheetCap = (x: Ind) =>
    x.neg && x.id !== "ndr" ? round(((2 * x.t - x.r) / x.t) * 100) : round((x.r / x.t) * 100);
  if (predikatBaik(72.6) !== "Cukup") throw new Error("rm band");
  const avg = round(rows.reduce((n, x) => n + sheetCap(x), 0) / rows.length);
  const G = "Capaian Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(5)", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 10 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) / (5) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, num: "(8)", width: 12 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, num: "(9)", width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.id === "rm" ? S2 : S1,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the NDR (lower is better) keeps the R / T formula of BOR and BTO
          c: fx(x.neg && x.id !== "ndr" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for the rekam medis 72.60 (the band > 65 - 75 is Cukup)
          p: x.id === "rm" ? "Baik" : predikatBaik(sheetCap(x)),
          r23: fmt(x.r23, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja Sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "bor")}:${c.a("c", "rm")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: ALOS, TOI, NDR dan GDR semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Taliwang Timur, 20 Februari 2025",
    jabatan: ["Direktur RSUD H. L. Manambai Abdulkadir,"],
    nama: "dr. LALU AHMAD ZAINURI, Sp.PD.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760812 200501 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "ndr") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the NDR (lower is better by the keterangan) is =ROUND(R/T*100,2) = 87.20, the formula of BOR and BTO; the refleksi (2 x 25 - 21.8) / 25 gives 112.80, as the ALOS, TOI and GDR rows compute",
    truth: refl(a("r", "ndr"), a("t", "ndr")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "rm") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for the rekam medis capaian 72.60 (72.6 against 100); the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "rm")})`,
  });
  for (const x of rows) {
    if (x.id === "ndr") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T (GDR 92.00, not 108.00)
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "rm")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================== RSUD Kabupaten Banggai Pesisir (Sulawesi Tengah), PK 2025 and Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkRsud(): BookW {
  const b = new BookW(
    "pk-direktur-rsud-renstra-banggai-pesisir.xlsx",
    "PK 2025 and Renstra RSUD 2025-2029 targets",
    "sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra RSUD': title 'Renstra 2025-2029', Kondisi Awal (2024) | 'Target Tahun ke-' > 1 .. 5 (ordinal) | Kondisi Akhir Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra RSUD";
  const rows: PkInd[] = [
    { id: "bor", ind: "Bed Occupancy Rate (BOR)", sat: "%", awal: 63.4, tg: [65, 67, 69, 71, 72], f: DEC },
    {
      id: "ndr",
      ind: "Net Death Rate (NDR)",
      sat: "‰",
      awal: 27.9,
      tg: [27, 26, 25, 24, 23],
      neg: true,
      f: DEC,
    },
    {
      id: "gdr",
      ind: "Gross Death Rate (GDR)",
      sat: "‰",
      awal: 46.5,
      tg: [46, 44, 43, 42, 40],
      neg: true,
      f: DEC,
    },
    {
      id: "spm",
      ind: "Persentase pemenuhan indikator SPM rumah sakit",
      sat: "%",
      awal: 81.25,
      tg: [84, 87, 90, 93, 95],
      f: DEC,
    },
    {
      id: "blud",
      ind: "Rasio pendapatan BLUD terhadap belanja operasional",
      sat: "%",
      awal: 58.7,
      tg: [60, 62.5, 65, 67.5, 70],
      f: DEC,
    },
  ];
  // planted: the PK GDR target is 44.00, the Renstra year-2 target (year 1 = 2025: 46.00)
  const pkT = (x: PkInd) => (x.id === "gdr" ? x.tg[1] : x.tg[0]);
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI PESISIR", "RUMAH SAKIT UMUM DAERAH TOILI RAYA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama: dr. MOH. RIZAL LAHAMA, M.Kes., Direktur RSUD Toili Raya",
    "Pihak kedua: Ir. YANTI NGGILU, M.Si., Bupati Banggai Pesisir",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? "Meningkatnya mutu pelayanan rawat inap" : "Meningkatnya kemandirian keuangan BLUD RSUD",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 61_482_350_000],
    ["p2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 18_736_900_000],
    ["p3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_245_600_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, nm, rp, ket: i === 0 ? "APBD / BLUD" : "APBD" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Luwuk Selatan, 6 Januari 2025"], 4);
  s.lines(["Pihak Kedua,", "", "", "Ir. YANTI NGGILU, M.Si."], 2);
  s.r -= 4;
  s.lines(["Pihak Pertama,", "", "", "dr. MOH. RIZAL LAHAMA, M.Kes.", "NIP. 19790304 200604 1 011"], 4);

  const r = b.sheet(R);
  letterhead(r, ["RSUD TOILI RAYA KABUPATEN BANGGAI PESISIR"]);
  r.lines(["Target Indikator Kinerja Utama", "Rencana Strategis RSUD Toili Raya Tahun 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", `ke-${k + 1}`],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: NDR dan GDR dalam permil (per 1.000 pasien keluar), semakin rendah semakin baik."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "gdr") },
        { sheet: R, cell: tr.a("y2025", "gdr") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the GDR is 44.00, the Renstra target of tahun ke-2 (2026); tahun ke-1 (2025) is 46.00",
    truth: `'${R}'!${tr.a("y2025", "gdr")}`,
  });
  for (const x of rows) {
    if (x.id !== "gdr")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // a rate's kondisi akhir is its last target, not the five targets added
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  return b.finish();
}
