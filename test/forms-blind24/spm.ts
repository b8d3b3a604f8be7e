// The SPM report of a Dinas Kesehatan in NTT: the twelve basic health services of Permenkes 4/2019 (now
// 6/2024) with their sasaran and the people served in 2024, one service split into three lines of
// its own with a subtotal, one sasaran pasted as text with thousand dots. Every name and number is
// invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { idText, rt } from "./common";

type SpmIn = {
  id: string;
  no?: number | string;
  jenis: string;
  penerima: string;
  sas: number;
  lay: number;
  /** a line of the service above (a, b, c) */
  sub?: boolean;
  /** the subtotal of the lines under it */
  head?: boolean;
  textSas?: boolean;
};

/** Laporan penerapan dan pencapaian SPM bidang kesehatan 2024 (Dinas Kesehatan). */
export function spmDinkes(): BookW {
  const b = new BookW(
    "spm-12layanan-dinkes-mutisraya.xlsx",
    "SPM bidang kesehatan, capaian 12 jenis pelayanan dasar (Dinas Kesehatan)",
    "Laporan Penerapan dan Pencapaian SPM Bidang Kesehatan Tahun 2024 of a Dinas Kesehatan: No | Jenis Pelayanan Dasar | Penerima Pelayanan Dasar | 'Capaian SPM Tahun 2024' > Jml Sasaran (Target) | Jml Terlayani (Realisasi) | Belum Terlayani | % Capaian | Ket.; number row 1 2 3 4 5 '6 = 4 - 5' '7 = 5 / 4 x 100' 8; the twelve services, the usia pendidikan dasar split into kelas 1, kelas 7 and the other ages with a SUM subtotal; Belum Terlayani `=D-E`, % Capaian `ROUND(E/D*100,2)`; the usia produktif sasaran pasted as text '152.730' (its Belum Terlayani and % typed); Rata-rata Capaian SPM row",
  );
  const S = "SPM Kesehatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUTIS RAYA",
    "DINAS KESEHATAN",
    "Jl. El Tari No. 27, Kefa Selatan - Telp. (0388) 31 412",
  ]);
  s.lines([
    "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM)",
    "BIDANG KESEHATAN KABUPATEN MUTIS RAYA TAHUN 2024",
  ]);
  s.gap();
  const rows: SpmIn[] = [
    {
      id: "s1",
      no: 1,
      jenis: "Pelayanan kesehatan ibu hamil",
      penerima: "Ibu hamil",
      sas: 6_842,
      lay: 6_215,
    },
    {
      id: "s2",
      no: 2,
      jenis: "Pelayanan kesehatan ibu bersalin",
      penerima: "Ibu bersalin",
      sas: 6_531,
      lay: 6_118,
    },
    {
      id: "s3",
      no: 3,
      jenis: "Pelayanan kesehatan bayi baru lahir",
      penerima: "Bayi baru lahir",
      sas: 6_220,
      lay: 6_034,
    },
    {
      id: "s4",
      no: 4,
      jenis: "Pelayanan kesehatan balita",
      penerima: "Balita (0-59 bulan)",
      sas: 27_460,
      lay: 23_987,
    },
    {
      id: "s5",
      no: 5,
      jenis: "Pelayanan kesehatan pada usia pendidikan dasar",
      penerima: "Anak usia pendidikan dasar",
      sas: 0,
      lay: 0,
      head: true,
    },
    {
      id: "s5a",
      no: "a.",
      jenis: "Kelas 1 SD/MI",
      penerima: "Peserta didik kelas 1",
      sas: 9_845,
      lay: 9_512,
      sub: true,
    },
    {
      id: "s5b",
      no: "b.",
      jenis: "Kelas 7 SMP/MTs",
      penerima: "Peserta didik kelas 7",
      sas: 8_930,
      lay: 8_416,
      sub: true,
    },
    {
      id: "s5c",
      no: "c.",
      jenis: "Usia 7-15 tahun selain kelas 1 dan 7",
      penerima: "Anak usia 7-15 tahun",
      sas: 22_510,
      lay: 20_992,
      sub: true,
    },
    {
      id: "s6",
      no: 6,
      jenis: "Pelayanan kesehatan pada usia produktif",
      penerima: "Penduduk usia 15-59 tahun",
      sas: 152_730,
      lay: 98_614,
      textSas: true,
    },
    {
      id: "s7",
      no: 7,
      jenis: "Pelayanan kesehatan pada usia lanjut",
      penerima: "Penduduk usia 60 tahun ke atas",
      sas: 24_615,
      lay: 17_203,
    },
    {
      id: "s8",
      no: 8,
      jenis: "Pelayanan kesehatan penderita hipertensi",
      penerima: "Penderita hipertensi usia 15 tahun ke atas",
      sas: 31_840,
      lay: 19_652,
    },
    {
      id: "s9",
      no: 9,
      jenis: "Pelayanan kesehatan penderita Diabetes Melitus",
      penerima: "Penderita DM usia 15 tahun ke atas",
      sas: 7_425,
      lay: 6_980,
    },
    {
      id: "s10",
      no: 10,
      jenis: "Pelayanan kesehatan orang dengan gangguan jiwa berat",
      penerima: "ODGJ berat",
      sas: 612,
      lay: 571,
    },
    {
      id: "s11",
      no: 11,
      jenis: "Pelayanan kesehatan orang terduga tuberkulosis",
      penerima: "Orang terduga TBC",
      sas: 3_960,
      lay: 3_412,
    },
    {
      id: "s12",
      no: 12,
      jenis: "Pelayanan kesehatan orang dengan risiko terinfeksi HIV",
      penerima: "Orang berisiko terinfeksi HIV",
      sas: 9_870,
      lay: 9_544,
    },
  ];
  const lines = rows.filter((x) => x.sub);
  const head = rows.find((x) => x.head)!;
  head.sas = sum(lines.map((x) => x.sas));
  head.lay = sum(lines.map((x) => x.lay));
  // planted 1: % Capaian of the hipertensi typed 61.27 among formulas; 19,652 / 31,840 gives 61.72
  const PLANT_T = { id: "s8", v: 61.27 };
  // planted 2: % Capaian of the DM is `ROUND(E/D*100,2)` against the hipertensi's sasaran one row up
  const PLANT_F = "s9";
  const written = (x: SpmIn): number =>
    x.id === PLANT_T.id
      ? PLANT_T.v
      : x.id === PLANT_F
        ? round((x.lay / rows.find((y) => y.id === "s8")!.sas) * 100)
        : round((x.lay / x.sas) * 100);
  const G = "Capaian SPM Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "jenis", head: ["Jenis Pelayanan Dasar"], role: "indikator", num: 2, width: 44 },
    { key: "pen", head: ["Penerima Pelayanan Dasar"], num: 3, width: 30 },
    {
      key: "sas",
      head: [G, "Jml Sasaran (Target)"],
      role: "target",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 12,
    },
    {
      key: "lay",
      head: [G, "Jml Terlayani (Realisasi)"],
      role: "realisasi",
      year: 2024,
      num: 5,
      fmt: INT,
      width: 12,
    },
    { key: "bel", head: [G, "Belum Terlayani"], num: "6 = 4 - 5", fmt: INT, width: 11 },
    {
      key: "cap",
      head: [G, "% Capaian"],
      role: "capaian",
      year: 2024,
      num: "7 = 5 / 4 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 8, width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.head,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: x.no, jenis: x.jenis, pen: x.penerima };
          if (x.head) {
            const r1 = c.row(lines[0].id);
            const r2 = c.row(lines[lines.length - 1].id);
            cells.sas = fx(`SUM(${c.c("sas")}${r1}:${c.c("sas")}${r2})`);
            cells.lay = fx(`SUM(${c.c("lay")}${r1}:${c.c("lay")}${r2})`);
          } else if (x.textSas) {
            cells.sas = idText(x.sas);
            cells.lay = x.lay;
          } else {
            cells.sas = x.sas;
            cells.lay = x.lay;
          }
          if (x.textSas) {
            cells.bel = x.sas - x.lay;
            cells.cap = fmt(written(x), DEC);
            cells.ket = "sasaran: proyeksi BPS";
          } else {
            cells.bel = fx(`${c.a("sas")}-${c.a("lay")}`);
            cells.cap =
              x.id === PLANT_T.id
                ? PLANT_T.v
                : x.id === PLANT_F
                  ? fx(`ROUND(${c.a("lay")}/${c.c("sas")}${c.r - 1}*100,2)`)
                  : fx(rt(c.a("lay"), c.a("sas")));
          }
          if (x.id === "s10") cells.ket = "data SIMKESWA";
          return cells;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "bel"],
        cells: (c) => ({
          no: "Rata-rata Capaian SPM Bidang Kesehatan",
          cap: fx(
            `ROUND(AVERAGE(${rows
              .filter((x) => !x.sub)
              .map((x) => `${c.c("cap")}${c.row(x.id)}`)
              .join(",")}),2)`,
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Capaian 5 (usia pendidikan dasar) = jumlah terlayani a + b + c dibagi jumlah sasaran a + b + c.",
    "- Rata-rata dihitung dari 12 jenis pelayanan dasar (tanpa rincian a, b, c).",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Kefa Selatan, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN MUTIS RAYA,"],
    nama: "dr. MARSELINUS TAEK ABI, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19780612 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", PLANT_T.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Capaian of the penderita hipertensi is a typed 61.27 among ROUND formulas; 19,652 / 31,840 gives 61.72 (two digits swapped)",
    truth: rt(a("lay", PLANT_T.id), a("sas", PLANT_T.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("cap", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Capaian of the Diabetes Melitus is `=ROUND(E/D*100,2)` with D one row up (the hipertensi's 31,840 sasaran): 21.92; 6,980 / 7,425 gives 94.01",
    truth: rt(a("lay", PLANT_F), a("sas", PLANT_F)),
  });
  for (const x of rows) {
    if (x.textSas) continue;
    b.ok({
      sheet: S,
      cell: a("bel", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("sas", x.id)}-${a("lay", x.id)}`,
    });
    if (x.id !== PLANT_T.id && x.id !== PLANT_F)
      b.ok({
        sheet: S,
        cell: a("cap", x.id),
        rules: ["capaian-mismatch"],
        truth: rt(a("lay", x.id), a("sas", x.id)),
        // the subtotal's percentage is computed from the sums, not the lines' percentages added up
        trap: x.head ? lines.map((y) => a("cap", y.id)).join("+") : undefined,
      });
  }
  for (const k of ["sas", "lay"])
    b.ok({
      sheet: S,
      cell: a(k, head.id),
      rules: ["sum-mismatch"],
      truth: lines.map((y) => a(k, y.id)).join("+"),
    });
  return b.finish();
}
