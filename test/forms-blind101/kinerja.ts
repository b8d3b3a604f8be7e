// Performance tables of the BPKAD: the PK 2025 of the invented Kabupaten Sekayam Hilir BPKAD beside
// the Renstra 2025-2029 it quotes (ordinal "Tahun ke-1..5", years only in the title; opini BPK,
// realisasi PAD, SILPA and waktu SP2D lower is better, aset bersertifikat), and the LKjIP 2024
// pengukuran kinerja of the invented Provinsi Kepulauan Riau BPKAD (capaian formulas with refleksi
// for the lower-is-better rows, predikat words, rata-rata footer, a serapan table under it).
// Every name and number is invented.
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

type RenInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number | string;
  tg: Array<number | string>;
  level: boolean;
};

export function pkBpkadKalbar(): BookW {
  const b = new BookW(
    "pk-2025-kepala-bpkad-sekayam-hilir-renstra.xlsx",
    "PK 2025 beside the Renstra 2025-2029 (BPKAD kabupaten)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target 2025; Tabel 2 No | Program | Anggaran (Rp) | Keterangan with a Jumlah (SUM); sheet 'Renstra': No | Sasaran | Indikator | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1..ke-5 | Kondisi Akhir, years only in the title 2025-2029",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const SAS1 = "Meningkatnya akuntabilitas pengelolaan keuangan daerah";
  const SAS2 = "Meningkatnya kapasitas fiskal daerah";
  const SAS3 = "Meningkatnya tertib administrasi aset daerah";
  const inds: RenInd[] = [
    {
      id: "r1",
      sas: SAS1,
      ind: "Opini BPK atas LKPD",
      sat: "opini",
      awal: "WTP",
      tg: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      level: true,
    },
    {
      id: "r2",
      sas: SAS1,
      ind: "Rata-rata waktu penerbitan SP2D",
      sat: "hari kerja",
      awal: 3.4,
      tg: [3, 3, 2.5, 2.5, 2],
      level: true,
    },
    {
      id: "r3",
      sas: SAS2,
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      awal: 93.8,
      tg: [95, 96, 97, 98, 99],
      level: true,
    },
    {
      id: "r4",
      sas: SAS2,
      ind: "Persentase SILPA terhadap total belanja daerah",
      sat: "%",
      awal: 7.2,
      tg: [6.5, 6, 5.5, 5, 4.5],
      level: true,
    },
    {
      id: "r5",
      sas: SAS3,
      ind: "Persentase bidang tanah milik Pemda yang bersertifikat",
      sat: "%",
      awal: 48.6,
      tg: [54, 60, 66, 72, 78],
      level: true,
    },
  ];
  // ---------------------------------------------------------------- sheet Renstra (built first)
  const rs = b.sheet(R);
  letterhead(rs, ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN SEKAYAM HILIR"]);
  rs.lines([
    "Tabel 5.2 Tujuan, Sasaran, Indikator dan Target Kinerja",
    "Rencana Strategis BPKAD Tahun 2025-2029",
  ]);
  rs.gap();
  const TK = "Target Kinerja";
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...[1, 2, 3, 4, 5].map((i) => ({
      key: `y${i}`,
      head: [TK, `Tahun ke-${i}`],
      role: "target" as const,
      year: 2024 + i,
      fmt: DEC,
      width: 10,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC, width: 11 },
  ];
  const tr = rs.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, j) => [`y${j + 1}`, v])),
        ak: x.tg[4],
      },
    })),
  });
  rs.gap();
  rs.lines(["Kondisi awal: capaian tahun 2024. Indikator waktu SP2D dan SILPA: semakin kecil semakin baik."]);

  // ---------------------------------------------------------------- sheet PK 2025
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEKAYAM HILIR", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : HENDRIKUS ALOYSIUS DJUMAIN, S.E., M.M.",
    "Jabatan : Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    "selanjutnya disebut PIHAK PERTAMA, berjanji akan mewujudkan target kinerja sebagaimana terlampir.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, num: "(5)", fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        // planted: the SILPA target is the Renstra's Tahun ke-2 (2026) value
        tg: x.id === "r4" ? x.tg[1] : x.tg[0],
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["pa", "5.02.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 12_684_350_000],
    ["pb", "5.02.02 Program Pengelolaan Keuangan Daerah", 4_126_800_000],
    ["pc", "5.02.03 Program Pengelolaan Barang Milik Daerah", 2_318_450_000],
    ["pd", "5.02.04 Program Pengelolaan Pendapatan Daerah", 1_742_600_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, prog: nm, rp, ket: "APBD 2025" } })),
      {
        id: "jml",
        bold: true,
        // planted: the Jumlah stops one row short (program 5.02.04 left out)
        cells: (c) => ({ prog: "Jumlah", rp: fx(`SUM(${c.a("rp", "pa")}:${c.a("rp", "pc")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Nanga Sekayam, 6 Januari 2025",
    jabatan: ["Bupati Sekayam Hilir,"],
    nama: "YOHANES KRISOSTOMUS ABENG, S.H.",
    nip: "-",
  });

  const pk = (id: string) => t1.a("tg", id);
  const rn = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk("r4") },
        { sheet: R, cell: tr.a("y1", "r4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of SILPA terhadap belanja is 6.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 6.50",
    truth: rn("y1", "r4"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran PK is =SUM over three programs (19,129,600,000); with program 5.02.04 it is 20,872,200,000",
    truth: `SUM(${t2.a("rp", "pa")}:${t2.a("rp", "pd")})`,
  });
  for (const id of ["r2", "r3", "r5"])
    b.ok({ sheet: S, cell: pk(id), rules: ["cross-table-mismatch"], truth: rn("y1", id) });
  // kondisi akhir of a rate is its last target, also for the lower-is-better ones
  for (const id of ["r2", "r3", "r4", "r5"])
    b.ok({
      sheet: R,
      cell: tr.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", id),
      trap: `SUM(${tr.a("y1", id)}:${tr.a("y5", id)})`,
    });
  return b.finish();
}

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg: boolean;
};

export function lkjipBpkadKepri(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-bpkad-kepri.xlsx",
    "LKjIP pengukuran kinerja with a serapan table (BPKAD Provinsi)",
    "LKjIP 2024 Tabel 3.1 of a provincial BPKAD: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; capaian ROUND formulas, refleksi (2T-R)/T on SILPA, waktu SP2D and rekomendasi BPK; Rata-rata row; Tabel 3.2 under it: Sasaran | Anggaran | Realisasi | Serapan (%) with a Jumlah whose % is the ratio of the totals",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "PROVINSI KEPULAUAN RIAU"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja BPKAD Provinsi Kepulauan Riau Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kualitas pengelolaan keuangan daerah";
  const SB = "Meningkatnya kualitas pengelolaan aset daerah";
  const inds: Lk[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      sat: "%",
      t: 96,
      r: 93.72,
      r23: 94.1,
      neg: false,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase SILPA terhadap belanja daerah",
      sat: "%",
      t: 5.8,
      r: 4.9,
      r23: 6.3,
      neg: true,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Rata-rata waktu penerbitan SP2D",
      sat: "hari kerja",
      t: 3,
      r: 2.6,
      r23: 3.2,
      neg: true,
    },
    {
      id: "i4",
      sas: SA,
      ind: "Persentase realisasi belanja daerah terhadap pagu",
      sat: "%",
      t: 95,
      r: 91.86,
      r23: 90.4,
      neg: false,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase aset tetap yang bersertifikat dan tercatat",
      sat: "%",
      t: 78,
      r: 64.8,
      r23: 61.5,
      neg: false,
    },
    {
      id: "i6",
      sas: SB,
      ind: "Jumlah rekomendasi BPK atas aset yang belum ditindaklanjuti",
      sat: "rekomendasi",
      t: 12,
      r: 15,
      r23: 19,
      neg: true,
    },
  ];
  const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
  const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
  const cap = (x: Lk) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const STALE_I4 = 93.12;
  const shown = (x: Lk) => (x.id === "i3" ? round((x.r / x.t) * 100) : x.id === "i4" ? STALE_I4 : cap(x));
  const Y = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
      { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
      { key: "c", head: [Y, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: [Y, "Predikat"], role: "predikat", year: 2024, width: 12 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...inds.map((x, i): Row => ({
        id: x.id,
        cells: (c) => {
          const R = c.a("r");
          const T = c.a("t");
          // planted: i3 (lower is better) copies the R/T formula; i4 keeps a stale result
          const f = x.neg && x.id !== "i3" ? refl(R, T) : rt(R, T);
          return {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t: x.t,
            r: x.r,
            c: x.id === "i4" ? fx(f, STALE_I4) : fx(f),
            // planted: i5 is called Sangat Baik at 83.08
            p: x.id === "i5" ? "Sangat Baik" : predikatBaik(shown(x)),
            r23: x.r23,
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(round(inds.map(shown).reduce((n, v) => n + v, 0) / inds.length)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator yang semakin kecil semakin baik (SILPA, waktu SP2D, rekomendasi BPK) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Realisasi Anggaran per Sasaran Strategis Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
      { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 18 },
      { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "a",
        cells: (c) => ({
          no: 1,
          sas: SA,
          ang: 18_462_500_000,
          real: 17_105_840_000,
          ser: fx(rt(c.a("real"), c.a("ang"))),
        }),
      },
      {
        id: "b",
        cells: (c) => ({
          no: 2,
          sas: SB,
          ang: 6_215_000_000,
          real: 4_978_320_000,
          ser: fx(rt(c.a("real"), c.a("ang"))),
        }),
      },
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          sas: "Jumlah",
          ang: fx(`SUM(${c.a("ang", "a")}:${c.a("ang", "b")})`),
          real: fx(`SUM(${c.a("real", "a")}:${c.a("real", "b")})`),
          ser: fx(rt(c.a("real"), c.a("ang"))),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Tanjungpinang, 27 Februari 2025",
    jabatan: ["KEPALA BPKAD PROVINSI KEPULAUAN RIAU,"],
    nama: "Drs. RAJA AZHARI SYAHPUTRA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199303 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the rata-rata waktu SP2D (lower is better) is =ROUND(R/T*100,2) = 86.67; refleksi (2T-R)/T gives 113.33, as for the other lower-is-better rows",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of realisasi belanja is =ROUND(R/T*100,2) with a stale cached result of 93.12; 91.86 / 95 gives 96.69",
    truth: rt(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat Sangat Baik for a capaian of 83.08; the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  // refleksi on the lower-is-better rows, and their predikat from it
  for (const id of ["i2", "i6"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: refl(a("r", id), a("t", id)),
      trap: rt(a("r", id), a("t", id)),
    });
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  }
  for (const id of ["i1", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  b.ok({
    sheet: S,
    cell: a("p", "i1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i1")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("ser", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: rt(t2.a("real", "j"), t2.a("ang", "j")),
    trap: `ROUND((${t2.a("ser", "a")}+${t2.a("ser", "b")})/2,2)`,
  });
  for (const k of ["ang", "real"])
    b.ok({ sheet: S, cell: t2.a(k, "j"), rules: ["sum-mismatch"], truth: `${t2.a(k, "a")}+${t2.a(k, "b")}` });
  return b.finish();
}
