// Performance tables of the seventy-eighth unseen set: the IKU matrix with the 2024 capaian of the
// Dinas Pemuda dan Olahraga Provinsi Gorontalo ('Indeks Pembangunan Pemuda' an index, a lower-is-
// better rate, a qualitative SAKIP target), and the Perjanjian Kinerja 2025 of the Dispora Provinsi
// Sumatera Selatan with its program budget and the Renstra 2024-2026 targets. Invented numbers.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

// =============================================== Matriks IKU, Dispora Provinsi Gorontalo

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  sifat: "Naik" | "Turun";
  t: number | string;
  r: number | string;
  t25: number | string;
  t26: number | string;
  pj: string;
};

export function ikuDisporaGorontalo(): BookW {
  const b = new BookW(
    "matriks-iku-capaian-2024-dispora-gorontalo.xlsx",
    "Matriks IKU with 2024 capaian and targets to 2026 (Dispora Provinsi)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Sifat (Naik/Turun) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | 'Target Tahun' > 2025 | 2026 | Target Akhir Renstra | Penanggung Jawab; capaian ROUND formulas, refleksi for Turun; predikat typed; a qualitative SAKIP row with '-'",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU)",
    "DINAS PEMUDA DAN OLAHRAGA PROVINSI GORONTALO",
    "Capaian Tahun 2024 dan Target Tahun 2025 - 2026",
  ]);
  const S1 = "Meningkatnya kualitas dan peran pemuda dalam pembangunan daerah";
  const S2 = "Meningkatnya prestasi olahraga daerah";
  const S3 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
  const xs: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pembangunan Pemuda (IPP)",
      rumus: "Rata-rata tertimbang 5 domain IPP (BPS/Kemenpora)",
      sat: "indeks",
      sifat: "Naik",
      t: 56.4,
      r: 57.15,
      t25: 57.1,
      t26: 57.8,
      pj: "Kabid Kepemudaan",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Tingkat pengangguran terbuka usia pemuda (16-30 tahun)",
      rumus: "Pemuda menganggur / angkatan kerja pemuda x 100%",
      sat: "%",
      sifat: "Turun",
      t: 9.8,
      r: 8.95,
      t25: 9.4,
      t26: 9.0,
      pj: "Kabid Kepemudaan",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase organisasi kepemudaan yang aktif",
      rumus: "OKP aktif / OKP terdaftar x 100%",
      sat: "%",
      sifat: "Naik",
      t: 60,
      r: 62.4,
      t25: 64,
      t26: 68,
      pj: "Kabid Kepemudaan",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah atlet peraih medali tingkat nasional",
      rumus: "Jumlah atlet Gorontalo peraih medali kejurnas/PON",
      sat: "orang",
      sifat: "Naik",
      t: 45,
      r: 38,
      t25: 50,
      t26: 55,
      pj: "Kabid Peningkatan Prestasi Olahraga",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase cabang olahraga berprestasi tingkat nasional",
      rumus: "Cabor peraih medali nasional / cabor binaan KONI x 100%",
      sat: "%",
      sifat: "Naik",
      t: 35,
      r: 28.5,
      t25: 38,
      t26: 40,
      pj: "Kabid Peningkatan Prestasi Olahraga",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase prasarana olahraga milik provinsi dalam kondisi rusak berat",
      rumus: "Prasarana rusak berat / seluruh prasarana x 100%",
      sat: "%",
      sifat: "Turun",
      t: 18,
      r: 16.2,
      t25: 15,
      t26: 12,
      pj: "Kabid Sarana dan Prasarana",
    },
    {
      id: "i7",
      sas: S3,
      ind: "Nilai SAKIP Dinas Pemuda dan Olahraga",
      rumus: "Hasil evaluasi AKIP oleh Inspektorat",
      sat: "predikat",
      sifat: "Naik",
      t: "BB",
      r: "B",
      t25: "BB",
      t26: "A",
      pj: "Sekretaris",
    },
  ];
  const Y = "Tahun 2024";
  const TT = "Target Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "sifat", head: ["Sifat (Naik/Turun)"], role: "polaritas", width: 9 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [Y, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pr", head: [Y, "Predikat"], role: "predikat", year: 2024, width: 13 },
    { key: "t25", head: [TT, "2025"], role: "target", year: 2025, fmt: DEC },
    { key: "t26", head: [TT, "2026"], role: "target", year: 2026, fmt: DEC },
    { key: "ak", head: ["Target Akhir Renstra"], role: "kondisi-akhir", year: 2026, fmt: DEC },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
  ];
  const band = (p: number) =>
    p > 90 ? "Sangat Tinggi" : p > 75 ? "Tinggi" : p > 65 ? "Sedang" : p > 50 ? "Rendah" : "Sangat Rendah";
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        sifat: x.sifat,
        t: x.t,
        r: x.r,
        t25: x.t25,
        t26: x.t26,
        pj: x.pj,
      };
      if (typeof x.t === "string") {
        out.c = "-";
        out.pr = "-";
        out.ak = x.t26;
        return out;
      }
      const T = x.t;
      const R = x.r as number;
      // planted 1: the rusak-berat rate (Turun) takes R/T like the Naik rows
      const turun = x.sifat === "Turun" && x.id !== "i6";
      out.c = turun
        ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
        : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
      const shown = turun ? ((2 * T - R) / T) * 100 : (R / T) * 100;
      // planted 2: the medal athletes' 84.44 typed as Sangat Tinggi
      out.pr = x.id === "i4" ? "Sangat Tinggi" : band(Math.round(shown * 100) / 100);
      // planted 3: the cabor rate's end target points at 2025
      out.ak = x.id === "i5" ? fx(c.a("t25")) : fx(c.a("t26"));
      if (x.sat === "orang") {
        out.t = fmt(T, "0");
        out.r = fmt(R, "0");
        out.t25 = fmt(x.t25 as number, "0");
        out.t26 = fmt(x.t26 as number, "0");
      }
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator bersifat Turun dihitung (2 x Target - Realisasi) / Target x 100%.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Gorontalo, 14 Februari 2025",
    jabatan: ["Kepala Dinas Pemuda dan Olahraga", "Provinsi Gorontalo,"],
    nama: "Dr. ROSNA YUSUF DUNGGIO, M.Pd",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720309 199802 2 003",
  });
  const a = t.a.bind(t);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the rusak-berat rate (Turun) =ROUND(16.2/18*100,2) = 90.00; the refleksi (2 x 18 - 16.2) / 18 gives 110.00, as the note below the table says",
    truth: `ROUND((2*${a("t", "i6")}-${a("r", "i6")})/${a("t", "i6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat Sangat Tinggi for the medal athletes' capaian 38 / 45 = 84.44; the band > 75 s.d. 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "i5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Target Akhir Renstra of the cabor rate =K (the 2025 target 38.00); the period ends with the 2026 target 40.00",
    truth: a("t26", "i5"),
  });
  // trap: a lower-is-better capaian is the refleksi, above 100 while R/T is below
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  // trap: the index's end target is the 2026 value, not a sum of years
  b.ok({
    sheet: S,
    cell: a("ak", "i1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t26", "i1"),
    trap: `${a("t25", "i1")}+${a("t26", "i1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("pr", "i2"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i2")})` });
  b.ok({ sheet: S, cell: a("pr", "i5"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i5")})` });
  b.ok({
    sheet: S,
    cell: a("ak", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t26", "i4"),
    trap: `${a("t25", "i4")}+${a("t26", "i4")}`,
  });
  return b.finish();
}

