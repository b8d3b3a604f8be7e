// Recaps the two Dinas ESDM really keep: the monthly receipts from mineral and coal mining of Provinsi
// Kalimantan Utara (iuran tetap, royalti, jumlah, kumulatif, % against the yearly target; the TOTAL %
// is the total over the target, never the months' percentages added), and the PJU-TS built per
// kabupaten by the Dinas ESDM of Provinsi Jawa Barat (unit x harga satuan, serapan against the pagu)
// with a second table of air tanah supervision per Cabang Dinas. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Ctx, type Row } from "../forms/kit";

export function penerimaanMinerbaKaltara(): BookW {
  const b = new BookW(
    "rekap-penerimaan-minerba-bulanan-esdm-kaltara-2024.xlsx",
    "Monthly recap of mining receipts of a Dinas ESDM (2024)",
    "No | Bulan | 'Penerimaan (Rp)' > Iuran Tetap | Royalti | Jumlah | Kumulatif s.d. Bulan Berkenaan (Rp) | % thd Target Tahunan; number row (1) .. (7) with (5)=(3)+(4), (6)=(6) bulan lalu+(5), (7)=(6)/Target x 100; target in a cell above the table; TOTAL row",
  );
  const S = "Penerimaan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN UTARA",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "BIDANG MINERAL DAN BATUBARA",
  ]);
  s.lines(["REKAPITULASI PENERIMAAN SEKTOR PERTAMBANGAN MINERAL DAN BATUBARA", "TAHUN ANGGARAN 2024"]);
  const tgtRow = s.r;
  s.put(tgtRow, 1, "Target penerimaan Tahun 2024 (Rp):");
  s.put(tgtRow, 4, 412_500_000_000, { fmt: RP });
  s.r++;
  s.gap();
  const TGT = `$D$${tgtRow}`;
  const BL = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const IT = [
    1_245_600_000, 986_300_000, 2_418_750_000, 1_102_400_000, 874_900_000, 1_536_200_000, 1_318_450_000,
    947_800_000, 1_684_300_000, 1_096_150_000, 1_203_700_000, 2_264_850_000,
  ];
  const RO = [
    28_415_300_000, 26_870_450_000, 31_204_800_000, 29_662_100_000, 30_118_750_000, 27_903_600_000,
    32_446_250_000, 33_012_900_000, 30_785_400_000, 31_650_200_000, 29_874_350_000, 34_908_600_000,
  ];
  const ids = BL.map((_, i) => `m${i + 1}`);
  const P = "Penerimaan (Rp)";
  let stale = 0;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "bl", head: ["Bulan"], num: "(2)", width: 12 },
      {
        key: "it",
        head: [P, "Iuran Tetap (Landrent)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(3)",
        fmt: RP,
        width: 17,
      },
      {
        key: "ro",
        head: [P, "Royalti"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(4)",
        fmt: RP,
        width: 18,
      },
      {
        key: "jm",
        head: [P, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(5)=(3)+(4)",
        fmt: RP,
        width: 18,
      },
      {
        key: "ku",
        head: ["Kumulatif s.d. Bulan Berkenaan (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(6)",
        fmt: RP,
        width: 19,
      },
      {
        key: "pc",
        head: ["% thd Target Tahunan"],
        role: "capaian",
        year: 2024,
        num: "(7)=(6)/Target x 100",
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BL.map((bl, i): Row => ({
        id: ids[i],
        cells: (c: Ctx) => {
          let ku;
          if (i === 0) ku = fx(c.a("jm"));
          else if (i === 6) {
            // planted: Juli typed; the true running total is Juni's + Juli's jumlah
            const tr = IT.slice(0, 7).reduce((p, q) => p + q, 0) + RO.slice(0, 7).reduce((p, q) => p + q, 0);
            stale = tr;
            ku = tr - 1_000_000_000;
          } else ku = fx(`${c.a("ku", ids[i - 1])}+${c.a("jm")}`);
          return {
            no: i + 1,
            bl,
            it: IT[i],
            ro: RO[i],
            jm: fx(`${c.a("it")}+${c.a("ro")}`),
            ku,
            pc: fx(`ROUND(${c.a("ku")}/${TGT}*100,2)`),
          };
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bl"],
        cells: (c: Ctx) => ({
          no: "TOTAL",
          it: fx(`SUM(${c.a("it", "m1")}:${c.a("it", "m12")})`),
          // planted: one row short
          ro: fx(`SUM(${c.a("ro", "m1")}:${c.a("ro", "m11")})`),
          jm: fx(`SUM(${c.a("jm", "m1")}:${c.a("jm", "m12")})`),
          pc: fx(`ROUND(${c.a("jm")}/${TGT}*100,2)`),
        }),
      },
    ],
  });
  void stale;
  s.gap();
  s.lines(["Sumber: rekonsiliasi PNBP minerba dengan Kementerian ESDM; angka Desember sementara."]);
  s.gap();
  signature(s, 5, {
    tempat: "Tanjung Selor, 15 Januari 2025",
    jabatan: ["KEPALA BIDANG MINERAL DAN BATUBARA,"],
    nama: "ANDRIAS PAULUS LAEH, S.T., M.Eng.",
    pangkat: "Pembina (IV/a)",
    nip: "19800917 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ku", "m7") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kumulatif s.d. Juli is a typed value 1,000,000,000 below Juni's kumulatif + Juli's jumlah, among running-total formulas",
    truth: `${a("ku", "m6")}+${a("jm", "m7")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ro", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Royalti is =SUM over Januari-November, Desember's 34,908,600,000 left out",
    truth: `SUM(${a("ro", "m1")}:${a("ro", "m12")})`,
  });
  for (const id of ids)
    b.ok({ sheet: S, cell: a("jm", id), rules: ["sum-mismatch"], truth: `${a("it", id)}+${a("ro", id)}` });
  for (const id of ["m2", "m3", "m4", "m5", "m6"])
    b.ok({
      sheet: S,
      cell: a("ku", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `SUM(${a("jm", "m1")}:${a("jm", id)})`,
    });
  for (const id of ["m1", "m6"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ku", id)}/${TGT}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("it", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("it", "m1")}:${a("it", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jm", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("it", "m1")}:${a("it", "m12")})+SUM(${a("ro", "m1")}:${a("ro", "m12")})`,
  });
  // the TOTAL % is the year's total over the target, not the months' percentages added
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("jm", "m1")}:${a("jm", "m12")})/${TGT}*100,2)`,
    trap: `SUM(${a("pc", "m1")}:${a("pc", "m12")})`,
  });
  return b.finish();
}

export function pjutsEsdmJabar(): BookW {
  const b = new BookW(
    "rekap-pju-tenaga-surya-dan-air-tanah-esdm-jabar-2024.xlsx",
    "Recap of PJU-TS per kabupaten and air tanah supervision per Cabang Dinas (2024)",
    "Tabel 1: No | Kabupaten/Kota | Cabang Dinas | 'Volume (unit)' > Rencana | Terpasang | 'Anggaran (Rp)' > Pagu | Realisasi | Serapan (%) | Keterangan; number row 1 .. '8 = 7/6 x 100'; JUMLAH row. Tabel 2 under it: No | Cabang Dinas ESDM Wilayah | Sumur Bor Terdaftar (titik) | Sumur Diawasi (titik) | Persentase Diawasi (%) with a Jumlah row (ratio of totals)",
  );
  const S = "PJU-TS dan Air Tanah";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH DAERAH PROVINSI JAWA BARAT", "DINAS ENERGI DAN SUMBER DAYA MINERAL"]);
  s.lines([
    "Tabel 1. Rekapitulasi Pembangunan Penerangan Jalan Umum Tenaga Surya (PJU-TS) per Kabupaten/Kota",
    "Tahun Anggaran 2024 (HPS Rp 18.400.000/unit; nilai kontrak Rp 17.850.000/unit)",
  ]);
  s.gap();
  const HPS = 18_400_000;
  const KON = 17_850_000;
  const K = [
    { id: "k1", nm: "Kabupaten Cikaracak", cd: "Wilayah I", ren: 120, ter: 120 },
    { id: "k2", nm: "Kabupaten Sukahurip", cd: "Wilayah II", ren: 150, ter: 150 },
    { id: "k3", nm: "Kabupaten Gunung Halimun", cd: "Wilayah II", ren: 140, ter: 138 },
    { id: "k4", nm: "Kabupaten Pasirwangi", cd: "Wilayah III", ren: 110, ter: 110 },
    { id: "k5", nm: "Kabupaten Cilimus Raya", cd: "Wilayah IV", ren: 80, ter: 80 },
    { id: "k6", nm: "Kabupaten Majasari", cd: "Wilayah IV", ren: 90, ter: 88 },
    { id: "k7", nm: "Kabupaten Parigi Wetan", cd: "Wilayah V", ren: 70, ter: 70 },
    { id: "k8", nm: "Kota Karangtengah", cd: "Wilayah VI", ren: 100, ter: 100 },
  ];
  const V = "Volume (unit)";
  const A = "Anggaran (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", num: 2, width: 24 },
      { key: "cd", head: ["Cabang Dinas"], num: 3, width: 12 },
      { key: "ren", head: [V, "Rencana"], role: "target", year: 2024, num: 4, fmt: INT, width: 9 },
      { key: "ter", head: [V, "Terpasang"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 9 },
      { key: "pg", head: [A, "Pagu"], role: "anggaran", year: 2024, num: 6, fmt: RP, width: 17 },
      {
        key: "re",
        head: [A, "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 7,
        fmt: RP,
        width: 17,
      },
      {
        key: "sr",
        head: ["Serapan (%)"],
        role: "capaian",
        year: 2024,
        num: "8 = 7/6 x 100",
        fmt: DEC,
        width: 10,
      },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: 9, width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: k.nm,
          cd: k.cd,
          ren: k.ren,
          ter: k.ter,
          pg: k.ren * HPS,
          // planted: Parigi Wetan's realisasi typed for 79 units (70 are installed)
          re: k.id === "k7" ? 79 * KON : k.ter * KON,
          sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
          ket: k.ter < k.ren ? "Sebagian titik belum siap lahan" : "Selesai 100%",
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "cd"],
        cells: (c: Ctx) => {
          const o: Record<string, ReturnType<typeof fx>> = {};
          for (const k of ["ren", "ter", "pg", "re"]) o[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k8")})`);
          return { no: "JUMLAH", ...o, sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`) };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Pengawasan Pemanfaatan Air Tanah per Cabang Dinas ESDM Tahun 2024"]);
  s.gap();
  const W = [
    { id: "w1", nm: "Cabang Dinas ESDM Wilayah I", d: 1_284, w: 1_042 },
    { id: "w2", nm: "Cabang Dinas ESDM Wilayah II", d: 968, w: 731 },
    { id: "w3", nm: "Cabang Dinas ESDM Wilayah III", d: 1_537, w: 1_190 },
    { id: "w4", nm: "Cabang Dinas ESDM Wilayah IV", d: 712, w: 598 },
    { id: "w5", nm: "Cabang Dinas ESDM Wilayah V", d: 426, w: 349 },
    { id: "w6", nm: "Cabang Dinas ESDM Wilayah VI", d: 1_105, w: 864 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Cabang Dinas ESDM Wilayah"], role: "lokasi", width: 24 },
      { key: "d", head: ["Sumur Bor Terdaftar (titik)"], fmt: INT, width: 12 },
      { key: "w", head: ["Sumur Diawasi (titik)"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
      { key: "p", head: ["Persentase Diawasi (%)"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...W.map((w, i): Row => ({
        id: w.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: w.nm,
          d: w.d,
          w: w.w,
          // planted: Wilayah V divides the other way round
          p: fx(
            w.id === "w5" ? `ROUND(${c.a("d")}/${c.a("w")}*100,2)` : `ROUND(${c.a("w")}/${c.a("d")}*100,2)`,
          ),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "Jumlah",
          d: fx(`SUM(${c.a("d", "w1")}:${c.a("d", "w6")})`),
          w: fx(`SUM(${c.a("w", "w1")}:${c.a("w", "w6")})`),
          p: fx(`ROUND(${c.a("w")}/${c.a("d")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Bandung, 17 Januari 2025",
    jabatan: ["KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL", "PROVINSI JAWA BARAT,"],
    nama: "Dr. Ir. HENDRA SURYAPRAJA KUSUMAH, M.Sc.",
    nip: "19690822 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("re", "k7") },
        { sheet: S, cell: a("sr", "k7") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi of Parigi Wetan is 1,410,150,000 (79 units at the contract price) above its pagu of 1,288,000,000 (serapan 109.48 %); 70 units installed give 1,249,500,000",
    truth: `${a("ter", "k7")}*${KON}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("p", "w5") },
    rules: ["percent-out-of-range", "inconsistent-formula"],
    note: "Persentase diawasi of Wilayah V is =ROUND(terdaftar/diawasi*100,2) = 122.06, the other way round from the column; 349 / 426 gives 81.92",
    truth: `ROUND(${t2.a("w", "w5")}/${t2.a("d", "w5")}*100,2)`,
  });
  for (const k of K.filter((k) => k.id !== "k7")) {
    b.ok({ sheet: S, cell: a("re", k.id), rules: ["serapan-over-100"], truth: `${a("ter", k.id)}*${KON}` });
    b.ok({
      sheet: S,
      cell: a("sr", k.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("re", k.id)}/${a("pg", k.id)}*100,2)`,
    });
  }
  for (const k of ["ren", "ter", "pg"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k8")})` });
  for (const w of W.filter((w) => w.id !== "w5"))
    b.ok({
      sheet: S,
      cell: t2.a("p", w.id),
      rules: ["percent-out-of-range", "inconsistent-formula"],
      truth: `ROUND(${t2.a("w", w.id)}/${t2.a("d", w.id)}*100,2)`,
    });
  for (const k of ["d", "w"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t2.a(k, "w1")}:${t2.a(k, "w6")})`,
    });
  // the Jumlah row's percentage is the ratio of the totals, not the sum (or mean) of the rows
  b.ok({
    sheet: S,
    cell: t2.a("p", "jml"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${t2.a("w", "w1")}:${t2.a("w", "w6")})/SUM(${t2.a("d", "w1")}:${t2.a("d", "w6")})*100,2)`,
    trap: `SUM(${t2.a("p", "w1")}:${t2.a("p", "w6")})`,
  });
  return b.finish();
}
