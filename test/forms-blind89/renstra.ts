// A T-C.27-like Renstra table of the Bapenda of Kabupaten Bolaang Tondano 2025-2029 ("(dalam ribuan
// rupiah)"): "Target Kinerja Program dan Kerangka Pendanaan" > Tahun 2025 .. 2029 > Target | Rp, the
// kondisi akhir pair, kegiatan Rp as SUM over their sub kegiatan and the program as the sum of its
// kegiatan rows only. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type L = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
  lvl: "p" | "g" | "s";
};

export function tc27BapendaBolaang(): BookW {
  const b = new BookW(
    "renstra-tc27-bapenda-bolaang-tondano-2025-2029.xlsx",
    "T-C.27-like rencana program, kegiatan dan pendanaan indikatif (Bapenda)",
    "Renstra Bapenda Kabupaten Bolaang Tondano 2025-2029 Tabel 6.2, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025..2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; three header rows and a number row; SUM formulas for kegiatan, program = the sum of its kegiatan rows",
  );
  const S = "Tabel 6.2";
  const s = b.sheet(S);
  letterhead(s, ["RENCANA STRATEGIS BADAN PENDAPATAN DAERAH", "KABUPATEN BOLAANG TONDANO TAHUN 2025-2029"]);
  s.lines([
    "Tabel 6.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: L[] = [
    {
      id: "pg",
      kode: "5.02.04",
      nama: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
      ind: "Rasio PAD terhadap pendapatan daerah",
      sat: "%",
      awal: 8.14,
      k: [8.6, 9.1, 9.7, 10.35, 11.0],
      flow: false,
      lvl: "p",
    },
    {
      id: "g1",
      kode: "5.02.04.2.01",
      nama: "Perencanaan Pengelolaan Pendapatan Daerah",
      ind: "Jumlah dokumen perencanaan pendapatan daerah",
      sat: "dokumen",
      awal: 3,
      k: [3, 3, 3, 3, 3],
      flow: true,
      lvl: "g",
    },
    {
      id: "s11",
      kode: "5.02.04.2.01.0001",
      nama: "Penyusunan Rencana Penerimaan Pajak Daerah",
      ind: "Jumlah dokumen rencana penerimaan pajak daerah",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [185_400, 196_500, 208_250, 220_750, 234_000],
      flow: true,
      lvl: "s",
    },
    {
      id: "s12",
      kode: "5.02.04.2.01.0002",
      nama: "Pengolahan Data Pajak Daerah",
      ind: "Jumlah laporan pengolahan data pajak daerah",
      sat: "laporan",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [312_800, 331_600, 351_500, 372_600, 395_000],
      flow: true,
      lvl: "s",
    },
    {
      id: "g2",
      kode: "5.02.04.2.02",
      nama: "Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah",
      ind: "Persentase objek pajak yang terdata dalam basis data",
      sat: "%",
      awal: 66.4,
      k: [72, 78, 84, 90, 95],
      flow: false,
      lvl: "g",
    },
    {
      id: "s21",
      kode: "5.02.04.2.02.0001",
      nama: "Analisa Potensi Pajak Daerah",
      ind: "Jumlah dokumen kajian potensi pajak daerah",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [248_000, 262_900, 278_650, 295_400, 313_100],
      flow: true,
      lvl: "s",
    },
    {
      id: "s22",
      kode: "5.02.04.2.02.0002",
      nama: "Pendataan dan Pendaftaran Objek Pajak Daerah",
      ind: "Jumlah objek pajak yang didata ulang",
      sat: "OP",
      awal: 2_150,
      k: [2_500, 2_500, 3_000, 3_000, 3_000],
      rp: [1_146_500, 1_152_000, 1_386_250, 1_402_800, 1_418_600],
      flow: true,
      lvl: "s",
    },
    // planted: a sub kegiatan of kegiatan 5.02.04.2.03 (penagihan) listed under 5.02.04.2.02
    {
      id: "s23",
      kode: "5.02.04.2.03.0001",
      nama: "Pelaksanaan Penagihan Aktif Pajak Daerah",
      ind: "Jumlah surat paksa yang diterbitkan",
      sat: "surat",
      awal: 420,
      k: [450, 480, 500, 520, 540],
      rp: [164_300, 172_500, 181_100, 190_200, 199_700],
      flow: true,
      lvl: "s",
    },
  ];
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
      width: 12,
    },
    ...yrs.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ${y}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "ka", head: [KA, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC, width: 10 },
    { key: "ra", head: [KA, "Rp"], role: "anggaran", num: 17, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const subsOf: Record<string, string[]> = { g1: ["s11", "s12"], g2: ["s21", "s23"] };
  const body: Row[] = rows.map((l) => ({
    id: l.id,
    bold: l.lvl !== "s",
    cells: (x: Ctx) => ({
      kode: l.kode,
      nama: l.nama,
      ind: l.ind,
      sat: l.sat,
      awal: l.awal,
      ...Object.fromEntries(
        yrs.flatMap((y, i) => [
          [`k${y}`, l.k[i]],
          [
            `r${y}`,
            l.lvl === "s"
              ? l.rp![i]
              : l.lvl === "g"
                ? fx(`SUM(${x.a(`r${y}`, subsOf[l.id][0])}:${x.a(`r${y}`, subsOf[l.id][1])})`)
                : fx(`${x.a(`r${y}`, "g1")}+${x.a(`r${y}`, "g2")}`),
          ],
        ]),
      ),
      // planted: the program's kondisi akhir K is the mean of the five targets (9.75), not the 2029 target
      ka: l.id === "pg" ? 9.75 : l.flow ? l.k.reduce((n, v) => n + v, 0) : l.k[4],
      ra: fx(yrs.map((y) => x.a(`r${y}`)).join("+")),
      unit:
        l.lvl === "p"
          ? "Bapenda"
          : l.id.startsWith("s1") || l.id === "g1"
            ? "Sekretariat"
            : "Bidang Pendataan dan Penetapan",
      lok: "Kab. Bolaang Tondano",
    }),
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target = target tahun 2029 untuk persentase/rasio, jumlah lima tahun untuk dokumen, laporan dan objek pajak; Rp = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Lolak Selatan, 30 April 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KABUPATEN BOLAANG TONDANO,"],
    nama: "MARTHEN L. PANGEMANAN, S.E., M.M.",
    nip: "19750307 200003 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s23") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 5.02.04.2.03.0001 (penagihan aktif) sits under kegiatan 5.02.04.2.02 and is summed into it",
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s23")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "pg") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the rasio PAD (a rate) is 9.75, the mean of the five targets; the 2029 target is 11.00",
    truth: a("k2029", "pg"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s22"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s12"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g1"),
    actual: `PARENT(${a("kode", "s12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "g2"),
    trap: `${a("k2025", "g2")}+${a("k2026", "g2")}+${a("k2027", "g2")}+${a("k2028", "g2")}+${a("k2029", "g2")}`,
  });
  for (const id of ["g1", "s22", "s23"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs.map((y) => a(`k${y}`, id)).join("+"),
      trap: a("k2029", id),
    });
  for (const id of ["pg", "g1", "s11", "s22"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2025, 2027, 2029]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "pg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "g1")}+${a(`r${y}`, "g2")}`,
      trap: `SUM(${a(`r${y}`, "g1")}:${a(`r${y}`, "s23")})`,
    });
  }
  b.ok({ sheet: S, cell: a("k2027", "pg"), rules: ["target-trend", "target-outlier"], truth: "9.7" });
  return b.finish();
}
