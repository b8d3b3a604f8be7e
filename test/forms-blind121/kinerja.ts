// Performance tables of the Dinas Kebudayaan: the LKjIP 2024 measurement table of a Sumatera Barat
// kabupaten (2023 and 2024 side by side, capaian formulas, refleksi on the lower-is-better rate of
// damaged cagar budaya, predikat words) and the PK 2025 of a Papua kabupaten's Dinas beside its
// Renstra 2025-2029 targets with ordinal "Tahun ke-" headers. Every name and number is invented.
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
  sas: string;
  ind: string;
  sat: string;
  t23: number;
  r23: number;
  t24: number;
  r24: number;
  neg?: boolean;
  f: string;
};

export function lkjipDisbud(): BookW {
  const b = new BookW(
    "lkjip-2024-disbud-tanah-ombak-pengukuran-kinerja.xlsx",
    "LKjIP pengukuran kinerja (Dinas Kebudayaan)",
    "LKjIP 2024 of a Dinas Kebudayaan in Sumatera Barat: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2023' > Target | Realisasi | Capaian (%) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat 2024; number row with '(7) = (6) / (5) x 100'; refleksi for the lower-is-better rate; Rata-rata row; predikat scale in a note",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH OMBAK", "DINAS KEBUDAYAAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Dinas Kebudayaan Tahun 2024 dibandingkan Tahun 2023"]);
  s.gap();
  const S1 = "Meningkatnya kualitas pelestarian cagar budaya dan permuseuman";
  const S2 = "Meningkatnya apresiasi dan kegiatan seni budaya";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pembangunan Kebudayaan",
      sat: "indeks",
      t23: 51,
      r23: 52.18,
      t24: 53,
      r24: 53.6,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      t23: 55,
      r23: 52.4,
      t24: 60,
      r24: 56.5,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase cagar budaya dalam kondisi rusak",
      sat: "%",
      t23: 26,
      r23: 27.5,
      t24: 22,
      r24: 19.8,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Jumlah pengunjung museum daerah",
      sat: "orang",
      t23: 18_000,
      r23: 16_240,
      t24: 20_000,
      r24: 17_720,
      f: "#,##0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase sanggar seni yang dibina dan aktif berkegiatan",
      sat: "%",
      t23: 50,
      r23: 47,
      t24: 55,
      r24: 41.25,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah event budaya yang difasilitasi",
      sat: "kegiatan",
      t23: 10,
      r23: 11,
      t24: 12,
      r24: 13,
      f: "0",
    },
  ];
  const cap = (x: Ind, T: number, R: number) => round(x.neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);
  const shown = rows.map((x) => (x.id === "i6" ? round((x.r24 / rows[4].t24) * 100) : cap(x, x.t24, x.r24)));
  const avg = round(shown.reduce((n, v) => n + v, 0) / shown.length);
  if (cap(rows[3], 20_000, 17_720) !== 88.6 || cap(rows[4], 55, 41.25) !== 75)
    throw new Error("lkjip numbers");
  const G23 = "Tahun 2023";
  const G24 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "t23", head: [G23, "Target"], role: "target", year: 2023, num: "(5)", width: 10 },
    { key: "r23", head: [G23, "Realisasi"], role: "realisasi", year: 2023, num: "(6)", width: 10 },
    {
      key: "c23",
      head: [G23, "Capaian (%)"],
      role: "capaian",
      year: 2023,
      num: "(7) = (6) / (5) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "t24", head: [G24, "Target"], role: "target", year: 2024, num: "(8)", width: 10 },
    { key: "r24", head: [G24, "Realisasi"], role: "realisasi", year: 2024, num: "(9)", width: 10 },
    {
      key: "c24",
      head: [G24, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(10) = (9) / (8) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: ["Predikat 2024"], role: "predikat", year: 2024, num: "(11)", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const f = x.neg ? refl : rt;
          return {
            no: k + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t23: fmt(x.t23, x.f),
            r23: fmt(x.r23, x.f),
            c23: fx(f(c.a("r23"), c.a("t23"))),
            t24: fmt(x.t24, x.f),
            r24: fmt(x.r24, x.f),
            // planted: i6's capaian 2024 divides by the target of the row above
            c24: fx(x.id === "i6" ? rt(c.a("r24"), c.a("t24", "i5")) : f(c.a("r24"), c.a("t24"))),
            // planted: "Sangat Baik" for the museum's 88.60
            p: x.id === "i4" ? "Sangat Baik" : predikatBaik(cap(x, x.t24, x.r24)),
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r24"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja Tahun 2024",
          c24: fx(`ROUND(AVERAGE(${c.a("c24", "i1")}:${c.a("c24", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator No. 3 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Batu Sangkar Baru, 25 Februari 2025",
    jabatan: ["KEPALA DINAS KEBUDAYAAN", "KABUPATEN TANAH OMBAK"],
    nama: "ZULKIFLI DT. RAJO BATUAH, S.Sn., M.Sn.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770208 200212 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c24", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian 2024 of 'Jumlah event budaya yang difasilitasi' divides its realisasi 13 by the target 55 of the row above (23.64); 13 / 12 x 100 gives 108.33",
    truth: rt(a("r24", "i6"), a("t24", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for the museum visitors' capaian 88.60 (17,720 of 20,000); the band > 75 s.d. 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c24", "i4")})`,
  });
  for (const x of rows) {
    const f = x.neg ? refl : rt;
    b.ok({
      sheet: S,
      cell: a("c23", x.id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: f(a("r23", x.id), a("t23", x.id)),
      trap: x.neg ? rt(a("r23", x.id), a("t23", x.id)) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("c24", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: f(a("r24", x.id), a("t24", x.id)),
        // lower is better: the refleksi 110.00, not R / T = 90.00
        trap: x.neg ? rt(a("r24", x.id), a("t24", x.id)) : undefined,
      });
    if (x.id !== "i4" && x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c24", x.id)})`,
        // 75.00 is Cukup: the bands are half-open (> 75 is Baik)
        trap: x.id === "i5" ? '"Baik"' : undefined,
      });
  }
  return b.finish();
}

// ============================== Dinas Kebudayaan Kabupaten Mamberamo Hilir (Papua), PK 2025 and Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; flow?: boolean; f: string };

export function pkDisbudPapua(): BookW {
  const b = new BookW(
    "pk-2025-dinas-kebudayaan-mamberamo-hilir-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Kebudayaan)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran | Indikator Kinerja | Satuan | Target Tahun 2025; Tabel 2 No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years in the title only) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MAMBERAMO HILIR",
    "DINAS KEBUDAYAAN",
    "Jl. Sungai Mamberamo No. 3, Kasonaweja Baru",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama: ELIAS KAWAB, S.Pd., M.Si., Kepala Dinas Kebudayaan",
    "Pihak kedua: YUSUF TAIME, S.E., M.M., Bupati Mamberamo Hilir",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Indeks Pembangunan Kebudayaan",
      sat: "indeks",
      awal: 48.9,
      tg: [50.5, 51.4, 52.3, 53.2, 54],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      awal: 51,
      tg: [56, 61, 66, 71, 76],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah karya budaya yang dicatat dan didokumentasikan per tahun",
      sat: "karya",
      awal: 9,
      tg: [12, 12, 15, 15, 18],
      flow: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Persentase cagar budaya dalam kondisi rusak",
      sat: "%",
      awal: 33,
      tg: [30, 27, 24, 21, 18],
      f: DEC,
    },
  ];
  // planted: the PK target of r2 is 65.00, the Renstra tahun ke-1 target 56.00 with its digits swapped
  const pkT = (x: PkInd) => (x.id === "r2" ? 65 : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Terlestarikannya warisan budaya suku-suku di Mamberamo",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "2.22.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_812_650_000],
    ["g2", "2.22.02", "Program Pengembangan Kebudayaan", 1_946_300_000],
    ["g3", "2.22.05", "Program Pelestarian dan Pengelolaan Cagar Budaya", 2_384_900_000],
    ["g4", "2.22.06", "Program Pengelolaan Permuseuman", 1_127_450_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBK 2025" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: the range stops one row short (Permuseuman left out)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Kasonaweja Baru, 2 Januari 2025"], 2);
  s.lines(["Bupati Mamberamo Hilir,", "", "", "YUSUF TAIME, S.E., M.M."], 2);
  s.r -= 4;
  s.lines(["Kepala Dinas Kebudayaan,", "", "", "ELIAS KAWAB, S.Pd., M.Si.", "NIP. 19780514 200501 1 012"], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS KEBUDAYAAN KABUPATEN MAMBERAMO HILIR"]);
  r.lines(["Tabel 6.1 Target Indikator Kinerja Dinas Kebudayaan", "Rencana Strategis Tahun 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: ["Target Kinerja", `Tahun ke-${n}`],
        role: "target",
        year: 2024 + n,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: x.flow ? fx(`SUM(${c.a("y1")}:${c.a("y5")})`) : fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of 'Persentase cagar budaya yang dilestarikan' is 65.00; the Renstra Tahun ke-1 (2025) target is 56.00 (digits swapped)",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is SUM over the first three programs (9,143,850,000); with the Permuseuman program's 1,127,450,000 it is 10,271,300,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
        // the PK takes Tahun ke-1, not the next year
        trap: x.id === "r1" ? `'${R}'!${tr.a("y2", x.id)}` : undefined,
      });
    const sumK = `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`;
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? sumK : tr.a("y5", x.id),
      trap: x.flow ? tr.a("y5", x.id) : sumK,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend"], truth: "18" });
  return b.finish();
}
