// Performance tables of a Dinas Ketahanan Pangan: the LKjIP 2024 of an NTT kabupaten (skor PPH,
// konsumsi energi, desa rawan pangan and PoU lower is better, cadangan pangan), the PK 2025 of a Riau
// kabupaten beside its Renstra 2025-2029, and an IKU matrix. Every name and number is invented.
import {
  BookW,
  DEC,
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
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipPangan(): BookW {
  const b = new BookW(
    "lkjip-skor-pph-dkp-sikka-timur.xlsx",
    "LKjIP pengukuran kinerja (Dinas Ketahanan Pangan)",
    "LKjIP 2024 of an NTT DKP: No | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; refleksi for the two lower-is-better rows; Rata-rata row",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KETAHANAN PANGAN KABUPATEN SIKKA TIMUR"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    { id: "i1", ind: "Skor Pola Pangan Harapan (PPH)", sat: "poin", r23: 79.6, t: 86.5, r: 82.3, f: DEC },
    {
      id: "i2",
      ind: "Konsumsi energi per kapita",
      sat: "kkal/kap/hari",
      r23: 2018,
      t: 2100,
      r: 2061,
      f: "#,##0",
    },
    {
      id: "i3",
      ind: "Persentase desa rawan pangan",
      sat: "%",
      r23: 14.2,
      t: 12.5,
      r: 10.8,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Prevalensi ketidakcukupan konsumsi pangan (PoU)",
      sat: "%",
      r23: 12.1,
      t: 9.5,
      r: 11.2,
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Ketersediaan cadangan pangan pemerintah daerah",
      sat: "ton",
      r23: 86,
      t: 100,
      r: 112.5,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikatBaik(capOf(rows[3])) !== "Baik") throw new Error("lkjip i4");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: desa rawan pangan (lower is better) takes R / T
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Cukup" for the PoU's 82.11
          p: x.id === "i4" ? "Cukup" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of desa rawan pangan (lower is better by the note) is R / T = 86.40; (2 x 12.5 - 10.8) / 12.5 gives 113.60, as the PoU row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Cukup' for the PoU's 82.11; the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules:
        x.id === "i4"
          ? ["capaian-mismatch", "inconsistent-formula"]
          : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ====================================== DKP Kabupaten Rokan Seberang (Riau), PK 2025 and Renstra

type RInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkPangan(): BookW {
  const b = new BookW(
    "pk-kadis-renstra-dkp-rokan-seberang.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Ketahanan Pangan)",
    "sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > ke-1 (2025) .. ke-5 (2029) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const rows: RInd[] = [
    {
      id: "r1",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "poin",
      awal: 83.1,
      tg: [84.5, 86, 87.5, 89, 90.5],
    },
    {
      id: "r2",
      ind: "Konsumsi energi per kapita",
      sat: "kkal/kap/hari",
      awal: 2045,
      tg: [2080, 2110, 21500, 2180, 2200],
    },
    {
      id: "r3",
      ind: "Persentase desa rawan pangan",
      sat: "%",
      awal: 9.8,
      tg: [9, 8.2, 7.5, 6.8, 6],
      neg: true,
    },
    {
      id: "r4",
      ind: "Persentase pemenuhan cadangan pangan pemerintah daerah",
      sat: "%",
      awal: 71.5,
      tg: [75, 78, 81, 84, 87],
    },
  ];
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN ROKAN SEBERANG",
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KETAHANAN PANGAN",
  ]);
  // planted: the PK target of desa rawan pangan is the Renstra 2026 value
  const pkT = (x: RInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: "Meningkatnya ketahanan pangan masyarakat",
        ind: x.ind,
        sat: x.sat,
        t: pkT(x),
      },
    })),
  });
  s.gap();
  signature(s, 4, {
    tempat: "Bagan Seberang, 3 Januari 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan,"],
    nama: "H. ZULKIFLI AMRAN, S.P., M.M.",
    nip: "19750614 200212 1 004",
  });
  const r = b.sheet(R);
  letterhead(r, ["Tabel 6.1 Target Indikator Kinerja Renstra Dinas Ketahanan Pangan 2025-2029"]);
  const TG = "Target Tahun ke-";
  const t2 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: [TG, `ke-${i + 1} (${2025 + i})`],
        role: "target",
        year: 2025 + i,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, i) => [`y${i}`, v])),
        ak: x.id === "r2" ? 2200 : x.tg[4],
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("t", "r3") },
        { sheet: R, cell: t2.a("y0", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of desa rawan pangan is 8.20, the Renstra 2026 value; the Renstra 2025 target is 9.00",
    truth: `'${R}'!${t2.a("y0", "r3")}`,
  });
  b.plant({
    at: { sheet: R, cell: t2.a("y2", "r2") },
    rules: ["target-outlier"],
    note: "konsumsi energi 2027 target typed 21,500 (a zero too many) between 2,110 and 2,180; meant 2,150",
    truth: "2150",
    tol: 1,
  });
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("t", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${t2.a("y0", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: t2.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t2.a("y4", x.id),
      trap: `SUM(${t2.a("y0", x.id)}:${t2.a("y4", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: t2.a("y4", "r3"), rules: ["target-trend"], truth: "6" });
  return b.finish();
}

// ====================================== DKP Kabupaten Manggarai Tengah Raya (NTT), IKU 2025-2029

export function ikuPangan(): BookW {
  const b = new BookW(
    "iku-matriks-dkp-manggarai-tengah-raya.xlsx",
    "IKU matrix (Dinas Ketahanan Pangan)",
    "No | Sasaran | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Penanggung Jawab; a falling lower-is-better row",
  );
  const S = "IKU DKP";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MANGGARAI TENGAH RAYA", "DINAS KETAHANAN PANGAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025-2029"]);
  s.gap();
  const rows = [
    {
      id: "a",
      ind: "Skor Pola Pangan Harapan (PPH)",
      rum: "Sigma (skor aktual x bobot) 9 kelompok pangan",
      sat: "poin",
      awal: 78.4,
      tg: [80, 81.5, 79, 84.5, 86],
    },
    {
      id: "b",
      ind: "Persentase desa tahan pangan",
      rum: "desa tahan pangan / jumlah desa x 100%",
      sat: "%",
      awal: 82.5,
      tg: [85, 88, 91, 94, 104],
    },
    {
      id: "c",
      ind: "Persentase penduduk rawan pangan",
      rum: "penduduk dengan konsumsi < 70% AKE / penduduk x 100%",
      sat: "%",
      awal: 11.6,
      tg: [10.8, 10, 9.2, 8.4, 7.6],
    },
    {
      id: "d",
      ind: "Konsumsi energi per kapita",
      rum: "Susenas, kkal per orang per hari",
      sat: "kkal/kap/hari",
      awal: 1985,
      tg: [2010, 2040, 2070, 2100, 2130],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
      { key: "rum", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: "Meningkatnya ketersediaan dan kualitas konsumsi pangan",
        ind: x.ind,
        rum: x.rum,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, i) => [`y${i}`, v])),
        pj: "Bidang Konsumsi dan Keamanan Pangan",
      },
    })),
  });
  b.plant({
    at: { sheet: S, cell: t.a("y2", "a") },
    rules: ["target-trend"],
    note: "skor PPH target 2027 typed 79.00, below 2026's 81.50, in a rising series; the step of 1.50 gives 83.00",
    truth: "83",
  });
  b.plant({
    at: { sheet: S, cell: t.a("y4", "b") },
    rules: ["percent-out-of-range"],
    note: "persentase desa tahan pangan 2029 target is 104 % (more villages than there are); the step of 3 gives 97",
    truth: "97",
  });
  b.ok({ sheet: S, cell: t.a("y4", "c"), rules: ["target-trend", "percent-out-of-range"], truth: "7.6" });
  b.ok({
    sheet: S,
    cell: t.a("y3", "b"),
    rules: ["percent-out-of-range", "target-trend"],
    truth: "94",
    trap: "100",
  });
  b.ok({ sheet: S, cell: t.a("y4", "d"), rules: ["target-outlier", "target-trend"], truth: "2130" });
  return b.finish();
}
