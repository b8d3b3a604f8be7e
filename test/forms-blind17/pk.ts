// A Perjanjian Kinerja 2025 of a Satpol PP (statement, sasaran table with the year in the title only,
// program and kegiatan table with a Jumlah) beside its Renstra 2025-2029 targets under "Tahun ke-1" ..
// "Tahun ke-5" (the years only in the title). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { rp } from "./util";

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  akhir: "last" | "sum";
  neg?: boolean;
  f: string;
};
type ProgIn = { id: string; no: string; nama: string; v?: number; of?: string[]; dana?: string };

/** PK 2025 and Renstra 2025-2029 of the Satuan Polisi Pamong Praja, Kabupaten Gunungtalang. */
export function pkSatpolpp(): BookW {
  const b = new BookW(
    "pk-tahunke-satpolpp-gunungtalang.xlsx",
    "PK with its Renstra (Satpol PP)",
    "Sheet 'PK 2025': statement page, No | Sasaran Strategis (merged) | Indikator Kinerja | Target | Satuan (the year in the title only), then No | Program / Kegiatan | Anggaran (Rp) | Sumber Dana with program rows as SUM of their kegiatan and a Jumlah; both parties sign side by side; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1 .. Tahun ke-5 | Kondisi Akhir | Keterangan; rates, a lower-is-better ratio, a count of trained Satlinmas (kondisi akhir the sum)",
  );
  const S = "PK 2025";
  const SR = "Renstra 2025-2029";
  const S1 = "Meningkatnya ketenteraman dan ketertiban umum masyarakat";
  const S2 = "Meningkatnya kapasitas perlindungan masyarakat";
  const rows: PkIn[] = [
    {
      id: "k1",
      sas: S1,
      ind: "Persentase penegakan Perda dan Perkada yang ditindaklanjuti",
      sat: "%",
      awal: 75,
      tg: [78, 81, 84, 87, 90],
      akhir: "last",
      f: DEC,
    },
    {
      id: "k2",
      sas: S1,
      ind: "Persentase gangguan trantibum yang dapat diselesaikan",
      sat: "%",
      awal: 86.5,
      tg: [88, 90, 92, 94, 96],
      akhir: "last",
      f: DEC,
    },
    {
      id: "k3",
      sas: S1,
      ind: "Rasio pelanggaran Perda per 10.000 penduduk",
      sat: "rasio",
      awal: 7.1,
      tg: [6.8, 6.4, 6, 5.6, 5.2],
      akhir: "last",
      neg: true,
      f: DEC,
    },
    {
      id: "k4",
      sas: S2,
      ind: "Persentase anggota Satlinmas yang terlatih",
      sat: "%",
      awal: 28.4,
      tg: [35, 42, 50, 58, 65],
      akhir: "last",
      f: DEC,
    },
    {
      id: "k5",
      sas: S2,
      ind: "Jumlah anggota Satlinmas yang mengikuti pelatihan dasar",
      sat: "orang",
      awal: 210,
      tg: [240, 260, 280, 300, 320],
      akhir: "sum",
      f: "#,##0",
    },
  ];
  // planted 1: the PK target of the penegakan Perda is 81.00, the Renstra target of Tahun ke-2 (2026);
  // Tahun ke-1 (2025) is 78.00
  const PLANT_X = { id: "k1", v: 81 };

  // ------------------------------------------------------------------ the PK sheet
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGTALANG",
    "SATUAN POLISI PAMONG PRAJA",
    "Jl. Bhayangkara No. 9, Gunungtalang",
  ]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : BAMBANG SURYO ATMOKO, S.Sos., M.Si.",
    "Jabatan : Kepala Satuan Polisi Pamong Praja Kabupaten Gunungtalang, selanjutnya disebut pihak pertama",
    "Nama    : H. MUCHLIS ARIFIN, S.H., M.H.",
    "Jabatan : Bupati Gunungtalang, selaku atasan pihak pertama, selanjutnya disebut pihak kedua",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["SASARAN DAN INDIKATOR KINERJA"], 1, { bold: true });
  s.gap();
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "t", head: ["Target"], role: "target", year: 2025, width: 16 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        t: fmt(x.id === PLANT_X.id ? PLANT_X.v : x.tg[0], x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"], 1, { bold: true });
  s.gap();
  const progs: ProgIn[] = [
    {
      id: "p1",
      no: "1",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      of: ["a1", "a2", "a3", "a4"],
    },
    {
      id: "a1",
      no: "a.",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      v: 48_750_000,
      dana: "DAU",
    },
    { id: "a2", no: "b.", nama: "Administrasi Keuangan Perangkat Daerah", v: 5_286_420_000, dana: "DAU" },
    { id: "a3", no: "c.", nama: "Administrasi Umum Perangkat Daerah", v: 362_815_000, dana: "PAD" },
    {
      id: "a4",
      no: "d.",
      nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      v: 1_104_600_000,
      dana: "PAD",
    },
    {
      id: "p2",
      no: "2",
      nama: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      of: ["b1", "b2", "b3"],
    },
    {
      id: "b1",
      no: "a.",
      nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      v: 1_846_250_000,
      dana: "DAU",
    },
    {
      id: "b2",
      no: "b.",
      nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      v: 624_380_000,
      dana: "DAU",
    },
    {
      id: "b3",
      no: "c.",
      nama: "Pembinaan Penyidik Pegawai Negeri Sipil (PPNS) Kabupaten/Kota",
      v: 187_500_000,
      dana: "DBH",
    },
  ];
  // planted 2: program 2 is =SUM over its first two kegiatan; the PPNS kegiatan is left out
  const PLANT_S = "p2";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nama", head: ["Program / Kegiatan"], width: 32 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "dana", head: ["Sumber Dana"], width: 16 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: x.no, nama: x.nama, dana: x.dana };
          if (x.of) {
            const of = x.id === PLANT_S ? x.of.slice(0, 2) : x.of;
            cells.rp = fx(`SUM(${c.a("rp", of[0])}:${c.a("rp", of[of.length - 1])})`);
          } else cells.rp = x.v;
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ nama: "Jumlah", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["", "Pihak Kedua,", "BUPATI GUNUNGTALANG,"], 2);
  s.gap(3);
  s.lines(["H. MUCHLIS ARIFIN, S.H., M.H."], 2);
  const end = s.r;
  s.r = top;
  signature(s, 4, {
    tempat: "Gunungtalang, 8 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA SATUAN POLISI PAMONG PRAJA"],
    nama: "BAMBANG SURYO ATMOKO, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19780107 199803 1 003",
  });
  s.r = Math.max(s.r, end);

  // ------------------------------------------------------------------ the Renstra sheet
  const r = b.sheet(SR);
  r.lines(
    ["TARGET KINERJA SASARAN RENSTRA SATUAN POLISI PAMONG PRAJA KABUPATEN GUNUNGTALANG TAHUN 2025-2029"],
    1,
    { bold: true },
  );
  r.gap();
  const TK = "Target Kinerja";
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", width: 10 },
    ...[1, 2, 3, 4, 5].map((k): Col => ({
      key: `y${k}`,
      head: [TK, `Tahun ke-${k}`],
      role: "target",
      year: 2024 + k,
      width: 10,
    })),
    { key: "akhir", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 26 },
  ];
  const tr = r.table({
    cols: rc,
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const cells: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat, awal: fmt(x.awal, x.f) };
        x.tg.forEach((v, i) => (cells[`y${i + 1}`] = fmt(v, x.f)));
        cells.akhir = fmt(x.akhir === "last" ? x.tg[4] : sum(x.tg), x.f);
        cells.ket = x.neg ? "semakin kecil semakin baik" : x.akhir === "sum" ? "kumulatif 5 tahun" : "-";
        return cells;
      },
    })),
  });
  r.gap();
  r.lines(["Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029; kondisi awal = capaian tahun 2024."]);

  // ----------------------------------------------------------------------------------- claims
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t.a("t", PLANT_X.id) },
        { sheet: SR, cell: tr.a("y1", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "The PK 2025 target of the persentase penegakan Perda dan Perkada yang ditindaklanjuti is 81.00, the Renstra target of Tahun ke-2 (2026); Tahun ke-1 (2025) is 78.00",
    truth: `'${SR}'!${tr.a("y1", PLANT_X.id)}`,
  });
  const bv = progs.filter((x) => x.id.startsWith("b"));
  b.plant({
    at: { sheet: S, cell: t2.a("rp", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `Anggaran of the Program Peningkatan Ketenteraman dan Ketertiban Umum is =SUM over its first two kegiatan (${rp(bv[0].v! + bv[1].v!)}); with the PPNS kegiatan the three give ${rp(sum(bv.map((x) => x.v!)))}`,
    truth: bv.map((x) => t2.a("rp", x.id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.id !== PLANT_X.id)
      b.ok({
        sheet: S,
        cell: t.a("t", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${SR}'!${tr.a("y1", x.id)}`,
      });
    const last = tr.a("y5", x.id);
    const all = [1, 2, 3, 4, 5].map((k) => tr.a(`y${k}`, x.id)).join("+");
    b.ok({
      sheet: SR,
      cell: tr.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.akhir === "last" ? last : all,
      trap: x.akhir === "last" ? all : last,
    });
  }
  // the ratio of violations is lower is better: its falling targets are right
  b.ok({ sheet: SR, cell: tr.a("y3", "k3"), rules: ["target-trend"], truth: "6" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: ["a1", "a2", "a3", "a4"].map((k) => t2.a("rp", k)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
