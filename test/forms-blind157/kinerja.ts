// Performance tables of two Dinas Kelautan dan Perikanan in Maluku: an LKjIP 2024 measurement (NTN,
// NTPi, AKI, produksi; the share of kapal melanggar lower is better, refleksi) and a PK 2025 beside
// the Renstra 2022-2026 targets. Every name and number is invented.
import {
  BookW,
  DEC,
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

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  tak: number;
  neg?: boolean;
};

export function lkjipDkpSeram(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-dkp-seram-timur-laut-2024.xlsx",
    "LKjIP pengukuran kinerja (DKP)",
    "LKjIP 2024 of a DKP in Maluku: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | 'Akhir Renstra (2026)' > Target | Capaian (%); ROUND formulas, refleksi for the lower-is-better row; Rata-rata row",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SERAM TIMUR LAUT", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Dinas Kelautan dan Perikanan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kesejahteraan nelayan dan pembudidaya ikan";
  const S2 = "Meningkatnya produksi dan konsumsi ikan";
  const S3 = "Meningkatnya ketaatan usaha perikanan";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      t: 105.5,
      r: 106.8,
      r23: 104.9,
      tak: 108,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Nilai Tukar Pembudidaya Ikan (NTPi)",
      sat: "indeks",
      t: 103.0,
      r: 101.6,
      r23: 102.2,
      tak: 105,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Angka Konsumsi Ikan (AKI)",
      sat: "kg/kapita/tahun",
      t: 58.0,
      r: 55.12,
      r23: 53.4,
      tak: 62,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      t: 42_500,
      r: 39_870,
      r23: 38_215,
      tak: 46_000,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Produksi rumput laut (berat basah)",
      sat: "ton",
      t: 68_000,
      r: 51_340,
      r23: 49_880,
      tak: 75_000,
    },
    {
      id: "i6",
      sas: S3,
      ind: "Persentase kapal perikanan yang melanggar ketentuan (makin kecil makin baik)",
      sat: "%",
      t: 8.0,
      r: 6.4,
      r23: 9.1,
      tak: 5.0,
      neg: true,
    },
  ];
  const cap = (R: string, T: string, neg?: boolean) =>
    neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  const Y = "Tahun 2024";
  const A = "Akhir Renstra (2026)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC, width: 10 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC, width: 10 },
    {
      key: "cap",
      head: [Y, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7)=(6)/(5)x100",
      fmt: DEC,
      width: 10,
    },
    { key: "pred", head: [Y, "Predikat"], role: "predikat", year: 2024, num: "(8)", width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(9)", fmt: DEC, width: 10 },
    { key: "tak", head: [A, "Target"], role: "target", num: "(10)", fmt: DEC, width: 10 },
    { key: "cak", head: [A, "Capaian (%)"], role: "capaian", num: "(11)=(6)/(10)x100", fmt: DEC, width: 10 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => {
          const p = round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 100);
          return {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t: x.t,
            r: x.r,
            // planted: AKI capaian typed 96.03 (55.12 / 58 gives 95.03)
            cap: x.id === "i3" ? 96.03 : fx(cap(c.a("r"), c.a("t"), x.neg)),
            // planted: Rumput laut 75.50 written "Cukup" (> 75 is Baik)
            pred: x.id === "i5" ? "Cukup" : predikatBaik(p),
            r23: x.r23,
            tak: x.tak,
            cak: fx(cap(c.a("r"), c.a("tak"), x.neg)),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          cap: fx(`ROUND(AVERAGE(${c.a("cap", "i1")}:${c.a("cap", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator (6) berpolaritas negatif; capaian dihitung (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the AKI is a typed 96.03 among ROUND formulas; 55.12 / 58.00 x 100 gives 95.03",
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for 75.50 % (51,340 / 68,000); above 75 the band is Baik",
    truth: `PREDIKAT_BAIK(${a("cap", "i5")})`,
  });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("cap", "i6"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i6")}-${a("r", "i6")})/${a("t", "i6")}*100,2)`,
    trap: `${a("r", "i6")}/${a("t", "i6")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "i6"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tak", "i6")}-${a("r", "i6")})/${a("tak", "i6")}*100,2)`,
    trap: `${a("r", "i6")}/${a("tak", "i6")}*100`,
  });
  for (const id of ["i1", "i2", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("cak", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("tak", id)}*100,2)`,
    });
  return b.finish();
}

type Pk = { id: string; ind: string; sat: string; awal: number; k: number[]; flow?: boolean };

export function pkDkpKeiBesar(): BookW {
  const b = new BookW(
    "pk-kadis-dkp-renstra-kei-besar-raya-2025.xlsx",
    "Perjanjian Kinerja 2025 with Renstra (DKP)",
    "PK 2025 of a DKP in Maluku (statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with Jumlah) beside sheet 'Renstra 2022-2026': No | Indikator | Satuan | Kondisi Awal 2021 | Target 2022 .. 2026 | Kondisi Akhir 2026",
  );
  const P: Pk[] = [
    {
      id: "n1",
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      awal: 103.1,
      k: [103.8, 104.5, 105.2, 105.9, 106.6],
    },
    {
      id: "n2",
      ind: "Nilai Tukar Pembudidaya Ikan (NTPi)",
      sat: "indeks",
      awal: 101.4,
      k: [101.9, 102.4, 102.9, 103.4, 103.9],
    },
    {
      id: "n3",
      ind: "Angka Konsumsi Ikan (AKI)",
      sat: "kg/kapita/tahun",
      awal: 46.2,
      k: [48.0, 50.0, 52.0, 54.0, 56.0],
    },
    {
      id: "n4",
      ind: "Persentase kapal perikanan yang melanggar ketentuan",
      sat: "%",
      awal: 15.0,
      k: [13.0, 11.0, 9.0, 7.0, 5.0],
    },
  ];
  const R = "Renstra 2022-2026";
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS KELAUTAN DAN PERIKANAN KABUPATEN KEI BESAR RAYA"]);
  rs.lines(["Tabel 4.2 Target Indikator Kinerja Utama Renstra DKP 2022-2026"]);
  rs.gap();
  const ys = ["y1", "y2", "y3", "y4", "y5"];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC },
      ...[2022, 2023, 2024, 2025, 2026].map((y, i): Col => ({
        key: ys[i],
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akh", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, fmt: DEC },
    ],
    headerRows: 2,
    rows: P.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          akh: fx(c.a("y5")),
        };
        ys.forEach((k, j) => (out[k] = x.k[j]));
        return out;
      },
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEI BESAR RAYA",
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS KELAUTAN DAN PERIKANAN",
  ]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: P.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kesejahteraan nelayan dan pembudidaya ikan"
            : i === 2
              ? "Meningkatnya konsumsi ikan masyarakat"
              : "Meningkatnya ketaatan usaha perikanan",
        ind: x.ind,
        sat: x.sat,
        // planted: the AKI takes the Renstra 2026 target
        tg: x.id === "n3" ? 56.0 : x.k[3],
      },
    })),
  });
  s.gap();
  const PR = [
    {
      id: "g1",
      kode: "3.25.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_862_350_000,
    },
    { id: "g2", kode: "3.25.03", nm: "Program Pengelolaan Perikanan Tangkap", rp: 3_415_800_000 },
    { id: "g3", kode: "3.25.04", nm: "Program Pengelolaan Perikanan Budidaya", rp: 1_928_600_000 },
    { id: "g4", kode: "3.25.06", nm: "Program Pengolahan dan Pemasaran Hasil Perikanan", rp: 1_146_250_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"] },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      // planted: typed Jumlah leaves out program 3.25.06
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 10_206_750_000 } },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Elat, 2 Januari 2025",
    jabatan: ["BUPATI KEI BESAR RAYA,"],
    nama: "Drs. YOHANIS R. LETSOIN",
    nip: "-",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a1("tg", "n3") },
        { sheet: R, cell: rt.a("y4", "n3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the AKI is 56.00, the Renstra 2026 target; the Renstra 2025 target is 54.00",
    truth: `'${R}'!${rt.a("y4", "n3")}`,
    actual: a1("tg", "n3"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran PK is a typed 10,206,750,000 leaving out program 3.25.06 (1,146,250,000); the four programs give 11,353,000,000",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g4")})`,
  });
  for (const id of ["n1", "n2", "n4"])
    b.ok({
      sheet: S,
      cell: a1("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y4", id)}`,
    });
  for (const id of ["n1", "n4"])
    b.ok({
      sheet: R,
      cell: rt.a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: ys.map((k) => rt.a(k, id)).join("+"),
    });
  for (const k of ys) b.ok({ sheet: R, cell: rt.a(k, "n4"), rules: ["target-trend"], truth: rt.a(k, "n4") });
  return b.finish();
}
