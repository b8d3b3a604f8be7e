// Renstra T-C.28 of the thirty-fourth unseen set: indicators of tujuan and sasaran with five yearly
// targets and a kondisi akhir, of a Dinas Perhubungan in Kalimantan Selatan. Invented names and numbers.
import { BookW, DEC, fmt, letterhead, type Col, type Row } from "../forms/kit";

type Ind = {
  id: string;
  lvl: string;
  uraian: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  akhir: number;
  f: string;
  count?: boolean;
};

/** Renstra 2025-2029 T-C.28 of a Dinas Perhubungan. */
export function renstraTC28(): BookW {
  const b = new BookW(
    "renstra-tc28-tujuansasaran-dishub-tanjungwaru.xlsx",
    "Renstra T-C.28 (tujuan and sasaran indicators)",
    "Tabel T-C.28 Renstra 2025-2029 of a Dinas Perhubungan: No | Tujuan / Sasaran | Indikator Tujuan / Sasaran | Satuan | Kondisi Kinerja pada Awal Periode Renstra (2024) | 'Target Kinerja Tujuan / Sasaran pada Tahun' > 2025 .. 2029 | Kondisi Kinerja pada Akhir Periode Renstra; number row (1) .. (11); rates (kondisi akhir = 2029), a lower-is-better fatality rate, a count of new halte (kondisi akhir = the sum), all typed",
  );
  const S = "T-C.28";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNGWARU", "DINAS PERHUBUNGAN"]);
  s.lines(
    [
      "Tabel T-C.28",
      "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
      "Kota Tanjungwaru Tahun 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const inds: Ind[] = [
    {
      id: "t1",
      lvl: "Tujuan",
      uraian: "Meningkatnya kinerja pelayanan transportasi kota yang aman dan terjangkau",
      ind: "Indeks kepuasan pengguna angkutan umum",
      sat: "indeks",
      awal: 74.2,
      t: [75.0, 76.0, 77.0, 78.0, 79.0],
      akhir: 79.0,
      f: DEC,
    },
    {
      id: "s1",
      lvl: "Sasaran",
      uraian: "Meningkatnya keselamatan lalu lintas",
      ind: "Fatalitas kecelakaan lalu lintas per 100.000 penduduk",
      sat: "jiwa",
      awal: 4.85,
      t: [4.7, 4.55, 4.04, 4.25, 4.1],
      akhir: 4.1,
      f: DEC,
    },
    {
      id: "s2",
      lvl: "Sasaran",
      uraian: "Meningkatnya keselamatan lalu lintas",
      ind: "Persentase simpang bersinyal yang berfungsi baik",
      sat: "%",
      awal: 82.5,
      t: [85.0, 87.5, 90.0, 92.5, 95.0],
      akhir: 92.5,
      f: DEC,
    },
    {
      id: "s3",
      lvl: "Sasaran",
      uraian: "Meningkatnya layanan angkutan umum massal",
      ind: "Load factor angkutan umum Trans Tanjungwaru",
      sat: "%",
      awal: 58.4,
      t: [60.0, 62.0, 64.0, 66.0, 68.0],
      akhir: 68.0,
      f: DEC,
    },
    {
      id: "s4",
      lvl: "Sasaran",
      uraian: "Meningkatnya layanan angkutan umum massal",
      ind: "Jumlah halte baru yang dibangun",
      sat: "unit",
      awal: 46,
      t: [6, 8, 8, 10, 8],
      akhir: 40,
      f: "0",
      count: true,
    },
    {
      id: "s5",
      lvl: "Sasaran",
      uraian: "Meningkatnya layanan angkutan umum massal",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      awal: 88.0,
      t: [89.0, 90.0, 91.0, 92.0, 93.0],
      akhir: 93.0,
      f: DEC,
    },
  ];
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const TG = "Target Kinerja Tujuan / Sasaran pada Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ur", head: ["Tujuan / Sasaran"], role: "sasaran", num: "(2)", width: 34 },
    { key: "ind", head: ["Indikator Tujuan / Sasaran"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja pada Awal Periode Renstra (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 14,
    },
    ...YRS.map((y, i): Col => ({
      key: `y${y}`,
      head: [TG, String(y)],
      role: "target",
      year: y,
      num: `(${6 + i})`,
    })),
    {
      key: "akhir",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(11)",
      width: 14,
    },
  ];
  const rows: Row[] = inds.map((x, k) => {
    const cells: Record<string, ReturnType<typeof fmt> | string | number> = {
      no: x.lvl === "Tujuan" ? "T.1" : `S.${k}`,
      ur: x.uraian,
      ind: x.ind,
      sat: x.sat,
      awal: fmt(x.awal, x.f),
      akhir: fmt(x.akhir, x.f),
    };
    YRS.forEach((y, i) => (cells[`y${y}`] = fmt(x.t[i], x.f)));
    return { id: x.id, cells };
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["ur"] });
  s.gap();
  s.lines([
    "Catatan: fatalitas kecelakaan berpolaritas negatif (semakin kecil semakin baik).",
    "Kondisi akhir indikator jumlah (halte baru) adalah akumulasi target 2025-2029.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "s1") },
    rules: ["target-trend", "target-outlier"],
    note: "fatalitas 2027 target is 4.04 between 4.55 (2026) and 4.25 (2028) of a lower-is-better indicator stepping down by 0.15 a year: 4.40 typed with its digits swapped, so 2028 rises against the path",
    truth: `${a("y2026", "s1")}-0.15`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the simpang bersinyal (a rate) is 92.50, the 2028 target; the 2029 target is 95.00",
    truth: a("y2029", "s2"),
  });
  // traps: a rate's kondisi akhir is its last target, a count's is the sum of the five years
  for (const id of ["t1", "s3", "s5"])
    b.ok({
      sheet: S,
      cell: a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("akhir", "s4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2025", "s4")}:${a("y2029", "s4")})`,
    trap: a("y2029", "s4"),
  });
  b.ok({ sheet: S, cell: a("akhir", "s1"), rules: ["kondisi-akhir-mismatch"], truth: a("y2029", "s1") });
  // trap: the halte count falls from 10 to 8 in 2029, no trend break for a yearly count
  b.ok({ sheet: S, cell: a("y2029", "s4"), rules: ["target-trend"], truth: "8", trap: a("y2028", "s4") });
  return b.finish();
}