// ============================== PK 2025 and Renstra 2024-2026, Dispora Provinsi Sumatera Selatan

type Ps = { id: string; ind: string; sat: string; aw: number; ts: [number, number, number]; f: string };

export function pkDisporaSumsel(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-anggaran-dispora-sumsel.xlsx",
    "Perjanjian Kinerja 2025 with its budget, and Renstra 2024-2026 targets (Dispora Provinsi)",
    "sheet `PK 2025`: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2025, then under it No | Program | Anggaran (Rp) | Sumber with Jumlah (SUM); sheet `Renstra 2024-2026`: No | Indikator Kinerja | Satuan | Baseline 2023 | 'Target' > 2024 | 2025 | 2026",
  );
  const S1 = "PK 2025";
  const S2 = "Renstra 2024-2026";
  const xs: Ps[] = [
    {
      id: "q1",
      ind: "Indeks Pembangunan Pemuda Provinsi Sumatera Selatan",
      sat: "indeks",
      aw: 54.83,
      ts: [55.6, 56.35, 57.1],
      f: DEC,
    },
    {
      id: "q2",
      ind: "Persentase pemuda yang menjadi wirausaha muda",
      sat: "%",
      aw: 3.12,
      ts: [3.4, 3.7, 4.0],
      f: DEC,
    },
    {
      id: "q3",
      ind: "Jumlah medali emas pada multi event nasional (PON/Peparnas)",
      sat: "medali",
      aw: 18,
      ts: [21, 24, 27],
      f: "0",
    },
    // planted 2: 2025 typed 23.5 for 32.5 (digits swapped) between 31.0 and 34.0
    {
      id: "q4",
      ind: "Persentase atlet PPLP yang berprestasi di tingkat nasional",
      sat: "%",
      aw: 28.4,
      ts: [31.0, 23.5, 34.0],
      f: DEC,
    },
    {
      id: "q5",
      ind: "Persentase prasarana olahraga provinsi dalam kondisi rusak berat",
      sat: "%",
      aw: 21.6,
      ts: [19.5, 17.5, 15.0],
      f: DEC,
    },
  ];
  const s1 = b.sheet(S1);
  const s2 = b.sheet(S2);
  // ---- Renstra
  letterhead(s2, ["TARGET KINERJA RENSTRA DISPORA PROVINSI SUMATERA SELATAN 2024 - 2026"]);
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Baseline 2023"], role: "kondisi-awal", year: 2023 },
    { key: "y24", head: ["Target", "2024"], role: "target", year: 2024 },
    { key: "y25", head: ["Target", "2025"], role: "target", year: 2025 },
    { key: "y26", head: ["Target", "2026"], role: "target", year: 2026 },
  ];
  const rows2: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: {
      no: i + 1,
      ind: x.ind,
      sat: x.sat,
      aw: fmt(x.aw, x.f),
      y24: fmt(x.ts[0], x.f),
      y25: fmt(x.ts[1], x.f),
      y26: fmt(x.ts[2], x.f),
    },
  }));
  const t2 = s2.table({ cols: cols2, headerRows: 2, rows: rows2 });
  // ---- PK
  letterhead(s1, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PEMUDA DAN OLAHRAGA PROVINSI SUMATERA SELATAN"]);
  const SA = "Terwujudnya pemuda yang berdaya saing";
  const SB = "Meningkatnya prestasi olahraga Sumatera Selatan";
  const sas: Record<string, string> = { q1: SA, q2: SA, q3: SB, q4: SB, q5: SB };
  const cols1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
  ];
  const rows1: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: {
      no: i + 1,
      sas: sas[x.id],
      ind: x.ind,
      sat: x.sat,
      // planted 1: the gold-medal target copied from the 2026 column
      tg: fmt(x.id === "q3" ? x.ts[2] : x.id === "q4" ? 32.5 : x.ts[1], x.f),
    },
  }));
  const t1 = s1.table({ cols: cols1, headerRows: 1, rows: rows1, vmerge: ["sas"] });
  s1.gap();
  s1.lines(["Program dan anggaran untuk mencapai sasaran:"], 2, { bold: true });
  const pg = [
    { id: "g1", nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", rp: 21486350000, sd: "APBD" },
    { id: "g2", nm: "Program Pengembangan Kapasitas Daya Saing Kepemudaan", rp: 4872600000, sd: "APBD" },
    { id: "g3", nm: "Program Pengembangan Kapasitas Daya Saing Keolahragaan", rp: 18935400000, sd: "APBD" },
    { id: "g4", nm: "Program Pengembangan Kapasitas Pramuka", rp: 1250000000, sd: "APBD" },
  ];
  const cols3: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Program"], role: "lainnya", width: 30 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 44 },
    { key: "sd", head: ["Sumber"], role: "keterangan", width: 9 },
  ];
  const rows3: Row[] = pg.map((x, i) => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: x.sd } }));
  rows3.push({
    id: "jml",
    bold: true,
    cells: (c) => ({ nm: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
  });
  const t3 = s1.table({ cols: cols3, headerRows: 1, rows: rows3 });
  s1.gap();
  s1.lines(["Palembang, 3 Januari 2025"], 4);
  signature(s1, 4, {
    tempat: "Pihak Kedua,",
    jabatan: ["Kepala Dinas Pemuda dan Olahraga"],
    nama: "MUHAMMAD RIDWAN ALAMSYAH, S.STP., M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19780620 199612 1 001",
  });
  const a1 = t1.a.bind(t1);
  const a2 = t2.a.bind(t2);
  const a3 = t3.a.bind(t3);
  const R = `'${S2}'!`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S1, cell: a1("tg", "q3") },
        { sheet: S2, cell: a2("y25", "q3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the gold medals is 27, the Renstra's 2026 target; the Renstra 2025 target is 24",
    truth: `${R}${a2("y25", "q3")}`,
    actual: a1("tg", "q3"),
  });
  b.plant({
    at: { sheet: S2, cell: a2("y25", "q4") },
    rules: ["target-trend", "target-outlier", "cross-table-mismatch"],
    note: "Renstra 2025 target of the PPLP athletes' rate typed 23.50 (digits of 32.50 swapped) between 31.00 (2024) and 34.00 (2026); the PK 2025 gives 32.50",
    truth: `'${S1}'!${a1("tg", "q4")}`,
  });
  // trap: a Turun rate's targets fall year by year, and the PK takes 2025 (not 2024 nor 2026)
  b.ok({
    sheet: S1,
    cell: a1("tg", "q5"),
    rules: ["cross-table-mismatch"],
    truth: `${R}${a2("y25", "q5")}`,
    trap: `${R}${a2("y24", "q5")}`,
  });
  b.ok({ sheet: S2, cell: a2("y26", "q5"), rules: ["target-trend"], truth: "15" });
  b.ok({ sheet: S1, cell: a1("tg", "q1"), rules: ["cross-table-mismatch"], truth: `${R}${a2("y25", "q1")}` });
  b.ok({
    sheet: S1,
    cell: a3("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a3("rp", "g1")}:${a3("rp", "g4")})`,
  });
  return b.finish();
}
