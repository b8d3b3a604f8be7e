// LKjIP 2024 and PK 2025 of the Dinas Sumber Daya Air dan Bina Marga of the (invented) Kabupaten
// Tambora Selatan, Nusa Tenggara Barat: a pengukuran kinerja table with two years side by side
// ("Tahun 2023" / "Tahun 2024" > Target | Realisasi | Capaian), refleksi for the lower-is-better rows,
// Kategori words, and a serapan table under it; a PK 2025 beside the Renstra 2022-2026 targets.
// Every number is invented.
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

const rt = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (r: string, t: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

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

export function lkjipTamboraSelatan(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-dinas-sdabm-tambora-selatan.xlsx",
    "LKjIP 2024 pengukuran kinerja (Dinas SDA dan Bina Marga, Kabupaten Tambora Selatan, NTB)",
    "LKjIP Bab III: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2023' > Target | Realisasi | Capaian (%) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi for the lower-is-better rows; Rata-rata row; Tabel 3.9 under it: program | Pagu | Realisasi | Serapan (%) with a Jumlah row",
  );
  const S = "Tabel 3.8";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAMBORA SELATAN", "DINAS SUMBER DAYA AIR DAN BINA MARGA"]);
  s.lines(["Tabel 3.8", "Pengukuran Kinerja Sasaran Strategis Tahun 2024 dibandingkan Tahun 2023"]);
  s.gap();
  const SA = "Meningkatnya kualitas infrastruktur jalan dan jembatan kabupaten";
  const SB = "Meningkatnya layanan irigasi dan berkurangnya genangan banjir";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase jalan kabupaten dalam kondisi mantap",
      sat: "%",
      t23: 68,
      r23: 66.5,
      t24: 71,
      r24: 69.12,
      f: DEC,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      t23: 74,
      r23: 70.2,
      t24: 77,
      r24: 58.4,
      f: DEC,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Rata-rata waktu tempuh ibu kota kecamatan ke ibu kota kabupaten",
      sat: "jam",
      t23: 2.4,
      r23: 2.5,
      t24: 2.3,
      r24: 2.2,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      t23: 62,
      r23: 60.4,
      t24: 65,
      r24: 63.8,
      f: DEC,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Luas kawasan permukiman yang tergenang banjir",
      sat: "ha",
      t23: 540,
      r23: 612,
      t24: 480,
      r24: 395,
      neg: true,
      f: "#,##0",
    },
  ];
  const cap = (x: Ind, t: number, r: number) => round(x.neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  // what the sheet shows for 2024: the genangan row has R / T
  const shown = (x: Ind) => (x.id === "i5" ? round((x.r24 / x.t24) * 100) : cap(x, x.t24, x.r24));
  if (cap(rows[1], 77, 58.4) !== 75.84 || predikatBaik(75.84) !== "Baik") throw new Error("lkjip i2");
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const A = "Tahun 2023";
  const B = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t23", head: [A, "Target"], role: "target", year: 2023, width: 9 },
    { key: "r23", head: [A, "Realisasi"], role: "realisasi", year: 2023, width: 9 },
    { key: "c23", head: [A, "Capaian (%)"], role: "capaian", year: 2023, fmt: DEC, width: 9 },
    { key: "t24", head: [B, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r24", head: [B, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c24", head: [B, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "kat", head: ["Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t23: fmt(x.t23, x.f),
          r23: fmt(x.r23, x.f),
          c23: fx(x.neg ? refl(c.a("r23"), c.a("t23")) : rt(c.a("r23"), c.a("t23"))),
          t24: fmt(x.t24, x.f),
          r24: fmt(x.r24, x.f),
          // planted: the genangan (lower is better) has R / T in 2024, copied from the rows above
          c24: fx(x.neg && x.id !== "i5" ? refl(c.a("r24"), c.a("t24")) : rt(c.a("r24"), c.a("t24"))),
          // planted: "Cukup" for 75.84 (the band > 75 - 90 is Baik)
          kat: x.id === "i2" ? "Cukup" : predikatBaik(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r24"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja Tahun 2024",
          c24: fx(`ROUND(AVERAGE(${c.a("c24", "i1")}:${c.a("c24", "i5")}),2)`),
          kat: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.9", "Realisasi Anggaran per Program Tahun 2024"]);
  s.gap();
  const progs: Array<[string, string, number, number]> = [
    [
      "p1",
      "1.03.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      14_862_450_000,
      14_107_318_200,
    ],
    ["p2", "1.03.02 Program Pengelolaan Sumber Daya Air (SDA)", 27_540_000_000, 25_688_912_500],
    ["p3", "1.03.10 Program Penyelenggaraan Jalan", 68_215_700_000, 63_904_577_850],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "pr", head: ["Program"], role: "indikator", width: 40 },
      { key: "pg", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
      { key: "rl", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 18 },
      { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, pg, rl], i): Row => ({
        id,
        cells: (c) => ({ no: i + 1, pr, pg, rl, sr: fx(rt(c.a("rl"), c.a("pg"))) }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        cells: (c) => ({
          no: "Jumlah",
          pg: fx(`SUM(${c.a("pg", "p1")}:${c.a("pg", "p3")})`),
          rl: fx(`SUM(${c.a("rl", "p1")}:${c.a("rl", "p3")})`),
          sr: fx(rt(c.a("rl"), c.a("pg"))),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Kempo Raya, 26 Februari 2025",
    jabatan: ["Kepala Dinas Sumber Daya Air dan Bina Marga", "Kabupaten Tambora Selatan,"],
    nama: "LALU MUHAMMAD ZULKARNAEN, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780611 200312 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c24", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "2024 capaian of the luas genangan banjir (lower is better by the note) is =ROUND(R/T*100,2) = 82.29; (2 x 480 - 395) / 480 gives 117.71, as its 2023 cell and the waktu tempuh row compute",
    truth: refl(a("r24", "i5"), a("t24", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for the jembatan's capaian of 75.84 (58.40 against 77.00); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c24", "i2")})`,
  });
  for (const x of rows) {
    for (const y of ["23", "24"]) {
      if (x.id === "i5" && y === "24") continue;
      const R = a(`r${y}`, x.id);
      const T = a(`t${y}`, x.id);
      b.ok({
        sheet: S,
        cell: a(`c${y}`, x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    if (x.id !== "i2" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("kat", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c24", x.id)})`,
      });
  }
  b.ok({
    sheet: S,
    cell: t2.a("sr", "j"),
    rules: ["capaian-mismatch"],
    truth: rt(t2.a("rl", "j"), t2.a("pg", "j")),
    // the Jumlah serapan is the ratio of the totals, not the average of the programs' serapan
    trap: `ROUND(AVERAGE(${t2.a("sr", "p1")}:${t2.a("sr", "p3")}),2)`,
    tol: 0.006,
  });
  for (const [id] of progs)
    b.ok({
      sheet: S,
      cell: t2.a("sr", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: rt(t2.a("rl", id), t2.a("pg", id)),
    });
  return b.finish();
}

// ========================================= PK 2025 and Renstra 2022-2026, Kabupaten Tambora Selatan

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkTamboraSelatan(): BookW {
  const b = new BookW(
    "pk-2025-kadis-sdabm-tambora-selatan-renstra.xlsx",
    "PK 2025 and Renstra 2022-2026 targets (Dinas SDA dan Bina Marga, Kabupaten Tambora Selatan)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; then No | Program | Anggaran (Rp) | Keterangan with a Jumlah (SUM); sheet 'Renstra 2022-2026': No | Indikator | Satuan | Kondisi Awal (2021) | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir; one lower-is-better row",
  );
  const S = "PK 2025";
  const R = "Renstra 2022-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAMBORA SELATAN", "DINAS SUMBER DAYA AIR DAN BINA MARGA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : LALU MUHAMMAD ZULKARNAEN, S.T., M.T. - Jabatan : Kepala Dinas Sumber Daya Air dan Bina Marga",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase jalan kabupaten dalam kondisi mantap",
      sat: "%",
      awal: 63.4,
      tg: [65.5, 68, 71, 74, 77],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 70.8,
      tg: [72, 74, 77, 79, 81],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 57.9,
      tg: [59.5, 62, 65, 67.5, 70],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Luas kawasan permukiman yang tergenang banjir",
      sat: "ha",
      awal: 720,
      tg: [650, 540, 480, 420, 360],
      neg: true,
      f: "#,##0",
    },
  ];
  // planted: the PK target of the jalan mantap is 71.00, the Renstra 2024 target (2025: 74.00)
  const pkTarget = (x: PkInd) => (x.id === "r1" ? x.tg[2] : x.tg[3]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kualitas infrastruktur jalan dan jembatan kabupaten"
            : "Meningkatnya layanan irigasi dan berkurangnya genangan banjir",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkTarget(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 15_204_880_000],
    ["p2", "Program Pengelolaan Sumber Daya Air (SDA)", 29_876_500_000],
    ["p3", "Program Penyelenggaraan Jalan", 72_418_250_000],
    ["p4", "Program Pengembangan Jasa Konstruksi", 1_245_600_000],
  ];
  // planted: the Jumlah keeps the result from before the jalan program was raised by 4.5 billion (APBD murni)
  const stale = progs.reduce((n, p) => n + p[2], 0) - 4_500_000_000;
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, rp], i): Row => ({ id, cells: { no: i + 1, pr, rp, ket: "APBD" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`, stale) }),
      },
    ],
  });
  s.gap();
  s.lines(["Kempo Raya, 6 Januari 2025"], 3);
  s.lines(["Bupati Tambora Selatan,", "", "", "", "H. SYAMSUL BAHRI DAENG MAJA"], 2);
  s.r -= 5;
  s.lines(
    ["Pihak Pertama,", "", "", "", "LALU MUHAMMAD ZULKARNAEN, S.T., M.T.", "NIP. 19780611 200312 1 009"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS SUMBER DAYA AIR DAN BINA MARGA KABUPATEN TAMBORA SELATAN"]);
  r.lines(["Tabel 4.2 Target Indikator Kinerja Sasaran Renstra 2022-2026"]);
  r.gap();
  const years = [2022, 2023, 2024, 2025, 2026];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2026, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fmt(x.tg[4], x.f),
      },
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the jalan mantap is 71.00, the Renstra 2024 target; the Renstra 2025 target is 74.00",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah is =SUM over the four programs with a stale cached result ${stale.toLocaleString("en")}; the programs add up to ${(stale + 4_500_000_000).toLocaleString("en")}`,
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2026", x.id),
      trap: `SUM(${tr.a("y2022", x.id)}:${tr.a("y2026", x.id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2026", "r4"), rules: ["target-trend"], truth: "360" });
  return b.finish();
}
