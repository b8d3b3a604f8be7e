// A sector recap the office really keeps: inseminasi buatan (IB) per kecamatan in 2024 of the Dinas
// Peternakan dan Kesehatan Hewan of an invented Lampung kabupaten. Dosis per semester add up to the
// year; service per conception (S/C) = dosis / bunting and conception rate (CR) = bunting / akseptor
// x 100 are ratios, so their TOTAL row is the ratio of the totals, not a sum or an average.
// Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = {
  id: string;
  nm: string;
  pop: number;
  aks: number;
  d1: number;
  d2: number;
  bunt: number;
  lahir: number;
};

export function rekapIB(): BookW {
  const b = new BookW(
    "rekap-ib-per-kecamatan-way-sekampung-2024.xlsx",
    "rekap inseminasi buatan per kecamatan (2024)",
    "Rekap IB 2024 per kecamatan of a Lampung kabupaten's Dinas Peternakan: No | Kecamatan | Populasi Sapi Betina Produktif | Akseptor IB | 'Pelayanan IB (dosis straw)' > Semester I | Semester II | Jumlah | Bunting (PKb +) | S/C | CR (%) | Kelahiran Pedet; number row '(7)=(5)+(6)', '(9)=(7):(8)', '(10)=(8):(4)x100'; TOTAL row with S/C and CR as ratios of the totals",
  );
  const S = "Rekap IB 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAY SEKAMPUNG",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "UPTD Pembibitan dan Inseminasi Buatan",
  ]);
  s.lines(["REKAPITULASI PELAYANAN INSEMINASI BUATAN (IB) PER KECAMATAN", "Januari s.d. Desember 2024"]);
  s.gap();
  const kec: Kec[] = [
    { id: "k1", nm: "Sukadana Ilir", pop: 6_840, aks: 1_312, d1: 918, d2: 1_104, bunt: 1_046, lahir: 861 },
    { id: "k2", nm: "Batanghari Ulu", pop: 5_215, aks: 1_047, d1: 742, d2: 856, bunt: 812, lahir: 694 },
    { id: "k3", nm: "Marga Tiga Raya", pop: 4_930, aks: 968, d1: 701, d2: 812, bunt: 731, lahir: 602 },
    { id: "k4", nm: "Raman Jaya", pop: 7_120, aks: 1_486, d1: 1_088, d2: 1_215, bunt: 1_190, lahir: 1_004 },
    { id: "k5", nm: "Purbolinggo Baru", pop: 6_055, aks: 1_205, d1: 862, d2: 1_001, bunt: 947, lahir: 788 },
    { id: "k6", nm: "Sekampung Hilir", pop: 3_880, aks: 744, d1: 538, d2: 609, bunt: 566, lahir: 471 },
    { id: "k7", nm: "Bumi Agung Ratu", pop: 4_412, aks: 873, d1: 640, d2: 722, bunt: 668, lahir: 552 },
  ];
  const G = "Pelayanan IB (dosis straw)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    {
      key: "pop",
      head: ["Populasi Sapi Betina Produktif (ekor)"],
      role: "lainnya",
      num: "(3)",
      fmt: INT,
      width: 13,
    },
    {
      key: "aks",
      head: ["Akseptor IB (ekor)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 11,
    },
    { key: "d1", head: [G, "Semester I"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 11 },
    { key: "d2", head: [G, "Semester II"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 11 },
    {
      key: "dj",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7)=(5)+(6)",
      fmt: INT,
      width: 11,
    },
    {
      key: "bunt",
      head: ["Bunting / PKb Positif (ekor)"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: INT,
      width: 11,
    },
    {
      key: "sc",
      head: ["Service per Conception (S/C)"],
      role: "lainnya",
      num: "(9)=(7):(8)",
      fmt: DEC,
      width: 11,
    },
    {
      key: "cr",
      head: ["Conception Rate (%)"],
      role: "lainnya",
      num: "(10)=(8):(4)x100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "lahir",
      head: ["Kelahiran Pedet Hasil IB (ekor)"],
      role: "realisasi",
      year: 2024,
      num: "(11)",
      fmt: INT,
      width: 11,
    },
  ];
  const sc = (c: Ctx) => fx(`ROUND(${c.a("dj")}/${c.a("bunt")},2)`);
  const cr = (c: Ctx) => fx(`ROUND(${c.a("bunt")}/${c.a("aks")}*100,2)`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          kec: x.nm,
          pop: x.pop,
          aks: x.aks,
          d1: x.d1,
          d2: x.d2,
          // planted: Raman Jaya's Jumlah typed 2,213 among the (5)+(6) formulas; 1,088 + 1,215 = 2,303
          dj: x.id === "k4" ? 2_213 : fx(`${c.a("d1")}+${c.a("d2")}`),
          bunt: x.bunt,
          sc: sc(c),
          cr: cr(c),
          lahir: x.lahir,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "TOTAL" };
          for (const k of ["pop", "aks", "d1", "d2", "dj", "bunt"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k7")})`);
          // planted: the kelahiran total stops at Sekampung Hilir, Bumi Agung Ratu's 552 left out
          out.lahir = fx(`SUM(${c.a("lahir", "k1")}:${c.a("lahir", "k6")})`);
          out.sc = sc(c);
          out.cr = cr(c);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["S/C normal 1,6 - 2,0; CR baik >= 65 %. Data dari laporan iSIKHNAS petugas inseminator."]);
  s.gap();
  signature(s, 8, {
    tempat: "Sribhawono Baru, 8 Januari 2025",
    jabatan: ["Kepala UPTD Pembibitan dan IB,"],
    nama: "drh. NURUL FITRIANA ASTUTI",
    nip: "19850927 201001 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("dj", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah dosis of Raman Jaya is a typed 2,213 among (5)+(6) formulas; 1,088 + 1,215 give 2,303",
    truth: `${a("d1", "k4")}+${a("d2", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("lahir", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL kelahiran pedet is =SUM over six of the seven kecamatan (4,420); with Bumi Agung Ratu's 552 it is 4,972",
    truth: kec.map((x) => a("lahir", x.id)).join("+"),
  });
  for (const k of ["aks", "d1", "d2", "bunt"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  // ratios of the totals, not a sum or an average of the kecamatan ratios
  b.ok({
    sheet: S,
    cell: a("cr", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("bunt", "tot")}/${a("aks", "tot")}*100,2)`,
    trap: kec.map((x) => a("cr", x.id)).join("+"),
  });
  for (const x of kec) {
    if (x.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("dj", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("d1", x.id)}+${a("d2", x.id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("cr", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("bunt", x.id)}/${a("aks", x.id)}*100,2)`,
    });
  }
  return b.finish();
}
