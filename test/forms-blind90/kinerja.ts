// Performance tables of two Dinas Lingkungan Hidup: the LKjIP 2024 measurement of a Jawa Timur
// kabupaten (pengaduan kasus lingkungan lower is better, refleksi) and the PK 2025 of the DLH of
// Provinsi Kalimantan Tengah beside the Renstra 2025-2029 it quotes. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, round, signature, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ====================================================== DLH Kabupaten Wonoreksan, LKjIP 2024

export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dlh-wonoreksan-2024.xlsx",
    "LKjIP pengukuran kinerja (DLH kabupaten)",
    "No | Sasaran (merged) | Indikator Kinerja Utama | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; refleksi for the pengaduan; Rata-rata capaian and predikat footer",
  );
  const S = "Pengukuran 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WONOREKSAN", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Dinas Lingkungan Hidup Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas lingkungan hidup";
  const S2 = "Meningkatnya pengendalian pencemaran dan kerusakan lingkungan";
  type I = { id: string; sas: string; ind: string; sat: string; t: number; r: number; neg?: boolean };
  const xs: I[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH) Kabupaten",
      sat: "indeks",
      t: 68.5,
      r: 69.12,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase sampah terkelola (pengurangan dan penanganan)",
      sat: "%",
      t: 85,
      r: 84.05,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah pengaduan kasus lingkungan hidup",
      sat: "kasus",
      t: 40,
      r: 46,
      neg: true,
    },
    { id: "i4", sas: S2, ind: "Persentase kendaraan bermotor lulus uji emisi", sat: "%", t: 80, r: 60 },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah dokumen lingkungan (AMDAL, UKL-UPL) yang diterbitkan",
      sat: "dokumen",
      t: 120,
      r: 98,
    },
  ];
  const cap = (x: I) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(xs.reduce((n, x) => n + cap(x), 0) / xs.length);
  const G = "Kinerja Tahun 2024";
  const t = s.table({
    headerRows: 2,
    vmerge: ["sas"],
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
    ],
    rows: [
      ...xs.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the dokumen capaian keeps a stale cached T / R
          c: fx(
            x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t")),
            x.id === "i5" ? 122.45 : undefined,
          ),
          // planted: "Baik" for exactly 75.00 (the band > 65 - 75 is Cukup)
          p: x.id === "i4" ? "Baik" : predikatBaik(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Indikator jumlah pengaduan kasus lingkungan: semakin kecil semakin baik, capaian = (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Wonoreksan, 28 Februari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN WONOREKSAN"],
    nama: "Ir. SUGENG WIDODO RAHARJO, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19700605 199703 1 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "dokumen lingkungan capaian cached 122.45 (T / R); 98 / 120 gives 81.67",
    truth: rt(t.a("r", "i5"), t.a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: t.a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat Baik for a capaian of 75.00; the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${t.a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(t.a("r", "i3"), t.a("t", "i3")),
    trap: rt(t.a("r", "i3"), t.a("t", "i3")),
  });
  b.ok({
    sheet: S,
    cell: t.a("p", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: rt(t.a("r", "i2"), t.a("t", "i2")),
  });
  b.ok({
    sheet: S,
    cell: t.a("p", "i1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i1")})`,
  });
  return b.finish();
}

// ============================================ DLH Provinsi Kalimantan Tengah, PK 2025 and Renstra

export function pkDlhKalteng(): BookW {
  const b = new BookW(
    "pk-kadis-lh-kalteng-2025-renstra.xlsx",
    "PK 2025 (two tables) beside the Renstra DLH 2025-2029",
    "sheet PK: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan | Anggaran (Rp) | Ket. with Jumlah over the programs only; sheet Renstra: Kondisi Awal 2024 | 'Target Kinerja' > 2025..2029 | Kondisi Akhir",
  );
  const R = "Renstra DLH 2025-2029";
  const P = "PK DLH 2025";
  type I = { id: string; ind: string; sat: string; k0: number; ts: number[]; neg?: boolean };
  const xs: I[] = [
    {
      id: "a",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      k0: 72.48,
      ts: [72.9, 73.35, 73.8, 74.25, 74.7],
    },
    { id: "b", ind: "Indeks Kualitas Air (IKA)", sat: "indeks", k0: 58.9, ts: [59.4, 60, 60.6, 61.2, 61.8] },
    {
      id: "c",
      ind: "Persentase penanganan pengaduan kasus lingkungan hidup",
      sat: "%",
      k0: 82,
      ts: [85, 87.5, 90, 92.5, 95],
    },
    {
      id: "d",
      ind: "Luas lahan terbakar",
      sat: "ha",
      k0: 4120,
      ts: [3800, 3500, 3200, 2900, 2600],
      neg: true,
    },
  ];
  // --- Renstra sheet
  const r = b.sheet(R);
  letterhead(r, ["DINAS LINGKUNGAN HIDUP PROVINSI KALIMANTAN TENGAH"]);
  r.lines(["Tabel 5.1 Target Indikator Kinerja Sasaran Renstra DLH Tahun 2025-2029"]);
  r.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    headerRows: 2,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "k0", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...yrs.map((y) => ({
        key: `t${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target" as const,
        year: y,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        k0: x.k0,
        ...Object.fromEntries(yrs.map((y, j) => [`t${y}`, x.ts[j]])),
        ka: x.ts[4],
      },
    })),
  });
  // --- PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TENGAH", "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Dinas Lingkungan Hidup (PIHAK PERTAMA) dan Gubernur Kalimantan Tengah (PIHAK KEDUA)",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"]);
  s.gap();
  const SS = "Meningkatnya kualitas lingkungan hidup daerah";
  const tp = s.table({
    headerRows: 1,
    vmerge: ["sas"],
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    rows: xs.map((x, i) => ({
      id: x.id,
      // planted: the IKLH target is the Renstra 2026 target
      cells: { no: i + 1, sas: SS, ind: x.ind, sat: x.sat, t: x.id === "a" ? x.ts[1] : x.ts[0] },
    })),
  });
  s.gap();
  type G = { id: string; kode: string; n: string; rp?: number; prog?: boolean };
  const gs: G[] = [
    {
      id: "p1",
      kode: "2.11.01",
      n: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      rp: 14_862_450_000,
      prog: true,
    },
    {
      id: "p3",
      kode: "2.11.03",
      n: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      rp: 6_418_300_000,
      prog: true,
    },
    {
      id: "k31",
      kode: "2.11.03.2.01",
      n: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      rp: 3_912_800_000,
    },
    {
      id: "k32",
      kode: "2.11.03.2.02",
      n: "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      rp: 2_505_500_000,
    },
    { id: "p11", kode: "2.11.11", n: "Program Pengelolaan Persampahan", rp: 2_146_750_000, prog: true },
    { id: "k111", kode: "2.11.11.2.01", n: "Pengelolaan Sampah Regional", rp: 1_384_250_000 },
    // planted: a kegiatan of 2.11.11 coded under 2.11.03
    {
      id: "k112",
      kode: "2.11.03.2.03",
      n: "Penerbitan Izin Pendaurulangan Sampah / Pengolahan Sampah",
      rp: 762_500_000,
    },
  ];
  const tg = s.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "n", head: ["Program / Kegiatan"], role: "indikator", width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    rows: [
      ...gs.map((g, i): Row => ({
        id: g.id,
        bold: g.prog,
        cells: {
          no: g.prog ? gs.slice(0, i + 1).filter((x) => x.prog).length : undefined,
          kode: g.kode,
          n: g.n,
          rp: g.rp,
          ket: "APBD",
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "n"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p3")}+${c.a("rp", "p11")}`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Palangka Raya, 6 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Ir. BAHTIAR NUGRAHA SAMBAS, M.Si",
    nip: "19710314 199803 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("t", "a") },
        { sheet: R, cell: tr.a("t2025", "a") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 IKLH target 73.35 is the Renstra 2026 target; the Renstra 2025 target is 72.90",
    truth: `'${R}'!${tr.a("t2025", "a")}`,
  });
  b.plant({
    at: { sheet: P, cell: tg.a("kode", "k112") },
    rules: ["code-hierarchy"],
    note: "kegiatan 2.11.03.2.03 stands under program 2.11.11 Pengelolaan Persampahan",
    truth: tg.a("kode", "p11"),
    actual: `PARENT(${tg.a("kode", "k112")})`,
  });
  b.ok({
    sheet: P,
    cell: tg.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${tg.a("rp", "p1")}+${tg.a("rp", "p3")}+${tg.a("rp", "p11")}`,
    trap: `SUM(${tg.a("rp", "p1")}:${tg.a("rp", "k112")})`,
  });
  b.ok({
    sheet: P,
    cell: tg.a("rp", "p3"),
    rules: ["sum-mismatch"],
    truth: `${tg.a("rp", "k31")}+${tg.a("rp", "k32")}`,
  });
  b.ok({
    sheet: P,
    cell: tp.a("t", "b"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${tr.a("t2025", "b")}`,
  });
  b.ok({
    sheet: P,
    cell: tp.a("t", "d"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${tr.a("t2025", "d")}`,
  });
  b.ok({
    sheet: R,
    cell: tr.a("ka", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("t2029", "c"),
    trap: `SUM(${tr.a("t2025", "c")}:${tr.a("t2029", "c")})`,
  });
  b.ok({ sheet: R, cell: tr.a("t2029", "d"), rules: ["target-trend", "target-outlier"], truth: "2600" });
  return b.finish();
}
