// A PK 2025 of the Dispora Provinsi Maluku beside the Renstra 2025-2029 it quotes, and an LKjIP 2024
// pengukuran kinerja of the Dispora Aceh with ROUND capaian formulas (refleksi for lower-is-better rows)
// and typed predikat words. Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, round, signature, type Ctx } from "../forms/kit";

export function pkDisporaMaluku(): BookW {
  const b = new BookW(
    "pk-2025-dispora-maluku-dan-renstra.xlsx",
    "PK 2025 with the Renstra it quotes",
    "PK 2025 of the Dispora Provinsi Maluku: statement, indicator table (No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025), program table with JUMLAH; sheet Renstra with Kondisi Awal 2024, Target 2025..2029, Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI MALUKU", "DINAS PEMUDA DAN OLAHRAGA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja tahun 2025 sebagai berikut.",
  ]);
  s.gap();
  const inds = [
    {
      id: "i1",
      sas: "Meningkatnya prestasi olahraga Maluku",
      ind: "Jumlah medali emas yang diraih pada kejuaraan nasional",
      sat: "medali",
      t: [14, 16, 18, 20, 22],
      pk: 14,
    },
    {
      id: "i2",
      sas: "Meningkatnya prestasi olahraga Maluku",
      ind: "Persentase atlet berprestasi yang dibina berkelanjutan",
      sat: "%",
      t: [72.5, 75, 77.5, 80, 82.5],
      pk: 75,
    },
    {
      id: "i3",
      sas: "Meningkatnya peran serta pemuda dalam pembangunan",
      ind: "Indeks Pembangunan Pemuda Provinsi Maluku",
      sat: "indeks",
      t: [54.2, 55.1, 56, 56.9, 57.8],
      pk: 54.2,
    },
    {
      id: "i4",
      sas: "Meningkatnya peran serta pemuda dalam pembangunan",
      ind: "Persentase organisasi kepemudaan aktif",
      sat: "%",
      t: [61, 64, 67, 70, 73],
      pk: 61,
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tgt", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tgt: x.pk },
    })),
  });
  s.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", rp: 9_845_312_000 },
    { id: "p2", nm: "Program Pengembangan Kapasitas Daya Saing Kepemudaan", rp: 3_126_450_000 },
    { id: "p3", nm: "Program Pengembangan Kapasitas Daya Saing Keolahragaan", rp: 14_780_900_000 },
    { id: "p4", nm: "Program Pengembangan Kapasitas Kepramukaan", rp: 865_000_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 34 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 9 },
      { key: "x", head: ["Sumber"], width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x, i) => ({
        id: x.id,
        cells: { no: i + 1, prog: x.nm, rp: x.rp, ket: "APBD", x: "DPA 2025" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Ambon, 3 Februari 2025"], 2);
  s.lines(["Pihak Kedua, GUBERNUR MALUKU", "Pihak Pertama, KEPALA DINAS PEMUDA DAN OLAHRAGA"], 2);
  s.gap(3);
  s.lines(["Drs. MARTHINUS H. SOUMOKIL, M.Si", "NIP. 19700512 199503 1 003"], 2);

  const r = b.sheet(R);
  r.lines(
    [
      "RENSTRA DINAS PEMUDA DAN OLAHRAGA PROVINSI MALUKU 2025-2029",
      "Tabel 5.1 Target Indikator Kinerja Utama",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[2025, 2026, 2027, 2028, 2029].map((y) => ({
        key: `t${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target" as const,
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir" as const, width: 10 },
    ],
    headerRows: 2,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.id === "i1" ? 12 : x.id === "i2" ? 70 : x.id === "i3" ? 53.4 : 58,
        t2025: x.t[0],
        t2026: x.t[1],
        t2027: x.t[2],
        t2028: x.t[3],
        t2029: x.t[4],
        ak: x.id === "i1" ? x.t.reduce((n, v) => n + v, 0) : x.t[4],
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tgt", "i2") },
        { sheet: R, cell: t3.a("t2025", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the persentase atlet berprestasi is 75, the Renstra 2026 target; the Renstra 2025 target is 72.5",
    truth: `'${R}'!${t3.a("t2025", "i2")}`,
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH is =SUM over p1..p3, one row short: 27,752,662,000 instead of 28,617,662,000 (Kepramukaan left out)",
    truth: ["p1", "p2", "p3", "p4"].map((id) => t2.a("rp", id)).join("+"),
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: P,
      cell: t1.a("tgt", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t3.a("t2025", id)}`,
    });
  b.ok({
    sheet: R,
    cell: t3.a("ak", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t3.a("t2029", "i2"),
    trap: `SUM(${t3.a("t2025", "i2")}:${t3.a("t2029", "i2")})`,
  });
  b.ok({
    sheet: R,
    cell: t3.a("ak", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t3.a("t2029", "i3"),
    trap: `SUM(${t3.a("t2025", "i3")}:${t3.a("t2029", "i3")})`,
  });
  b.ok({
    sheet: R,
    cell: t3.a("ak", "i1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${t3.a("t2025", "i1")}:${t3.a("t2029", "i1")})`,
  });
  return b.finish();
}

export function lkjipDisporaAceh(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-dispora-aceh.xlsx",
    "LKjIP 2024 pengukuran kinerja",
    "LKjIP 2024 Tabel 3.1 of the Dispora Aceh: No | Sasaran | Indikator Kinerja | Satuan | Tahun 2024 > Target | Realisasi | Capaian (%) | Predikat | Polaritas; ROUND formulas, refleksi on the lower-is-better rows; Rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH ACEH", "DINAS PEMUDA DAN OLAHRAGA ACEH"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const rows = [
    {
      id: "r1",
      sas: "Meningkatnya prestasi olahraga Aceh",
      ind: "Jumlah medali emas PON XXI yang diraih kontingen Aceh",
      sat: "medali",
      pol: "+",
      t: 20,
      r: 24,
    },
    {
      id: "r2",
      sas: "Meningkatnya prestasi olahraga Aceh",
      ind: "Jumlah atlet yang terbukti doping pada kejuaraan nasional",
      sat: "orang",
      pol: "-",
      t: 2,
      r: 3,
    },
    {
      id: "r3",
      sas: "Meningkatnya kualitas prasarana olahraga",
      ind: "Persentase prasarana olahraga milik Pemerintah Aceh dalam kondisi rusak berat",
      sat: "%",
      pol: "-",
      t: 12,
      r: 9,
    },
    {
      id: "r4",
      sas: "Meningkatnya peran pemuda dalam pembangunan",
      ind: "Persentase pemuda yang berwirausaha",
      sat: "%",
      pol: "+",
      t: 4,
      r: 3.92,
    },
    {
      id: "r5",
      sas: "Meningkatnya peran pemuda dalam pembangunan",
      ind: "Indeks Pembangunan Pemuda Aceh",
      sat: "indeks",
      pol: "+",
      t: 56.5,
      r: 48.3,
    },
  ];
  const cap = (x: (typeof rows)[number]) =>
    round(x.pol === "-" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", width: 9 },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, width: 9 },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, width: 9 },
      { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: ["Predikat"], role: "predikat", width: 12 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i) => ({
        id: x.id,
        cells: (c: Ctx) => {
          const T = c.a("t");
          const Rr = c.a("r");
          // planted: r2 (lower is better) computed with the positive formula
          const f =
            x.pol === "-" && x.id !== "r2" ? `ROUND((2*${T}-${Rr})/${T}*100,2)` : `ROUND(${Rr}/${T}*100,2)`;
          return {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            pol: x.pol,
            t: x.t,
            r: x.r,
            c: fx(f),
            // planted: r5's predikat one band too high
            p: x.id === "r5" ? "Sangat Baik" : predikatBaik(x.id === "r2" ? 150 : cap(x)),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"] as [string, string],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "r1")}:${c.a("c", "r5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: polaritas (-) = semakin rendah semakin baik, capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Banda Aceh, 14 Februari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA ACEH,"],
    nama: "Ir. T. RIZAL FACHRURRAZI, M.Si",
    nip: "19720509 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "r2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the doping cases (polaritas -) is =ROUND(R/T*100,2) = 150.00; (2 x 2 - 3) / 2 x 100 gives 50.00",
    truth: `ROUND((2*${a("t", "r2")}-${a("r", "r2")})/${a("t", "r2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "r5") },
    rules: ["predikat-mismatch"],
    note: "Predikat Sangat Baik for a capaian of 85.49; the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "r5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "r3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "r3")}-${a("r", "r3")})/${a("t", "r3")}*100,2)`,
    trap: `ROUND(${a("r", "r3")}/${a("t", "r3")}*100,2)`,
  });
  for (const id of ["r1", "r4", "r5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["r1", "r3", "r4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("c", "r1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("r", "r1")}/${a("t", "r1")}*100,2)`,
  });
  return b.finish();
}
