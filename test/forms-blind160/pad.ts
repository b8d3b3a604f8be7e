// Revenue tables of a Badan Pendapatan Daerah in Jawa Barat: the realisasi PAD per jenis pajak and retribusi per
// triwulan "(dalam ribuan rupiah)", and the per-kecamatan PBB-P2 collection recap with a side table of the
// penerimaan per triwulan. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Line = { id: string; kode: string; nm: string; t: number; q: number[] };

export function realisasiPad(): BookW {
  const b = new BookW(
    "realisasi-pad-triwulan-bapenda-kab-cibeureum-raya.xlsx",
    "Realisasi PAD per jenis dan triwulan (Bapenda)",
    "Realisasi PAD 2024 of a Bapenda in Jawa Barat (dalam ribuan rupiah): No | Kode Rekening | Uraian | Target APBD Perubahan | 'Realisasi' > Triwulan I..IV | Jumlah '9 = 5+6+7+8' | % '10 = 9 / 4 x 100'; PAD = Pajak Daerah + Retribusi Daerah, each the sum of its lines",
  );
  const S = "Realisasi PAD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBEUREUM RAYA",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Raya Cibeureum No. 41 Telp. (0265) 771204",
  ]);
  s.lines([
    "LAPORAN REALISASI PENDAPATAN ASLI DAERAH PER TRIWULAN",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: Line[] = [
    {
      id: "p1",
      kode: "4.1.01.12",
      nm: "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      t: 48_500_000,
      q: [6_214_350, 9_872_410, 17_930_225, 12_406_815],
    },
    {
      id: "p2",
      kode: "4.1.01.13",
      nm: "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
      t: 62_000_000,
      q: [13_485_600, 15_902_340, 14_276_910, 16_118_450],
    },
    {
      id: "p3",
      kode: "4.1.01.19",
      nm: "Pajak Barang dan Jasa Tertentu (PBJT)",
      t: 71_250_000,
      q: [16_903_220, 17_845_610, 18_412_075, 21_006_395],
    },
    {
      id: "p4",
      kode: "4.1.01.09",
      nm: "Pajak Reklame",
      t: 6_800_000,
      q: [1_204_500, 1_687_320, 1_593_880, 1_960_150],
    },
    {
      id: "p5",
      kode: "4.1.01.10",
      nm: "Pajak Air Tanah",
      t: 2_150_000,
      q: [498_240, 531_065, 507_930, 566_810],
    },
  ];
  const R: Line[] = [
    {
      id: "r1",
      kode: "4.1.02.01",
      nm: "Retribusi Jasa Umum",
      t: 14_600_000,
      q: [2_905_410, 3_317_260, 3_604_985, 3_881_720],
    },
    {
      id: "r2",
      kode: "4.1.02.02",
      nm: "Retribusi Jasa Usaha",
      t: 9_350_000,
      q: [1_802_330, 2_110_045, 2_264_590, 2_398_870],
    },
    {
      id: "r3",
      kode: "4.1.02.03",
      nm: "Retribusi Perizinan Tertentu",
      t: 11_200_000,
      q: [2_015_760, 2_684_305, 3_120_440, 2_907_515],
    },
  ];
  const G = "Realisasi Tahun 2024";
  const Q = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 12 },
    { key: "nm", head: ["Uraian Pendapatan"], role: "indikator", num: "3", width: 44 },
    {
      key: "t",
      head: ["Target APBD Perubahan 2024"],
      role: "anggaran",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 15,
    },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [G, q],
      role: "realisasi-anggaran",
      year: 2024,
      num: String(5 + i),
      fmt: RP,
      width: 14,
    })),
    {
      key: "j",
      head: [G, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 5+6+7+8",
      fmt: RP,
      width: 15,
    },
    {
      key: "pct",
      head: ["Persentase (%)"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 4 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const keys = ["t", "q1", "q2", "q3", "q4"];
  const qs = ["q1", "q2", "q3", "q4"];
  const pct = (x: Ctx) => fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`);
  const group = (id: string, no: string, kode: string, nm: string, from: string, to: string): Row => ({
    id,
    bold: true,
    cells: (x: Ctx) => ({
      no,
      kode,
      nm,
      ...Object.fromEntries(keys.map((k) => [k, fx(`SUM(${x.a(k, from)}:${x.a(k, to)})`)])),
      j: fx(`SUM(${x.a("j", from)}:${x.a("j", to)})`),
      pct: pct(x),
    }),
  });
  const line = (l: Line, i: number): Row => ({
    id: l.id,
    cells: (x: Ctx) => ({
      no: `${i + 1}`,
      kode: l.kode,
      nm: l.nm,
      t: l.t,
      ...Object.fromEntries(qs.map((k, j) => [k, l.q[j]])),
      // planted: the PBJT Jumlah typed with two digits swapped (74,617,300; the quarters give 74,167,300)
      j: l.id === "p3" ? 74_617_300 : fx(qs.map((k) => x.a(k)).join("+")),
      // planted: BPHTB % with a stale cached result (computed on the Triwulan III position)
      pct: l.id === "p2" ? fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`, 70.11) : pct(x),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "pad",
        bold: true,
        cells: (x: Ctx) => ({
          no: "I",
          kode: "4.1",
          nm: "PENDAPATAN ASLI DAERAH",
          ...Object.fromEntries([...keys, "j"].map((k) => [k, fx(`${x.a(k, "pj")}+${x.a(k, "rt")}`)])),
          pct: pct(x),
        }),
      },
      group("pj", "A", "4.1.01", "Pajak Daerah", "p1", "p5"),
      ...P.map(line),
      group("rt", "B", "4.1.02", "Retribusi Daerah", "r1", "r3"),
      ...R.map(line),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi PBB-P2 Triwulan III memuat pelunasan menjelang jatuh tempo 31 Agustus 2024.",
    "Sumber: BKU Penerimaan dan Laporan Realisasi Anggaran Bapenda (unaudited).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Cibeureum, 15 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KABUPATEN CIBEUREUM RAYA,"],
    nama: "Dr. H. ASEP SAEPUL RAHMAT, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720614 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string) => qs.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "p3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah realisasi PBJT is a typed 74,617,300 among 5+6+7+8 formulas; the four quarters give 74,167,300 (digits swapped)",
    truth: qsum("p3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "p2") },
    rules: ["capaian-mismatch"],
    note: "% of BPHTB is =ROUND(9/4*100,2) with a stale cached 70.11 (the position before Triwulan IV); 59,783,300 / 62,000,000 gives 96.42",
    truth: `ROUND(${a("j", "p2")}/${a("t", "p2")}*100,2)`,
  });
  for (const l of [...P, ...R]) {
    if (l.id !== "p3") b.ok({ sheet: S, cell: a("j", l.id), rules: ["sum-mismatch"], truth: qsum(l.id) });
    if (l.id !== "p2" && l.id !== "p3")
      b.ok({
        sheet: S,
        cell: a("pct", l.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("j", l.id)}/${a("t", l.id)}*100,2)`,
      });
  }
  for (const k of keys) {
    b.ok({ sheet: S, cell: a(k, "pj"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p5")})` });
    b.ok({ sheet: S, cell: a(k, "rt"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "r1")}:${a(k, "r3")})` });
    b.ok({ sheet: S, cell: a(k, "pad"), rules: ["sum-mismatch"], truth: `${a(k, "pj")}+${a(k, "rt")}` });
  }
  // a revenue line above its target (PBJT, reklame) is no overspending; the group's % is the ratio of the sums
  b.ok({
    sheet: S,
    cell: a("pct", "rt"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "rt")}/${a("t", "rt")}*100,2)`,
    trap: `ROUND((${a("pct", "r1")}+${a("pct", "r2")}+${a("pct", "r3")})/3,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "rt"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("j", "r1")}:${a("j", "r3")})`,
    trap: `SUM(${a("j", "pj")}:${a("j", "r3")})`,
  });
  return b.finish();
}

