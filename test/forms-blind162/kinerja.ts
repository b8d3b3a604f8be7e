// Performance tables of a Dinas Perkebunan: the LKjIP 2024 measurement of a Sulawesi Tenggara
// kabupaten (produktivitas kakao and kopi, serangan PBK lower is better, sertifikat ISPO, NTP
// perkebunan, sekolah lapang) with the Permendagri levels as kategori, and the PK 2025 of a Riau
// kabupaten's Kepala Dinas beside the Renstra 2025-2029 targets under ordinal headers (Tahun ke-1 ..
// ke-5, the years only in the title). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
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
  r22: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipKolakaRaya(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-disbun-kakao-kolaka-raya.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perkebunan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Perkebunan in Sulawesi Tenggara: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; number row (1) .. (10) with '(9) = (8) / (7) x 100'; refleksi on the serangan PBK (lower is better); kategori typed in the Permendagri 86 words; Rata-rata and Kategori footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KOLAKA RAYA", "DINAS PERKEBUNAN DAN HORTIKULTURA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Dinas Perkebunan dan Hortikultura Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya produksi dan produktivitas komoditas perkebunan unggulan";
  const S2 = "Meningkatnya kesejahteraan pekebun";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Produktivitas kakao perkebunan rakyat",
      sat: "kg/ha/th",
      r22: 548,
      r23: 571,
      t: 620,
      r: 587,
      f: "#,##0",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Produktivitas kopi robusta perkebunan rakyat",
      sat: "kg/ha/th",
      r22: 702,
      r23: 744,
      t: 780,
      r: 812,
      f: "#,##0",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase luas tanaman kakao terserang PBK",
      sat: "%",
      r22: 16.4,
      r23: 13.8,
      t: 12,
      r: 9.6,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase kebun kelapa sawit rakyat bersertifikat ISPO",
      sat: "%",
      r22: 2.1,
      r23: 4.6,
      t: 15,
      r: 9.3,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Nilai Tukar Petani subsektor tanaman perkebunan rakyat (NTPR)",
      sat: "indeks",
      r22: 104.62,
      r23: 109.15,
      t: 112,
      r: 108.4,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah pekebun kakao yang mengikuti sekolah lapang GAP",
      sat: "orang",
      r22: 310,
      r23: 365,
      t: 450,
      r: 390,
      f: "#,##0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[3]) !== 62 || predikat(62) !== "Rendah") throw new Error("lkjip i4");
  const RE = "Realisasi";
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "r22", head: [RE, "2022"], role: "realisasi", year: 2022, num: "(5)", width: 10 },
    { key: "r23", head: [RE, "2023"], role: "realisasi", year: 2023, num: "(6)", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(7)", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", width: 10 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8) / (7) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, num: "(10)", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: fmt(x.r22, x.f),
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the sekolah lapang capaian typed 96.67 (390 / 450 gives 86.67)
          c: x.id === "i6" ? 96.67 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sedang" for 62.00 (the band > 50 - 65 is Rendah)
          p: x.id === "i4" ? "Sedang" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikat(round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Indikator nomor 3 bersifat negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kolaka Raya, 25 Februari 2025",
    jabatan: ["KEPALA DINAS PERKEBUNAN DAN HORTIKULTURA,"],
    nama: "Ir. LA ODE MUHAMMAD SYARIF, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710304 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the sekolah lapang GAP is a typed 96.67 among ROUND formulas; 390 / 450 x 100 gives 86.67",
    truth: rt(a("r", "i6"), a("t", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Sedang' for the ISPO capaian of 62.00 (9.30 against 15.00); the band > 50 - 65 of the note is Rendah",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i6") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the serangan PBK is lower is better: its capaian is the refleksi 120.00, not R / T 80.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================================ Dinas Perkebunan Kabupaten Indragiri Rawang, PK 2025

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkIndragiriRawang(): BookW {
  const b = new BookW(
    "pk-kadisbun-renstra-2025-2029-indragiri-rawang.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Perkebunan)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target (merged over value and satuan); then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH = the two programs; sheet 'Renstra 2025-2029': ordinal 'Target Tahun ke-' > 1 .. 5, the years only in the title; Kondisi Awal 2024 and Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN INDRAGIRI RAWANG", "DINAS PERKEBUNAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: Ir. ZULKIFLI AHMAD NASUTION, M.M., Kepala Dinas Perkebunan; Pihak Kedua: H. DARMAWAN YUSUF, S.E., M.Si., Bupati Indragiri Rawang.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Produktivitas kelapa sawit perkebunan rakyat",
      sat: "ton TBS/ha/th",
      awal: 16.8,
      tg: [17.2, 17.6, 18.0, 18.4, 18.8],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Produktivitas karet perkebunan rakyat",
      sat: "kg/ha/th",
      awal: 812,
      tg: [830, 850, 870, 890, 910],
      f: "#,##0",
    },
    {
      id: "r3",
      ind: "Persentase pekebun sawit yang memiliki STD-B",
      sat: "%",
      awal: 21.5,
      tg: [27, 33, 39, 45, 50],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase selisih harga TBS di tingkat pekebun terhadap harga penetapan",
      sat: "%",
      awal: 14.2,
      tg: [12.5, 11, 9.5, 8, 7],
      f: DEC,
    },
  ];
  // planted: the PK 2025 target of STD-B is 33.00, the Renstra tahun ke-2 target (tahun ke-1: 27.00)
  const pkTarget = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target", "Nilai"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Target", "Satuan"], role: "satuan", width: 14 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya produktivitas komoditas perkebunan rakyat"
            : "Meningkatnya daya saing dan kepastian harga hasil perkebunan",
        ind: x.ind,
        tg: fmt(pkTarget(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (c) => ({
          no: 1,
          kode: "3.27.02",
          nm: "Program Penyediaan dan Pengembangan Sarana Pertanian",
          rp: fx(`${c.a("rp", "k11")}+${c.a("rp", "k12")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k11",
        cells: {
          kode: "3.27.02.2.01",
          nm: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
          rp: 1_385_450_000,
          ket: "APBD",
        },
      },
      {
        id: "k12",
        cells: {
          kode: "3.27.02.2.03",
          nm: "Pengelolaan Sumber Daya Genetik (SDG) Tanaman Perkebunan",
          rp: 642_900_000,
          ket: "APBD",
        },
      },
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          kode: "3.27.07",
          nm: "Program Penyuluhan Pertanian",
          rp: fx(`${c.a("rp", "k21")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k21",
        cells: {
          kode: "3.27.07.2.01",
          nm: "Pengembangan Penerapan Penyuluhan Pertanian",
          rp: 918_275_000,
          ket: "APBD",
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Rengat Rawang, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "BUPATI INDRAGIRI RAWANG", "", "", "H. DARMAWAN YUSUF, S.E., M.Si."], 2);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "KEPALA DINAS PERKEBUNAN", "", "", "Ir. ZULKIFLI AHMAD NASUTION, M.M."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERKEBUNAN KABUPATEN INDRAGIRI RAWANG"]);
  r.lines(["Tabel 4.1 Indikator Kinerja Utama dan Target Renstra Dinas Perkebunan Tahun 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: ["Target Tahun ke-", String(k)],
        role: "target",
        year: 2024 + k,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        // planted: the karet target of tahun ke-3 typed 8,700 (870 kg/ha with a zero too many)
        ...Object.fromEntries(
          x.tg.map((v, k) => [`y${k + 1}`, fmt(x.id === "r2" && k === 2 ? v * 10 : v, x.f)]),
        ),
        ak: fx(`${c.a("y5")}`),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: indikator nomor 4 semakin kecil semakin baik."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the STD-B rate is 33.00, the Renstra tahun ke-2 (2026) target; tahun ke-1 (2025) is 27.00",
    truth: `'${R}'!${tr.a("y1", "r3")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("y3", "r2") },
    rules: ["target-outlier"],
    note: "karet productivity target of tahun ke-3 (2027) typed 8,700 kg/ha between 850 and 890: 870 with a zero too many",
    truth: `(${tr.a("y2", "r2")}+${tr.a("y4", "r2")})/2`,
  });
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      // a level's kondisi akhir is the tahun ke-5 target, not the five years added up
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend"], truth: "7" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k11")}+${t2.a("rp", "k12")}+${t2.a("rp", "k21")}`,
    // the JUMLAH is the two programs, not every row above added up
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "k21")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k11")}+${t2.a("rp", "k12")}`,
  });
  for (const id of ["k11", "k12", "k21"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", id.startsWith("k1") ? "p1" : "p2"),
    });
  return b.finish();
}
