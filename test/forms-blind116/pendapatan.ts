// A sector recap of the Badan Pendapatan Daerah of Provinsi Kalimantan Timur: target and realisasi
// 2024 per jenis pajak daerah and retribusi (UU 1/2022: PKB, BBNKB, PBBKB, PAP, Pajak Rokok, Pajak
// Alat Berat), with the mutasi piutang pajak beside it, one empty column apart. Revenue above its
// target is no error (it is not spending above a pagu). Every number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type J = { id: string; nm: string; t: number; r: number };

export function rekapPajakKaltim(): BookW {
  const b = new BookW(
    "rekap-realisasi-pajak-daerah-dan-piutang-kaltim-2024.xlsx",
    "Rekap realisasi pendapatan per jenis pajak and mutasi piutang (Bapenda Provinsi)",
    "Two tables side by side, one empty column apart, of different heights: Tabel 1 No | Uraian Jenis Pendapatan | 'Tahun Anggaran 2024' > Target APBD-P (Rp) | Realisasi s.d. 31 Desember (Rp) | Capaian (%) | Lebih / (Kurang) (Rp), number row with '5 = 4 / 3 x 100' and '6 = 4 - 3'; group lines A Pajak Daerah and B Retribusi Daerah carry their subtotals above the items, JUMLAH (A + B); Tabel 2 No | Jenis Pajak | Saldo Piutang 1 Januari | Penetapan | Pelunasan dan Penghapusan | Saldo Piutang 31 Desember, number row '(6) = (3) + (4) - (5)', Jumlah row",
  );
  const S = "Realisasi Pajak 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
    "BADAN PENDAPATAN DAERAH",
    "Jalan Gajah Mada Nomor 2, Samarinda",
  ]);
  s.lines(["REKAPITULASI TARGET DAN REALISASI PENDAPATAN ASLI DAERAH TAHUN ANGGARAN 2024"]);
  s.gap();
  const titleRow = s.r;
  s.lines(["Tabel 1. Realisasi Pajak Daerah dan Retribusi Daerah per Jenis"]);
  s.put(titleRow, 8, "Tabel 2. Mutasi Piutang Pajak Daerah Tahun 2024");
  s.gap();
  const top = s.r;
  const A: J[] = [
    { id: "pkb", nm: "Pajak Kendaraan Bermotor (PKB)", t: 2_150_000_000_000, r: 2_238_465_127_400 },
    {
      id: "bbn",
      nm: "Bea Balik Nama Kendaraan Bermotor (BBNKB)",
      t: 1_420_000_000_000,
      r: 1_316_842_905_100,
    },
    {
      id: "pbb",
      nm: "Pajak Bahan Bakar Kendaraan Bermotor (PBBKB)",
      t: 1_310_000_000_000,
      r: 1_402_118_663_250,
    },
    { id: "pap", nm: "Pajak Air Permukaan (PAP)", t: 18_500_000_000, r: 16_927_340_800 },
    { id: "rok", nm: "Pajak Rokok", t: 312_000_000_000, r: 334_580_117_600 },
    { id: "pab", nm: "Pajak Alat Berat (PAB)", t: 45_000_000_000, r: 27_846_215_000 },
  ];
  const B: J[] = [
    { id: "rju", nm: "Retribusi Jasa Umum", t: 12_400_000_000, r: 11_085_672_500 },
    { id: "rjs", nm: "Retribusi Jasa Usaha", t: 36_750_000_000, r: 38_914_206_000 },
    { id: "rpt", nm: "Retribusi Perizinan Tertentu", t: 4_200_000_000, r: 3_618_450_000 },
  ];
  const G = "Tahun Anggaran 2024";
  const colsA: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Uraian Jenis Pendapatan"], num: "2", width: 44 },
    { key: "t", head: [G, "Target APBD-P (Rp)"], role: "anggaran", year: 2024, num: "3", fmt: RP, width: 21 },
    {
      key: "r",
      head: [G, "Realisasi s.d. 31 Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 21,
    },
    {
      key: "p",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "5 = 4 / 3 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "d", head: [G, "Lebih / (Kurang) (Rp)"], num: "6 = 4 - 3", fmt: RP, width: 20 },
  ];
  const pct = (x: Ctx) => fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`);
  const item = (j: J, i: number): Row => ({
    id: j.id,
    cells: (x: Ctx) => ({
      no: i + 1,
      nm: j.nm,
      t: j.t,
      r: j.r,
      // planted: the BBNKB's capaian typed 97.24 (1,316,842,905,100 / 1,420,000,000,000 = 92.74)
      p: j.id === "bbn" ? 97.24 : pct(x),
      d: fx(`${x.a("r")}-${x.a("t")}`),
    }),
  });
  const group = (id: string, no: string, nm: string, xs: J[]): Row => ({
    id,
    bold: true,
    cells: (x: Ctx) => ({
      no,
      nm,
      t: fx(`SUM(${x.a("t", xs[0].id)}:${x.a("t", xs[xs.length - 1].id)})`),
      r: fx(`SUM(${x.a("r", xs[0].id)}:${x.a("r", xs[xs.length - 1].id)})`),
      p: pct(x),
      d: fx(`${x.a("r")}-${x.a("t")}`),
    }),
  });
  const ta = s.table(
    {
      cols: colsA,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        group("ga", "A", "PAJAK DAERAH", A),
        ...A.map(item),
        group("gb", "B", "RETRIBUSI DAERAH", B),
        ...B.map(item),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (x: Ctx) => ({
            no: "JUMLAH (A + B)",
            t: fx(`${x.a("t", "ga")}+${x.a("t", "gb")}`),
            r: fx(`${x.a("r", "ga")}+${x.a("r", "gb")}`),
            p: pct(x),
            d: fx(`${x.a("r")}-${x.a("t")}`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const P: Array<{ id: string; nm: string; awal: number; tambah: number; kurang: number }> = [
    {
      id: "qpkb",
      nm: "Pajak Kendaraan Bermotor",
      awal: 212_450_318_200,
      tambah: 2_257_480_900_000,
      kurang: 2_241_675_127_400,
    },
    {
      id: "qbbn",
      nm: "Bea Balik Nama Kendaraan Bermotor",
      awal: 4_126_500_000,
      tambah: 1_318_204_117_100,
      kurang: 1_316_842_905_100,
    },
    {
      id: "qpap",
      nm: "Pajak Air Permukaan",
      awal: 6_804_225_400,
      tambah: 17_358_914_600,
      kurang: 16_927_340_800,
    },
    { id: "qpab", nm: "Pajak Alat Berat", awal: 0, tambah: 33_512_880_000, kurang: 27_846_215_000 },
  ];
  const pap = P[2];
  const PAP_AKHIR = 7_532_799_200;
  if (pap.awal + pap.tambah - pap.kurang !== 7_235_799_200) throw new Error("piutang pap");
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "nm", head: ["Jenis Pajak"], num: "(2)", width: 30 },
        { key: "awal", head: ["Saldo Piutang 1 Januari 2024 (Rp)"], num: "(3)", fmt: RP, width: 19 },
        { key: "tambah", head: ["Penetapan / Penambahan (Rp)"], num: "(4)", fmt: RP, width: 20 },
        { key: "kurang", head: ["Pelunasan dan Penghapusan (Rp)"], num: "(5)", fmt: RP, width: 20 },
        {
          key: "akhir",
          head: ["Saldo Piutang 31 Desember 2024 (Rp)"],
          num: "(6) = (3) + (4) - (5)",
          fmt: RP,
          width: 20,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...P.map((q, i): Row => ({
          id: q.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            nm: q.nm,
            awal: q.awal,
            tambah: q.tambah,
            kurang: q.kurang,
            // planted: the PAP's saldo akhir typed 7,532,799,200 (3 + 4 - 5 = 7,235,799,200)
            akhir: q.id === "qpap" ? PAP_AKHIR : fx(`${x.a("awal")}+${x.a("tambah")}-${x.a("kurang")}`),
          }),
        })),
        {
          id: "qj",
          bold: true,
          span: ["no", "nm"],
          cells: (x: Ctx) => {
            const out: Record<string, ReturnType<typeof fx> | string> = { no: "Jumlah" };
            for (const k of ["awal", "tambah", "kurang", "akhir"])
              out[k] = fx(`SUM(${x.a(k, "qpkb")}:${x.a(k, "qpab")})`);
            return out;
          },
        },
      ],
    },
    8,
    top,
  );
  s.r = Math.max(ta.lastDataRow, tb.lastDataRow) + 2;
  s.lines([
    "Sumber: Laporan Realisasi Anggaran Bapenda dan aplikasi e-Samsat, data per 31 Desember 2024 (unaudited).",
    "Catatan: realisasi di atas target (capaian > 100%) menunjukkan penerimaan melampaui target APBD-P.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Samarinda, 15 Januari 2025",
    jabatan: ["Sekretaris Badan Pendapatan Daerah,"],
    nama: "Hj. NOOR AINUN MAHDALENA, S.E., M.Ak.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760422 200212 2 004",
  });

  const a = (k: string, id: string) => ta.a(k, id);
  const q = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "bbn") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the BBNKB is a typed 97.24 among ROUND formulas; 1,316,842,905,100 / 1,420,000,000,000 gives 92.74 (digits swapped)",
    truth: `ROUND(${a("r", "bbn")}/${a("t", "bbn")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: q("akhir", "qpap") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Saldo piutang 31 Desember of the PAP is a typed 7,532,799,200 among (3) + (4) - (5) formulas; 6,804,225,400 + 17,358,914,600 - 16,927,340,800 gives 7,235,799,200",
    truth: `${q("awal", "qpap")}+${q("tambah", "qpap")}-${q("kurang", "qpap")}`,
  });
  for (const j of [...A, ...B]) {
    if (j.id === "bbn") continue;
    b.ok({
      sheet: S,
      cell: a("p", j.id),
      rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
      truth: `ROUND(${a("r", j.id)}/${a("t", j.id)}*100,2)`,
    });
  }
  // group lines add only their items; the JUMLAH adds the two group lines, not every row above
  for (const k of ["t", "r"]) {
    b.ok({ sheet: S, cell: a(k, "ga"), rules: ["sum-mismatch"], truth: A.map((j) => a(k, j.id)).join("+") });
    b.ok({ sheet: S, cell: a(k, "gb"), rules: ["sum-mismatch"], truth: B.map((j) => a(k, j.id)).join("+") });
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: [...A, ...B].map((j) => a(k, j.id)).join("+"),
      trap: `SUM(${a(k, "ga")}:${a(k, "rpt")})`,
    });
  }
  // a subtotal's capaian is the ratio of its sums, never the average of its items' capaian
  b.ok({
    sheet: S,
    cell: a("p", "ga"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("r", "pkb")}:${a("r", "pab")})/SUM(${a("t", "pkb")}:${a("t", "pab")})*100,2)`,
    trap: `AVERAGE(${a("p", "pkb")}:${a("p", "pab")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "tot")}/${a("t", "tot")}*100,2)`,
  });
  for (const j of ["pkb", "pab", "rjs"])
    b.ok({ sheet: S, cell: a("d", j), rules: ["sum-mismatch"], truth: `${a("r", j)}-${a("t", j)}` });
  for (const id of ["qpkb", "qbbn", "qpab"])
    b.ok({
      sheet: S,
      cell: q("akhir", id),
      rules: ["sum-mismatch"],
      truth: `${q("awal", id)}+${q("tambah", id)}-${q("kurang", id)}`,
      // the saldo akhir subtracts the pelunasan: (3) + (4) + (5) is no identity of this table
      trap: id === "qpab" ? undefined : `${q("awal", id)}+${q("tambah", id)}+${q("kurang", id)}`,
    });
  for (const k of ["awal", "tambah", "kurang"])
    b.ok({
      sheet: S,
      cell: q(k, "qj"),
      rules: ["sum-mismatch"],
      truth: P.map((x) => q(k, x.id)).join("+"),
    });
  return b.finish();
}
