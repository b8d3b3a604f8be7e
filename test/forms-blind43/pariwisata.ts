// The Dinas Pariwisata of Kota Pancor Sari (Nusa Tenggara Barat): visitors per attraction, domestik /
// mancanegara / jumlah for 2023 and 2024, with the growth of the jumlah. Every office, person and
// number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
} from "../forms/kit";

type Dtw = { id: string; n: string; kel: string; d23: number; m23: number; d24: number; m24: number };

/** Kunjungan wisatawan per daya tarik wisata 2023-2024, Dinas Pariwisata Kota Pancor Sari. */
export function kunjunganDtwPancorSari(): BookW {
  const b = new BookW(
    "kunjungan-wisatawan-per-dtw-dispar-pancor-sari-2023-2024.xlsx",
    "visitors per attraction, domestik / mancanegara / jumlah over two years (Dinas Pariwisata kota)",
    "No | Daya Tarik Wisata | Kelurahan | Tahun 2023 > Wisnus / Wisman / Jumlah | Tahun 2024 > Wisnus / Wisman / Jumlah | Pertumbuhan Kunjungan (%), 'JUMLAH KUNJUNGAN' row with the growth of the totals; one attraction closed for repair (negative growth), one opened in late 2023 (growth above 100)",
  );
  const S = "Kunjungan DTW";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PANCOR SARI",
    "DINAS PARIWISATA",
    "Jl. Udayana Sari No. 3, Pancor Sari, Nusa Tenggara Barat",
  ]);
  s.lines(["DATA KUNJUNGAN WISATAWAN MENURUT DAYA TARIK WISATA (DTW)", "TAHUN 2023 - 2024 (orang)"], 1, {
    bold: true,
  });
  s.gap();
  const dtw: Dtw[] = [
    {
      id: "d1",
      n: "Pantai Gading Sari",
      kel: "Ampenan Sari",
      d23: 184_620,
      m23: 21_348,
      d24: 201_935,
      m24: 26_417,
    },
    {
      id: "d2",
      n: "Taman Narmada Kencana",
      kel: "Lingsar Baru",
      d23: 96_410,
      m23: 8_725,
      d24: 104_288,
      m24: 9_912,
    },
    {
      id: "d3",
      n: "Kota Tua Ampenan Sari",
      kel: "Ampenan Sari",
      d23: 58_930,
      m23: 12_406,
      d24: 63_175,
      m24: 14_083,
    },
    {
      id: "d4",
      n: "Pura Meru Sari",
      kel: "Cakra Kangin",
      d23: 41_275,
      m23: 15_890,
      d24: 44_602,
      m24: 17_236,
    },
    { id: "d5", n: "Makam Loang Sari", kel: "Bintaro Sari", d23: 37_140, m23: 1_062, d24: 22_815, m24: 648 },
    {
      id: "d6",
      n: "Hutan Kota Udayana Sari",
      kel: "Mataram Timur Sari",
      d23: 72_356,
      m23: 3_418,
      d24: 79_804,
      m24: 3_951,
    },
    {
      id: "d7",
      n: "Taman Loang Baloq Baru",
      kel: "Tanjung Karang Sari",
      d23: 18_204,
      m23: 942,
      d24: 61_537,
      m24: 2_386,
    },
    {
      id: "d8",
      n: "Kampung Tenun Sukarara Kota",
      kel: "Pagutan Sari",
      d23: 26_815,
      m23: 5_237,
      d24: 29_470,
      m24: 6_102,
    },
  ];
  const Y3 = "Tahun 2023";
  const Y4 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "n", head: ["Daya Tarik Wisata"], role: "indikator", num: 2, width: 30 },
    { key: "kel", head: ["Kelurahan"], role: "lokasi", num: 3, width: 20 },
    { key: "d23", head: [Y3, "Wisnus"], role: "realisasi", year: 2023, num: 4, fmt: INT, width: 11 },
    { key: "m23", head: [Y3, "Wisman"], role: "realisasi", year: 2023, num: 5, fmt: INT, width: 11 },
    {
      key: "j23",
      head: [Y3, "Jumlah"],
      role: "realisasi",
      year: 2023,
      num: "6 = 4 + 5",
      fmt: INT,
      width: 12,
    },
    { key: "d24", head: [Y4, "Wisnus"], role: "realisasi", year: 2024, num: 7, fmt: INT, width: 11 },
    { key: "m24", head: [Y4, "Wisman"], role: "realisasi", year: 2024, num: 8, fmt: INT, width: 11 },
    {
      key: "j24",
      head: [Y4, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "9 = 7 + 8",
      fmt: INT,
      width: 12,
    },
    {
      key: "g",
      head: ["Pertumbuhan Kunjungan (%)"],
      role: "pertumbuhan",
      year: 2024,
      num: "10 = (9 - 6) / 6 x 100",
      fmt: DEC,
      width: 13,
    },
  ];
  const d3 = dtw[2];
  const j24d3 = d3.d24 + d3.m24;
  const j24d3Typed = 72_758;
  if (j24d3 !== 77_258) throw new Error(`dtw: ${j24d3}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...dtw.map((q, i) => ({
        id: q.id,
        cells: (x: Ctx): Record<string, Cell> => ({
          no: i + 1,
          n: q.n,
          kel: q.kel,
          d23: q.d23,
          m23: q.m23,
          j23: fx(`SUM(${x.a("d23")}:${x.a("m23")})`),
          d24: q.d24,
          m24: q.m24,
          // planted: Kota Tua's 2024 total typed with its digits swapped
          j24: q.id === "d3" ? j24d3Typed : fx(`SUM(${x.a("d24")}:${x.a("m24")})`),
          // planted: Pura Meru's growth divides by the 2023 Wisnus instead of the 2023 Jumlah
          g: fx(`ROUND((${x.a("j24")}-${x.a("j23")})/${x.a(q.id === "d4" ? "d23" : "j23")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kel"] as [string, string],
        cells: (x: Ctx): Record<string, Cell> => {
          const out: Record<string, Cell> = { no: "JUMLAH KUNJUNGAN" };
          for (const k of ["d23", "m23", "j23", "d24", "m24", "j24"])
            out[k] = fx(`SUM(${x.a(k, "d1")}:${x.a(k, "d8")})`);
          out.g = fx(`ROUND((${x.a("j24")}-${x.a("j23")})/${x.a("j23")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Makam Loang Sari ditutup untuk revitalisasi Maret - Agustus 2024.",
    "- Taman Loang Baloq Baru mulai beroperasi Oktober 2023.",
    "Sumber: laporan bulanan pengelola DTW dan tiket masuk elektronik.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pancor Sari, 15 Januari 2025",
    jabatan: ["Kepala Dinas Pariwisata", "Kota Pancor Sari,"],
    nama: "BAIQ SRI WAHYUNINGSIH, S.Par., M.M.",
    pangkat: "Pembina",
    nip: "19790403 200501 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const d4 = dtw[3];
  b.plant({
    at: { sheet: S, cell: a("j24", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Kota Tua Ampenan Sari Jumlah 2024 typed ${j24d3Typed}; ${d3.d24} + ${d3.m24} = ${j24d3} (digits swapped)`,
    truth: `${a("d24", "d3")}+${a("m24", "d3")}`,
  });
  const gWrong = round(((d4.d24 + d4.m24 - d4.d23 - d4.m23) / d4.d23) * 100);
  const gTrue = round(((d4.d24 + d4.m24 - d4.d23 - d4.m23) / (d4.d23 + d4.m23)) * 100);
  b.plant({
    at: { sheet: S, cell: a("g", "d4") },
    rules: ["growth-mismatch", "inconsistent-formula"],
    note: `Pura Meru Sari growth divides by the 2023 Wisnus (${gWrong}); by the 2023 Jumlah it is ${gTrue}`,
    truth: `ROUND((${a("j24", "d4")}-${a("j23", "d4")})/${a("j23", "d4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("g", "d5"),
    rules: ["growth-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("j24", "d5")}-${a("j23", "d5")})/${a("j23", "d5")}*100,2)`,
    trap: "0",
  });
  b.ok({
    sheet: S,
    cell: a("g", "d7"),
    rules: ["growth-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("j24", "d7")}-${a("j23", "d7")})/${a("j23", "d7")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("j23", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("j23", "d1")}:${a("j23", "d8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("m24", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m24", "d1")}:${a("m24", "d8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j24", "d1"),
    rules: ["sum-mismatch"],
    truth: `${a("d24", "d1")}+${a("m24", "d1")}`,
  });
  return b.finish();
}