type Kec = { id: string; nm: string; sppt: number; pokok: number; s3: number; q4: number };

export function rekapPbbKecamatan(): BookW {
  const b = new BookW(
    "rekap-pbb-p2-kecamatan-bapenda-kota-sukamanah.xlsx",
    "Rekap penerimaan PBB-P2 per kecamatan (Bapenda)",
    "Rekap PBB-P2 2024 per kecamatan of a Bapenda in Jawa Barat: No | Kecamatan | Jumlah SPPT | Pokok Ketetapan | 'Realisasi Penerimaan Tahun 2024' > s.d. Triwulan III | Triwulan IV | Jumlah '7 = 5 + 6' | % '8 = 7 / 4 x 100' | Sisa '9 = 4 - 7'; JUMLAH row; beside it, after an empty column, the penerimaan per triwulan with the kumulatif s.d. each triwulan",
  );
  const S = "PBB-P2 Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUKAMANAH", "BADAN PENDAPATAN DAERAH - BIDANG PBB DAN BPHTB"]);
  s.lines([
    "REKAPITULASI PENERIMAAN PBB-P2 MENURUT KECAMATAN",
    "KETETAPAN DAN REALISASI S.D. 31 DESEMBER 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    {
      id: "k1",
      nm: "Sukamanah Utara",
      sppt: 28_416,
      pokok: 9_184_250_000,
      s3: 6_912_480_500,
      q4: 1_304_118_000,
    },
    {
      id: "k2",
      nm: "Sukamanah Selatan",
      sppt: 31_902,
      pokok: 10_427_615_000,
      s3: 7_608_230_750,
      q4: 1_587_402_250,
    },
    { id: "k3", nm: "Cikareo", sppt: 19_655, pokok: 4_306_880_000, s3: 2_894_105_300, q4: 702_446_700 },
    { id: "k4", nm: "Cigadog", sppt: 17_240, pokok: 3_558_120_000, s3: 2_210_664_900, q4: 685_930_100 },
    { id: "k5", nm: "Babakan Situ", sppt: 22_871, pokok: 6_092_415_000, s3: 4_477_803_250, q4: 904_611_750 },
    { id: "k6", nm: "Pasirkiara", sppt: 14_308, pokok: 2_718_940_000, s3: 1_796_320_400, q4: 411_870_600 },
    { id: "k7", nm: "Leuwimanggu", sppt: 16_094, pokok: 3_047_265_000, s3: 2_104_558_800, q4: 517_206_200 },
    {
      id: "k8",
      nm: "Citeureup Hilir",
      sppt: 25_533,
      pokok: 7_861_030_000,
      s3: 5_918_247_600,
      q4: 1_126_902_400,
    },
  ];
  const G = "Realisasi Penerimaan Tahun 2024 (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 20 },
    { key: "sppt", head: ["Jumlah SPPT (lembar)"], num: "3", fmt: RP, width: 11 },
    {
      key: "pokok",
      head: ["Pokok Ketetapan (Rp)"],
      role: "target",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 17,
    },
    {
      key: "s3",
      head: [G, "s.d. Triwulan III"],
      role: "realisasi",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 17,
    },
    { key: "q4", head: [G, "Triwulan IV"], role: "realisasi", year: 2024, num: "6", fmt: RP, width: 16 },
    {
      key: "j",
      head: [G, "Jumlah s.d. Triwulan IV"],
      role: "realisasi",
      year: 2024,
      num: "7 = 5 + 6",
      fmt: RP,
      width: 17,
    },
    {
      key: "pct",
      head: ["Persentase Realisasi (%)"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "sisa",
      head: ["Sisa Ketetapan Belum Terbayar (Rp)"],
      role: "lainnya",
      num: "9 = 4 - 7",
      fmt: RP,
      width: 17,
    },
  ];
  const top = s.r;
  const sumK = (k: string, x: Ctx, last = "k8") => `SUM(${x.a(k, "k1")}:${x.a(k, last)})`;
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            kec: k.nm,
            sppt: k.sppt,
            pokok: k.pokok,
            s3: k.s3,
            q4: k.q4,
            j: fx(`${x.a("s3")}+${x.a("q4")}`),
            // planted: Pasirkiara's % divides by the next row's ketetapan (Leuwimanggu)
            pct: fx(`ROUND(${x.a("j")}/${k.id === "k6" ? x.a("pokok", "k7") : x.a("pokok")}*100,2)`),
            sisa: fx(`${x.a("pokok")}-${x.a("j")}`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (x: Ctx) => ({
            no: "JUMLAH",
            sppt: fx(sumK("sppt", x)),
            // planted: the range stops one kecamatan short
            pokok: fx(sumK("pokok", x, "k7")),
            s3: fx(sumK("s3", x)),
            q4: fx(sumK("q4", x)),
            j: fx(sumK("j", x)),
            pct: fx(`ROUND(${x.a("j")}/${x.a("pokok")}*100,2)`),
            sisa: fx(sumK("sisa", x)),
          }),
        },
      ],
    },
    1,
    top,
  );
  const S3 = K.reduce((n, k) => n + k.s3, 0);
  const Q4 = K.reduce((n, k) => n + k.q4, 0);
  const q1 = 6_418_207_300;
  const q2 = 11_903_655_150;
  const pen = [q1, q2, S3 - q1 - q2, Q4];
  const side = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        {
          key: "pen",
          head: ["Penerimaan PBB-P2", "Pada Triwulan (Rp)"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          width: 17,
        },
        {
          key: "kum",
          head: ["Penerimaan PBB-P2", "Kumulatif s.d. Triwulan (Rp)"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          width: 17,
        },
      ],
      headerRows: 2,
      rows: [
        ...pen.map((p, i): Row => ({
          id: `w${i + 1}`,
          cells: (x: Ctx) => ({
            tw: `Triwulan ${["I", "II", "III", "IV"][i]}`,
            pen: p,
            kum: fx(i === 0 ? x.a("pen") : `${x.a("kum", `w${i}`)}+${x.a("pen")}`),
          }),
        })),
        {
          id: "wj",
          bold: true,
          cells: (x: Ctx) => ({ tw: "Jumlah", pen: fx(`SUM(${x.a("pen", "w1")}:${x.a("pen", "w4")})`) }),
        },
      ],
    },
    cols.length + 2,
    top,
  );
  s.gap();
  s.lines([
    "Keterangan: Sisa ketetapan termasuk SPPT yang diajukan keberatan dan objek fasos/fasum yang belum dihapuskan.",
    "Data per kecamatan bersumber dari SISMIOP; penerimaan per triwulan dari rekening kas umum daerah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sukamanah, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PBB DAN BPHTB,"],
    nama: "RINA MARLIANA, S.Sos., M.M.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830922 200902 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pokok", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Pokok Ketetapan is =SUM over Sukamanah Utara .. Leuwimanggu, Citeureup Hilir's 7,861,030,000 left out; the eight kecamatan give 47,196,515,000",
    truth: `SUM(${a("pokok", "k1")}:${a("pokok", "k8")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% of Pasirkiara divides by Leuwimanggu's ketetapan (the row below): 2,208,191,000 / 3,047,265,000 = 72.46; its own 2,718,940,000 gives 81.22",
    truth: `ROUND(${a("j", "k6")}/${a("pokok", "k6")}*100,2)`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("j", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("s3", k.id)}+${a("q4", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("sisa", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("pokok", k.id)}-${a("j", k.id)}`,
    });
    if (k.id !== "k6")
      b.ok({
        sheet: S,
        cell: a("pct", k.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: `ROUND(${a("j", k.id)}/${a("pokok", k.id)}*100,2)`,
      });
  }
  for (const k of ["sppt", "s3", "q4", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k8")})` });
  const sa = (k: string, id: string) => side.a(k, id);
  // the kumulatif s.d. Triwulan III is the main table's s.d. Triwulan III total, not the third quarter alone
  b.ok({
    sheet: S,
    cell: sa("kum", "w3"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("s3", "tot"),
    trap: sa("pen", "w3"),
  });
  b.ok({
    sheet: S,
    cell: sa("kum", "w4"),
    rules: ["cross-table-mismatch"],
    truth: a("j", "tot"),
    trap: sa("pen", "w4"),
  });
  b.ok({
    sheet: S,
    cell: sa("pen", "wj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${sa("pen", "w1")}:${sa("pen", "w4")})`,
  });
  return b.finish();
}
