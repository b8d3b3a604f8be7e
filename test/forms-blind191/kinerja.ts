// Performance tables of the Dinas Kesehatan of a Jawa Tengah kabupaten (Sendangrejo): the LKjIP 2024 measurement
// of the kesehatan lingkungan sasaran (diare per 1.000 penduduk lower is better, refleksi), and the PK 2025 beside
// the Renstra 2021-2026 targets (years in the header, kondisi akhir). Every name and number is invented.
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

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = { id: string; ind: string; sat: string; t: number; r: number; r23: number; neg?: boolean };

export function lkjipKeslingSendangrejo(): BookW {
  const b = new BookW(
    "lkjip-2024-kesling-dinkes-sendangrejo.xlsx",
    "LKjIP pengukuran kinerja (kesehatan lingkungan, Dinkes)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Kesehatan in Jawa Tengah: No | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi on the diare rate; Rata-rata and predikat footer; predikat note",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SENDANGREJO",
    "DINAS KESEHATAN",
    "Jl. Pemuda No. 27 Sendangrejo, Jawa Tengah",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran: Meningkatnya Kualitas Kesehatan Lingkungan Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)",
      sat: "%",
      t: 85,
      r: 88.62,
      r23: 79.31,
    },
    {
      id: "i2",
      ind: "Persentase tempat dan fasilitas umum (TFU) yang memenuhi syarat kesehatan",
      sat: "%",
      t: 80,
      r: 74.15,
      r23: 71.8,
    },
    {
      id: "i3",
      ind: "Persentase tempat pengelolaan pangan (TPP) yang memenuhi syarat",
      sat: "%",
      t: 70,
      r: 49.28,
      r23: 45.6,
    },
    {
      id: "i4",
      ind: "Persentase sarana air minum dengan kualitas memenuhi syarat",
      sat: "%",
      t: 75,
      r: 61.9,
      r23: 63.2,
    },
    {
      id: "i5",
      ind: "Angka kesakitan diare per 1.000 penduduk",
      sat: "per 1.000",
      t: 24,
      r: 19.8,
      r23: 25.7,
      neg: true,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted i2: the capaian formula keeps a stale result of 97.69
  const shown = (x: Ind) => (x.id === "i2" ? 97.69 : cap(x));
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
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
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t")), x.id === "i2" ? 97.69 : undefined),
          // planted i3: "Kurang" for 70.40 (the band > 65 - 75 is Cukup)
          p: x.id === "i3" ? "Kurang" : predikatBaik(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: angka kesakitan diare semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sendangrejo, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Sendangrejo,"],
    nama: "dr. BAMBANG SURYO WIBOWO, M.M.R.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710806 200012 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the TFU memenuhi syarat is =ROUND(R/T*100,2) with a stale cached 97.69 (realisasi revised after recalculation); 74.15 / 80 gives 92.69",
    truth: rt(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Kurang' for a capaian of 70.40 (49.28 of 70); the note's band > 65 s.d. 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================================ PK 2025 and Renstra 2021-2026, Dinkes Kabupaten Sendangrejo

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkKeslingSendangrejo(): BookW {
  const b = new BookW(
    "pk-2025-renstra-kesling-dinkes-sendangrejo.xlsx",
    "PK 2025 and Renstra 2021-2026 targets (kesehatan lingkungan, Dinkes)",
    "sheet 'PK 2025': statement lines, No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan; then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2021-2026': No | Indikator | Satuan | Kondisi Awal 2021 | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2021-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SENDANGREJO", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama: dr. BAMBANG SURYO WIBOWO, M.M.R., Kepala Dinas Kesehatan",
    "Pihak kedua: Hj. SRI RAHAYU NINGSIH, S.H., M.Si., Bupati Sendangrejo",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)",
      sat: "%",
      awal: 52.4,
      tg: [60, 70, 80, 88, 95],
    },
    {
      id: "r2",
      ind: "Persentase rumah tangga dengan akses jamban sehat",
      sat: "%",
      awal: 81.3,
      tg: [83, 85, 87, 89, 91],
    },
    {
      id: "r3",
      ind: "Persentase puskesmas yang menyelenggarakan kesehatan lingkungan",
      sat: "%",
      awal: 73.1,
      tg: [77, 81, 85, 92, 100],
    },
    {
      id: "r4",
      ind: "Angka kesakitan diare per 1.000 penduduk",
      sat: "per 1.000",
      awal: 28.2,
      tg: [27, 25.5, 24, 22.5, 21],
      neg: true,
    },
  ];
  // planted r2: the PK 2025 target is 91.00, the Renstra 2026 target (2025: 89.00)
  const pk = (x: PkInd) => (x.id === "r2" ? x.tg[4] : x.tg[3]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas kesehatan lingkungan",
        ind: x.ind,
        tg: pk(x),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 38_412_650_000],
    ["p2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 96_845_300_000],
    ["p3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_276_400_000],
    ["p4", "Program Pemberdayaan Masyarakat Bidang Kesehatan", 2_158_750_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pg", head: ["Program"], width: 52 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pg, rp], i): Row => ({ id, cells: { no: i + 1, pg, rp, ket: "APBD" } })),
      // planted: the Jumlah stops one row short (SUM over p1..p3)
      {
        id: "j",
        bold: true,
        span: ["no", "pg"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Sendangrejo, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "BUPATI SENDANGREJO", "", "", "Hj. SRI RAHAYU NINGSIH, S.H., M.Si."], 2);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "KEPALA DINAS KESEHATAN", "", "", "dr. BAMBANG SURYO WIBOWO, M.M.R."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS KESEHATAN KABUPATEN SENDANGREJO"]);
  r.lines(["Target Indikator Kinerja Sasaran Renstra Dinas Kesehatan Tahun 2021-2026"]);
  r.gap();
  const years = [2022, 2023, 2024, 2025, 2026];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: fx(c.a("y2026")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of akses jamban sehat is 91.00, the Renstra 2026 target; the Renstra 2025 target is 89.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first three programs (136,534,350,000); with the Pemberdayaan Masyarakat program's 2,158,750,000 it is 138,693,100,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
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
      truth: tr.a("y2026", x.id),
      trap: `SUM(${tr.a("y2022", x.id)}:${tr.a("y2026", x.id)})`,
    });
  }
  // a rate that reaches 100 % is no percentage out of range; the diare targets fall as they should
  b.ok({
    sheet: R,
    cell: tr.a("y2026", "r3"),
    rules: ["percent-out-of-range", "target-trend"],
    truth: "100",
  });
  b.ok({ sheet: R, cell: tr.a("y2026", "r4"), rules: ["target-trend"], truth: "21" });
  return b.finish();
}
