// LKjIP 2024 of the Bapenda of Kabupaten Sawang Kidul and the Perjanjian Kinerja 2025 of the Bapenda
// of Kota Teluk Sirandah beside its Renstra targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
  akhir: number;
};

/** LKjIP 2024, Tabel 3.1 Pengukuran Kinerja, Bapenda Kabupaten Sawang Kidul. */
export function lkjipBapenda(): BookW {
  const b = new BookW(
    "lkjip-2024-bapenda-sawang-kidul-311.xlsx",
    "LKjIP capaian (Bapenda)",
    "LKjIP 2024 with 'Tahun 2024' over Target / Realisasi / Capaian / Predikat, Sasaran merged over its indicators, Realisasi 2023 after the year group, Target akhir Renstra (2026) and capaian against it, ROUND formulas, refleksi on two negative indicators, a Rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Kinerja Badan Pendapatan Daerah Kabupaten Sawang Kidul Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya pendapatan asli daerah";
  const S2 = "Menurunnya tunggakan pajak daerah";
  const S3 = "Meningkatnya kepatuhan wajib pajak";
  const inds: Ind[] = [
    {
      id: "a",
      sas: S1,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      neg: false,
      t: 13.2,
      r: 13.6,
      r23: 12.1,
      akhir: 14.5,
    },
    {
      id: "b",
      sas: S1,
      ind: "Persentase pertumbuhan PAD",
      sat: "%",
      neg: false,
      t: 8.0,
      r: 7.1,
      r23: 9.4,
      akhir: 8.5,
    },
    {
      id: "c",
      sas: S2,
      ind: "Rasio piutang pajak daerah terhadap ketetapan pajak",
      sat: "%",
      neg: true,
      t: 22.0,
      r: 24.2,
      r23: 25.8,
      akhir: 18.0,
    },
    {
      id: "d",
      sas: S2,
      ind: "Jumlah pengaduan wajib pajak atas penetapan pajak",
      sat: "kasus",
      neg: true,
      t: 40,
      r: 31,
      r23: 47,
      akhir: 30,
    },
    {
      id: "e",
      sas: S3,
      ind: "Persentase wajib pajak yang melaporkan SPTPD tepat waktu",
      sat: "%",
      neg: false,
      t: 85,
      r: 62.3,
      r23: 71.4,
      akhir: 90,
    },
    {
      id: "f",
      sas: S3,
      ind: "Indeks kepuasan wajib pajak terhadap layanan pajak daerah",
      sat: "indeks",
      neg: false,
      t: 82,
      r: 80.6,
      r23: 78.9,
      akhir: 85,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat", width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "ca", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const capOf = (x: Ind, t: number) => round(x.neg ? ((2 * t - x.r) / t) * 100 : (x.r / t) * 100);
  // planted 1: row c (negative) computed with R/T; planted 2: row e predikat "Baik" for 73.29
  const shown = (x: Ind) => (x.id === "c" ? round((x.r / x.t) * 100) : capOf(x, x.t));
  const body: Row[] = inds.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const T = c.a("t");
      const R = c.a("r");
      const TA = c.a("ta");
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: x.t,
        r: x.r,
        cap: fx(x.neg && x.id !== "c" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
        pred: x.id === "e" ? "Baik" : predikatBaik(shown(x)),
        r23: x.r23,
        ta: x.akhir,
        ca: fx(x.neg ? `ROUND((2*${TA}-${R})/${TA}*100,2)` : `ROUND(${R}/${TA}*100,2)`),
      };
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        bold: true,
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          cap: fx(`ROUND(AVERAGE(${c.a("cap", "a")}:${c.a("cap", "f")}),2)`),
          ca: fx(`ROUND(AVERAGE(${c.a("ca", "a")}:${c.a("ca", "f")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik (rasio piutang, jumlah pengaduan) dihitung",
    "(2 x Target - Realisasi) / Target x 100. Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `ROUND((2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100,2)`;
  const rt = (id: string, tk = "t") => `ROUND(${a("r", id)}/${a(tk, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cap", "c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rasio piutang pajak (lower is better) computed with R/T = 110.00; refleksi (2 x 22 - 24.2) / 22 gives 90.00",
    truth: refl("c"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "e") },
    rules: ["predikat-mismatch"],
    note: "'Baik' for a capaian of 73.29; the band > 65 to 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("cap", "e")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "d"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("d"),
    trap: rt("d"),
  });
  b.ok({
    sheet: S,
    cell: a("ca", "d"),
    rules: ["capaian-mismatch"],
    truth: refl("d", "ta"),
    trap: rt("d", "ta"),
  });
  b.ok({
    sheet: S,
    cell: a("ca", "c"),
    rules: ["capaian-mismatch"],
    truth: refl("c", "ta"),
    trap: rt("c", "ta"),
  });
  for (const id of ["a", "b", "e", "f"]) {
    b.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: rt(id) });
    b.ok({ sheet: S, cell: a("ca", id), rules: ["capaian-mismatch"], truth: rt(id, "ta") });
  }
  for (const id of ["a", "b", "d", "f"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  b.ok({ sheet: S, cell: a("cap", "a"), rules: ["percent-out-of-range"], truth: rt("a") });
  return b.finish();
}

type Sr = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; pk?: number };

/** PK 2025 of Bapenda Kota Teluk Sirandah, with its Renstra 2025-2029 IKU targets. */
export function pkBapenda(): BookW {
  const b = new BookW(
    "pk-2025-bapenda-teluk-sirandah-311.xlsx",
    "Perjanjian Kinerja + Renstra (Bapenda)",
    "PK 2025 statement page, indicator table (Target Tahun 2025 before Satuan, no sasaran merge), program table with a typed Jumlah; sheet 'IKU Renstra' with 'Tahun - 1..5' resolved from 'Renstra 2025-2029', a negative indicator with falling targets, kondisi akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const p = b.sheet(P);
  const ren = b.sheet(R);
  // ---- Renstra sheet first (the PK points at it)
  ren.lines([
    "Indikator Kinerja Utama dan Target Kinerja Renstra Badan Pendapatan Daerah",
    "Kota Teluk Sirandah Periode 2025-2029",
  ]);
  ren.gap();
  const SA = "Meningkatnya pendapatan asli daerah";
  const SB = "Meningkatnya efektivitas penagihan pajak daerah";
  const inds: Sr[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 18.4,
      k: [19.0, 19.6, 20.3, 21.0, 21.8],
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase realisasi pajak daerah terhadap target",
      sat: "%",
      awal: 96.2,
      k: [97, 97.5, 98, 98.5, 99],
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase piutang pajak daerah yang tertagih",
      sat: "%",
      awal: 31.5,
      k: [34, 37, 40, 43, 46],
      pk: 37,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 29.6,
      k: [28, 26, 24, 22, 20],
    },
    {
      id: "i5",
      sas: SA,
      ind: "Persentase realisasi retribusi daerah terhadap target",
      sat: "%",
      awal: 88.0,
      k: [90, 91.5, 93, 94.5, 96],
    },
  ];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((i): Col => ({
      key: `k${i}`,
      head: ["Target Kinerja", `Tahun - ${i}`],
      role: "target",
      year: 2024 + i,
      fmt: DEC,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = ren.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k1: x.k[0],
        k2: x.k[1],
        k3: x.k[2],
        k4: x.k[3],
        k5: x.k[4],
        ka: x.k[4],
      },
    })),
  });
  // ---- PK sheet
  letterhead(p, ["PEMERINTAH KOTA TELUK SIRANDAH", "BADAN PENDAPATAN DAERAH"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi",
    "pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : Hj. NORHASANAH RAHMAN, S.E., M.M.",
    "Jabatan : Kepala Badan Pendapatan Daerah",
    "selanjutnya disebut pihak pertama, dan",
    "Nama    : Ir. H. MUHAMMAD YAMANI ARSYAD, M.T.",
    "Jabatan : Wali Kota Teluk Sirandah",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  p.lines(["Teluk Sirandah, 6 Januari 2025"]);
  p.gap(4);
  p.lines(["PERJANJIAN KINERJA TAHUN 2025 BADAN PENDAPATAN DAERAH KOTA TELUK SIRANDAH"]);
  p.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
  ];
  // planted: i3's PK target 37 is the Renstra Tahun - 2 (2026) target; 2025 is 34
  const pt = p.table({
    cols: pcols,
    headerRows: 1,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, t: x.pk ?? x.k[0], sat: x.sat },
    })),
  });
  p.gap();
  const progs = [
    { id: "g1", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 14_862_450_000 },
    { id: "g2", nama: "Program Pengelolaan Pendapatan Daerah", rp: 4_812_300_000 },
  ];
  // planted: typed Jumlah 19,647,750,000; the programs give 19,674,750,000
  const pg = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i) => ({ id: g.id, cells: { no: i + 1, prog: g.nama, rp: g.rp, ket: "APBD 2025" } })),
      {
        id: "jml",
        span: ["no", "prog"] as [string, string],
        bold: true,
        cells: { no: "Jumlah", rp: 19_647_750_000 },
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["WALI KOTA TELUK SIRANDAH"],
    nama: "Ir. H. MUHAMMAD YAMANI ARSYAD, M.T.",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "i3") },
        { sheet: R, cell: rt.a("k1", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 37 for piutang tertagih is the Renstra Tahun - 2 (2026) target; the 2025 (Tahun - 1) target is 34",
    truth: `'${R}'!${rt.a("k1", "i3")}`,
  });
  b.plant({
    at: { sheet: P, cell: pg.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Typed Jumlah 19,647,750,000; the two programs add up to 19,674,750,000",
    truth: `${pg.a("rp", "g1")}+${pg.a("rp", "g2")}`,
  });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k1", id)}`,
    });
  for (const id of ["i1", "i2", "i3", "i4", "i5"]) {
    const five = [1, 2, 3, 4, 5].map((i) => rt.a(`k${i}`, id)).join("+");
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: five,
    });
  }
  b.ok({ sheet: R, cell: rt.a("k3", "i4"), rules: ["target-trend"], truth: "24" });
  return b.finish();
}
