// Two sector recaps a Dispora really keeps: the medal tally of the Porprov Maluku per kabupaten/kota
// against its target, and the bantuan prasarana olahraga per kabupaten in Aceh (pagu, realisasi,
// serapan, fisik). Totals are SUM formulas; total percentages are the ratio of the totals.
import { BookW, DEC, RP, fx, letterhead, signature, type Ctx } from "../forms/kit";

export function medaliPorprovMaluku(): BookW {
  const b = new BookW(
    "rekap-medali-porprov-maluku-2024-per-kabkota.xlsx",
    "sector recap: Porprov medal tally per kabupaten/kota",
    "No | Kabupaten/Kota | Target Medali | Perolehan Medali > Emas | Perak | Perunggu | Jumlah | Capaian Target (%); number row (6)=(3)+(4)+(5), (7)=(6)/(2)x100; TOTAL row",
  );
  const S = "Medali Porprov";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMUDA DAN OLAHRAGA PROVINSI MALUKU", "BIDANG PENINGKATAN PRESTASI OLAHRAGA"]);
  s.lines([
    "REKAPITULASI PEROLEHAN MEDALI PEKAN OLAHRAGA PROVINSI (PORPROV) MALUKU V TAHUN 2024",
    "Menurut Kabupaten/Kota",
  ]);
  s.gap();
  const kk = [
    ["Kota Ambon", 120, 58, 41, 37],
    ["Kabupaten Maluku Tengah", 95, 31, 36, 40],
    ["Kabupaten Seram Bagian Barat", 40, 9, 14, 19],
    ["Kota Tual", 35, 12, 10, 15],
    ["Kabupaten Kepulauan Aru", 25, 4, 9, 11],
    ["Kabupaten Buru", 30, 7, 11, 10],
  ] as const;
  const t = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
      { key: "kab", head: ["Kabupaten / Kota"], num: "(1a)", width: 30 },
      { key: "tgt", head: ["Target Perolehan Medali"], role: "target", year: 2024, num: "(2)", width: 11 },
      { key: "e", head: ["Perolehan Medali", "Emas"], role: "realisasi", num: "(3)", width: 8 },
      { key: "p", head: ["Perolehan Medali", "Perak"], role: "realisasi", num: "(4)", width: 8 },
      { key: "pr", head: ["Perolehan Medali", "Perunggu"], role: "realisasi", num: "(5)", width: 9 },
      {
        key: "j",
        head: ["Perolehan Medali", "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(6)=(3)+(4)+(5)",
        width: 10,
      },
      {
        key: "c",
        head: ["Capaian Target (%)"],
        role: "capaian",
        year: 2024,
        num: "(7)=(6)/(2)x100",
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kk.map(([kab, tg, e, p, pr], i) => ({
        id: `k${i + 1}`,
        cells: (c: Ctx) => {
          const cf = `ROUND(${c.a("j")}/${c.a("tgt")}*100,2)`;
          return {
            no: i + 1,
            kab,
            tgt: tg,
            e,
            p,
            pr,
            j: fx(`SUM(${c.a("e")}:${c.a("pr")})`),
            // planted: Kota Tual's capaian keeps a stale result from before the last day's medals
            c: i === 3 ? fx(cf, 85.71) : fx(cf),
          };
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"] as [string, string],
        cells: (c: Ctx) => ({
          no: "TOTAL",
          tgt: fx(`SUM(${c.a("tgt", "k1")}:${c.a("tgt", "k6")})`),
          // planted: SUM one row short (Kabupaten Buru left out)
          e: fx(`SUM(${c.a("e", "k1")}:${c.a("e", "k5")})`),
          p: fx(`SUM(${c.a("p", "k1")}:${c.a("p", "k6")})`),
          pr: fx(`SUM(${c.a("pr", "k1")}:${c.a("pr", "k6")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k6")})`),
          c: fx(`ROUND(${c.a("j")}/${c.a("tgt")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Panitia Besar Porprov Maluku V, rekap hari terakhir (data diolah)."]);
  s.gap();
  signature(s, 6, {
    tempat: "Ambon, 18 November 2024",
    jabatan: ["Kepala Bidang Peningkatan Prestasi Olahraga,"],
    nama: "JEFRI A. TUHUMURY, S.Pd., M.Or",
    nip: "19790227 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "k4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Kota Tual is =ROUND((6)/(2)*100,2) with a stale cached 85.71; 37 / 35 x 100 gives 105.71",
    truth: `ROUND(${a("j", "k4")}/${a("tgt", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("e", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Emas is =SUM over the first five rows (114); with Kabupaten Buru's 7 it is 121",
    truth: ["k1", "k2", "k3", "k4", "k5", "k6"].map((id) => a("e", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("tgt", "tot")}*100,2)`,
    trap: `SUM(${a("c", "k1")}:${a("c", "k6")})`,
  });
  for (const k of ["tgt", "p", "pr", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3", "k4", "k5", "k6"].map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k2", "k3", "k5", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tgt", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("e", id)}+${a("p", id)}+${a("pr", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("c", "k1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("j", "k1")}/${a("tgt", "k1")}*100,2)`,
  });
  return b.finish();
}

export function prasaranaAceh(): BookW {
  const b = new BookW(
    "rekap-bantuan-prasarana-olahraga-aceh-2024.xlsx",
    "sector recap: bantuan prasarana olahraga per kabupaten",
    "No | Kabupaten | Jenis Prasarana | Pagu (Rp) | Realisasi Keuangan (Rp) | Serapan (%) | Realisasi Fisik (%); Jumlah row; ROUND serapan formulas, one typed",
  );
  const S = "Prasarana 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMUDA DAN OLAHRAGA ACEH", "BIDANG SARANA DAN PRASARANA OLAHRAGA"]);
  s.lines([
    "LAPORAN REALISASI BANTUAN PEMBANGUNAN PRASARANA OLAHRAGA KABUPATEN/KOTA",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const L = [
    ["Kabupaten Aceh Besar", "Lapangan sepak bola mini", 1_850_000_000, 1_812_400_000, 100],
    ["Kabupaten Pidie", "Gedung olahraga serbaguna", 2_400_000_000, 2_216_750_000, 96.5],
    ["Kabupaten Aceh Tengah", "Lintasan atletik", 1_275_000_000, 1_308_900_000, 100],
    ["Kota Lhokseumawe", "Kolam renang standar latihan", 3_100_000_000, 2_945_300_000, 100],
    ["Kabupaten Aceh Barat Daya", "Lapangan bola voli pasir", 640_000_000, 598_200_000, 100],
  ] as const;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kab", head: ["Kabupaten / Kota Penerima"], role: "lokasi", width: 28 },
      { key: "jen", head: ["Jenis Prasarana"], width: 28 },
      { key: "pagu", head: ["Pagu Bantuan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
      {
        key: "real",
        head: ["Realisasi", "Keuangan (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      { key: "ser", head: ["Realisasi", "Serapan (%)"], role: "capaian", fmt: DEC, width: 10 },
      { key: "fis", head: ["Realisasi", "Fisik (%)"], role: "realisasi", width: 9 },
    ],
    headerRows: 2,
    rows: [
      ...L.map(([kab, jen, pagu, real, fis], i) => ({
        id: `b${i + 1}`,
        cells: (c: Ctx) => ({
          no: i + 1,
          kab,
          jen,
          pagu,
          real,
          // planted: Pidie's serapan typed among formulas (copied from the draft of the Desember report)
          ser: i === 1 ? 97.37 : fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          fis,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "jen"] as [string, string],
        cells: (c: Ctx) => ({
          no: "JUMLAH",
          pagu: fx(`SUM(${c.a("pagu", "b1")}:${c.a("pagu", "b5")})`),
          real: fx(`SUM(${c.a("real", "b1")}:${c.a("real", "b5")})`),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Realisasi keuangan menurut SP2D; realisasi fisik menurut berita acara serah terima pekerjaan.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Banda Aceh, 10 Januari 2025",
    jabatan: ["Kepala Bidang Sarana dan Prasarana Olahraga,"],
    nama: "MUHAMMAD SYAHRIZAL, S.T., M.T.",
    nip: "19810316 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "b3") },
        { sheet: S, cell: a("ser", "b3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Aceh Tengah: realisasi 1,308,900,000 above its pagu of 1,275,000,000 (serapan 102.66 %)",
    truth: a("pagu", "b3"),
    actual: a("real", "b3"),
  });
  b.plant({
    at: { sheet: S, cell: a("ser", "b2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Serapan of Pidie is a typed 97.37 among ROUND formulas; 2,216,750,000 / 2,400,000,000 gives 92.36",
    truth: `ROUND(${a("real", "b2")}/${a("pagu", "b2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ser", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("real", "jml")}/${a("pagu", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("ser", "b1")}:${a("ser", "b5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: ["b1", "b2", "b3", "b4", "b5"].map((id) => a("pagu", id)).join("+"),
  });
  for (const id of ["b1", "b4", "b5"]) {
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("real", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  return b.finish();
}
