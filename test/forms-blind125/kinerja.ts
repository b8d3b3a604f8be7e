// The performance documents of a Dinas Pemberdayaan Masyarakat dan Desa: an LKjIP 2024 measurement table
// (Kalimantan Barat; capaian R / T x 100, refleksi (2T - R) / T x 100 for the desa tertinggal, predikat
// words) and a Perjanjian Kinerja 2025 beside its Renstra 2025-2029 with ordinal years (Nusa Tenggara
// Timur; PK targets = the Renstra's Tahun ke-1, kondisi akhir = the last target for levels, the sum for
// flows). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, signature, type Row } from "../forms/kit";

export function lkjipDpmd(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-dpmd-ambawang-hulu-b125.xlsx",
    "LKjIP pengukuran kinerja (DPMD)",
    "LKjIP 2024 Tabel 3.1 of a DPMD in Kalimantan Barat: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026; ROUND formulas, refleksi for the desa tertinggal, typed predikat; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", "DPMD KABUPATEN AMBAWANG HULU"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  const G = "Tahun 2024";
  const S1 = "Meningkatnya kemandirian desa";
  const S2 = "Meningkatnya kualitas tata kelola pemerintahan dan keuangan desa";
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    t: number;
    r: number;
    neg?: boolean;
    r23: number;
    t26: number;
  };
  const I: I[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase desa berstatus mandiri (IDM)",
      sat: "%",
      t: 18,
      r: 19.35,
      r23: 15.2,
      t26: 24,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah desa berstatus tertinggal",
      sat: "desa",
      t: 42,
      r: 47,
      neg: true,
      r23: 51,
      t26: 30,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase BUMDes berklasifikasi berkembang dan maju",
      sat: "%",
      t: 35,
      r: 27.3,
      r23: 24.6,
      t26: 45,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase desa yang menyampaikan laporan realisasi Dana Desa tepat waktu",
      sat: "%",
      t: 95,
      r: 62.7,
      r23: 71.4,
      t26: 100,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata nilai Indeks Desa Membangun",
      sat: "indeks",
      t: 0.685,
      r: 0.6712,
      r23: 0.6598,
      t26: 0.72,
    },
  ];
  const cap = (i: I) => (i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
      { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 12 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((i, n): Row => ({
        id: i.id,
        cells: (x) => ({
          no: n + 1,
          sas: i.sas,
          ind: i.ind,
          sat: i.sat,
          t: i.t,
          r: i.r,
          // planted: i3 typed 87.00 (27.30 / 35.00 gives 78.00)
          c:
            i.id === "i3"
              ? 87
              : fx(
                  i.neg
                    ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`
                    : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`,
                ),
          // planted: i4 "Baik" for 66.00 (Cukup)
          p: i.id === "i4" ? "Baik" : predikatBaik(Math.round(cap(i) * 100) / 100),
          r23: i.r23,
          t26: i.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
          p: "Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator jumlah desa tertinggal bersifat negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the BUMDes berkembang dan maju is a typed 87.00 among ROUND formulas; 27.30 / 35.00 x 100 gives 78.00",
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 66.00 (62.70 against 95.00); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  // the desa tertinggal: lower is better, refleksi 88.10, not R / T 111.90
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({ sheet: S, cell: a("t26", "i2"), rules: ["target-trend"], truth: "30" });
  return b.finish();
}

export function pkRenstraDpmd(): BookW {
  const b = new BookW(
    "pk-kadis-dpmd-renstra-tahun-ke-ngada-raya-b125.xlsx",
    "PK 2025 with the Renstra 2025-2029 (DPMD)",
    "Sheet 'PK DPMD 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH row; both sign; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 .. Tahun ke-5 (years from the title) | Kondisi Akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK DPMD 2025";
  const p = b.sheet(P);
  const r = b.sheet(R);
  letterhead(r, [
    "RENCANA STRATEGIS DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN NGADA RAYA 2025-2029",
    "Tabel 5.1 Indikator Kinerja Perangkat Daerah yang mengacu pada tujuan dan sasaran RPJMD",
  ]);
  type X = { id: string; ind: string; sat: string; awal: number; tg: number[]; flow?: true };
  const X: X[] = [
    {
      id: "r1",
      ind: "Persentase desa berstatus mandiri",
      sat: "%",
      awal: 16.4,
      tg: [18.5, 21, 24, 27.5, 31],
    },
    { id: "r2", ind: "Jumlah desa berstatus tertinggal", sat: "desa", awal: 58, tg: [52, 46, 40, 34, 28] },
    {
      id: "r3",
      ind: "Jumlah BUMDes yang naik klasifikasi",
      sat: "unit",
      awal: 9,
      tg: [12, 15, 18, 20, 22],
      flow: true,
    },
    {
      id: "r4",
      ind: "Persentase desa yang menyampaikan LPJ APBDes tepat waktu",
      sat: "%",
      awal: 85,
      tg: [88, 90, 92, 94, 96],
    },
  ];
  const TK = "Target Kinerja";
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((n) => ({
        key: `y${n}`,
        head: [TK, `Tahun ke-${n}`],
        role: "target" as const,
        year: 2024 + n,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir Periode Renstra"],
        role: "kondisi-akhir" as const,
        year: 2029,
        width: 11,
      },
    ],
    headerRows: 2,
    rows: X.map((x, n): Row => ({
      id: x.id,
      cells: {
        no: n + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, i) => [`y${i + 1}`, v])),
        // every row ends on its Tahun ke-5 target: right for the levels, planted for the flow r3
        ak: x.tg[4],
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan: kondisi akhir indikator jumlah (flow) adalah akumulasi lima tahun; indikator persentase adalah target tahun ke-5.",
  ]);

  letterhead(p, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN NGADA RAYA",
  ]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  p.gap();
  const pk = [
    ["r1", "Meningkatnya kemandirian desa", 18.5],
    ["r2", "Meningkatnya kemandirian desa", 52],
    // planted: 15 is the Renstra's Tahun ke-2 target, the Tahun ke-1 (2025) target is 12
    ["r3", "Meningkatnya kemandirian desa", 15],
    ["r4", "Meningkatnya akuntabilitas pengelolaan keuangan desa", 88],
  ] as const;
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: pk.map(([id, sas, v], n): Row => {
      const x = X.find((y) => y.id === id)!;
      return { id, cells: { no: n + 1, sas, ind: x.ind, sat: x.sat, tg: v } };
    }),
  });
  p.gap();
  const pt2 = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "g1",
        cells: {
          no: 1,
          kode: "2.13.01",
          nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: 4_218_650_000,
          ket: "APBD",
        },
      },
      {
        id: "g2",
        cells: {
          no: 2,
          kode: "2.13.04",
          nm: "Program Administrasi Pemerintahan Desa",
          rp: 1_384_200_000,
          ket: "APBD",
        },
      },
      {
        id: "g3",
        cells: {
          no: 3,
          kode: "2.13.05",
          nm: "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
          rp: 962_475_000,
          ket: "APBD",
        },
      },
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({ no: "JUMLAH", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI NGADA RAYA"],
    nama: "YOHANES DON BOSCO REDO, S.H.",
    nip: "-",
  });
  const q = (id: string) => `'${R}'!${rt.a("y1", id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "r3") },
        { sheet: R, cell: rt.a("y1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the BUMDes naik klasifikasi is 15, the Renstra's Tahun ke-2 (2026) target; the Tahun ke-1 (2025) target is 12",
    truth: q("r3"),
  });
  b.plant({
    at: { sheet: R, cell: rt.a("ak", "r3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the BUMDes naik klasifikasi (a count per year, a flow) is 22, the Tahun ke-5 target; the five years add to 87",
    truth: ["y1", "y2", "y3", "y4", "y5"].map((k) => rt.a(k, "r3")).join("+"),
  });
  for (const id of ["r1", "r2", "r4"]) {
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: q(id) });
    // levels end on the Tahun ke-5 target, not the sum
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: ["y1", "y2", "y3", "y4", "y5"].map((k) => rt.a(k, id)).join("+"),
    });
  }
  b.ok({ sheet: R, cell: rt.a("y5", "r2"), rules: ["target-trend"], truth: "28" });
  b.ok({
    sheet: P,
    cell: pt2.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pt2.a("rp", "g1")}:${pt2.a("rp", "g3")})`,
  });
  return b.finish();
}
