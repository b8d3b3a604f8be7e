// A Dinas Pertanian production table of an Aceh kabupaten: tonnes per komoditas per quarter and the
// year, against the year's target, grouped Tanaman Pangan / Hortikultura with group subtotals and a
// JUMLAH (A + B) row that adds the two subtotals only. Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Kom = { id: string; nama: string; t: number; q: [number, number, number, number] };

/** Produksi komoditas pertanian 2024, Dinas Pertanian dan Pangan Kabupaten Alue Bili (Aceh). */
export function produksiPertanian(): BookW {
  const b = new BookW(
    "produksi-komoditas-triwulan-distan-aluebili.xlsx",
    "production by komoditas per quarter (Dinas Pertanian)",
    "tonnes per komoditas: Target 2024 | 'Produksi (ton)' > Trw. I .. IV | Produksi Setahun | % thd Target; group subtotals SUM, JUMLAH (A + B)",
  );
  const S = "Produksi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN ALUE BILI",
    "DINAS PERTANIAN DAN PANGAN",
    "Jl. Teuku Chik Di Paya No. 14, Keude Alue Bili",
  ]);
  s.lines([
    "LAPORAN PRODUKSI KOMODITAS TANAMAN PANGAN DAN HORTIKULTURA",
    "KEADAAN S.D. TRIWULAN IV TAHUN 2024",
  ]);
  s.gap();
  const A: Kom[] = [
    { id: "ps", nama: "Padi sawah (GKG)", t: 118_500, q: [31_240, 27_815, 34_962, 29_108] },
    { id: "pl", nama: "Padi ladang (GKG)", t: 6_200, q: [1_415, 1_102, 1_867, 1_296] },
    { id: "jg", nama: "Jagung pipilan kering", t: 24_000, q: [5_812, 6_940, 4_377, 5_203] },
    { id: "kd", nama: "Kedelai biji kering", t: 950, q: [112, 268, 301, 187] },
  ];
  const B: Kom[] = [
    { id: "cb", nama: "Cabai merah", t: 4_300, q: [1_205, 987, 1_344, 1_116] },
    { id: "bm", nama: "Bawang merah", t: 1_150, q: [244, 310, 289, 276] },
    { id: "kt", nama: "Kentang", t: 2_800, q: [655, 702, 731, 690] },
  ];
  const TW = ["Trw. I", "Trw. II", "Trw. III", "Trw. IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kom", head: ["Komoditas"], role: "indikator", width: 28 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 7 },
    { key: "t", head: ["Sasaran Produksi 2024"], role: "target", year: 2024, fmt: INT },
    ...TW.map((q, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi Produksi (ton)", q],
      role: "realisasi",
      year: 2024,
      fmt: INT,
    })),
    { key: "y", head: ["Produksi Setahun"], role: "realisasi", year: 2024, fmt: INT },
    { key: "cap", head: ["% thd Sasaran"], role: "capaian", year: 2024, fmt: DEC },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 22 },
  ];
  const NUM = ["t", "q0", "q1", "q2", "q3", "y"];
  // planted 1: the capaian of jagung typed 95.03 (22,332 / 24,000 = 93.05, two digits swapped)
  // planted 2: the Hortikultura subtotal of the year =SUM over cabai and bawang only, kentang left out
  const leaf = (k: Kom, n: number) => ({
    id: k.id,
    cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => ({
      no: n,
      kom: k.nama,
      sat: "ton",
      t: k.t,
      q0: k.q[0],
      q1: k.q[1],
      q2: k.q[2],
      q3: k.q[3],
      y: fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
      cap: k.id === "jg" ? 95.03 : fx(`ROUND(${c.a("y")}/${c.a("t")}*100,2)`),
      ket: k.id === "cb" ? "panen raya Trw. III" : undefined,
    }),
  });
  const group = (id: string, no: string, nama: string, first: string, last: string, skip?: string) => ({
    id,
    bold: true,
    cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => {
      const out: Record<string, Cell> = { no, kom: nama, sat: "ton" };
      for (const k of NUM) out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, k === "y" && skip ? skip : last)})`);
      out.cap = fx(`ROUND(${c.a("y")}/${c.a("t")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      group("ga", "A", "TANAMAN PANGAN", "ps", "kd"),
      ...A.map((k, i) => leaf(k, i + 1)),
      group("gb", "B", "HORTIKULTURA", "cb", "kt", "bm"),
      ...B.map((k, i) => leaf(k, i + 1)),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, Cell> = { kom: "JUMLAH (A + B)", sat: "ton" };
          for (const k of NUM) out[k] = fx(`${c.a(k, "ga")}+${c.a(k, "gb")}`);
          out.cap = fx(`ROUND(${c.a("y")}/${c.a("t")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: produksi padi dalam Gabah Kering Giling (GKG); sumber data laporan SP-Tanaman Penyuluh Pertanian Lapangan.",
    "Baris A dan B adalah jumlah komoditas di bawahnya; JUMLAH = A + B.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Keude Alue Bili, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN PANGAN", "KABUPATEN ALUE BILI,"],
    nama: "Ir. TEUKU MUHAMMAD RAZALI SYAHPUTRA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720305 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "jg") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of jagung typed 95.03 among ROUND formulas; 22,332 / 24,000 = 93.05 (two digits swapped)",
    truth: `ROUND(${a("y", "jg")}/${a("t", "jg")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("y", "gb") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Hortikultura production of the year =SUM over cabai and bawang merah only (5,771); with kentang (2,778) the three give 8,549, as do the group's four quarters",
    truth: `SUM(${a("y", "cb")}:${a("y", "kt")})`,
  });
  for (const k of [...A, ...B]) {
    b.ok({
      sheet: S,
      cell: a("y", k.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("q0", k.id)}:${a("q3", k.id)})`,
    });
    if (k.id !== "jg")
      b.ok({
        sheet: S,
        cell: a("cap", k.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("y", k.id)}/${a("t", k.id)}*100,2)`,
      });
  }
  b.ok({ sheet: S, cell: a("cap", "ps"), rules: ["percent-out-of-range"], truth: "103.9" });
  b.ok({ sheet: S, cell: a("cap", "cb"), rules: ["percent-out-of-range"], truth: "108.19" });
  for (const k of ["t", "q0", "q2"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "ga")}+${a(k, "gb")}`,
      trap: `SUM(${a(k, "ga")}:${a(k, "kt")})`,
    });
  b.ok({
    sheet: S,
    cell: a("y", "ga"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q0", "ga")}:${a("q3", "ga")})`,
  });
  return b.finish();
}
