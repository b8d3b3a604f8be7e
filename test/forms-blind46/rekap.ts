// The recap and the plan: fire incidents per kecamatan per month of the Dinas Pemadam Kebakaran of
// Kota Wolio Raya with the losses in rupiah in a second table on the same sheet, and a T-C.33-like
// RKPD programme plan of the Dinas Perumahan dan Kawasan Permukiman of Kota Tanjung Sengata with
// pagu indikatif 2026 and prakiraan maju 2027. Every office, region, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
} from "../forms/kit";

const BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** Rekapitulasi kejadian kebakaran per kecamatan per bulan 2024, Damkar Kota Wolio Raya. */
export function rekapKebakaranWolioRaya(): BookW {
  const b = new BookW(
    "rekap-kejadian-kebakaran-kecamatan-damkar-wolio-raya-2024.xlsx",
    "fire-incident recap per kecamatan per month",
    "Table 1: No | Kecamatan | Bulan > Jan .. Des | Jumlah; a JUMLAH row. Table 2 beside-below on the same sheet: No | Kecamatan | Jumlah Kejadian | Kerugian Materiil (Rp) | Rata-rata Kerugian per Kejadian (Rp); a JUMLAH row whose average is total / total",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA WOLIO RAYA",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Bidang Operasi dan Penyelamatan",
  ]);
  s.lines(["A. JUMLAH KEJADIAN KEBAKARAN MENURUT KECAMATAN DAN BULAN TAHUN 2024"], 1, { bold: true });
  s.gap();
  const kec = [
    { id: "w1", nama: "Betoambari Hilir", n: [3, 2, 1, 2, 4, 3, 5, 6, 4, 3, 1, 2], rp: 1_486_250_000 },
    { id: "w2", nama: "Murhum Pesisir", n: [4, 3, 2, 3, 2, 4, 6, 7, 5, 2, 2, 3], rp: 2_317_800_000 },
    { id: "w3", nama: "Kokalukuna Baru", n: [1, 1, 0, 2, 1, 2, 3, 4, 3, 1, 0, 1], rp: 612_450_000 },
    { id: "w4", nama: "Lea-Lea Timur", n: [2, 1, 1, 0, 2, 1, 2, 3, 2, 1, 1, 0], rp: 438_900_000 },
    { id: "w5", nama: "Sorawolio Tengah", n: [0, 1, 0, 1, 1, 2, 2, 3, 2, 1, 0, 1], rp: 356_175_000 },
    { id: "w6", nama: "Bungi Lama", n: [1, 0, 1, 1, 0, 1, 2, 2, 1, 1, 1, 0], rp: 274_600_000 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
    ...BLN.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Bulan", m],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 6,
    })),
    { key: "j", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
  ];
  const t1 = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...kec.map((k, i) => ({
        id: k.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            no: i + 1,
            kec: k.nama,
            j: fx(`SUM(${x.a("m0")}:${x.a("m11")})`),
          };
          k.n.forEach((v, j) => (c[`m${j}`] = v));
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "JUMLAH" };
          // planted: the August total stops at Sorawolio Tengah (Bungi Lama left out)
          BLN.forEach(
            (_, j) => (c[`m${j}`] = fx(`SUM(${x.a(`m${j}`, "w1")}:${x.a(`m${j}`, j === 7 ? "w5" : "w6")})`)),
          );
          c.j = fx(`SUM(${x.a("j", "w1")}:${x.a("j", "w6")})`);
          return c;
        },
      },
    ],
  });
  s.gap(2);
  s.lines(["B. KERUGIAN MATERIIL AKIBAT KEBAKARAN MENURUT KECAMATAN TAHUN 2024"], 1, { bold: true });
  s.gap();
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
    { key: "n", head: ["Jumlah Kejadian (kali)"], role: "realisasi", year: 2024, fmt: INT },
    {
      key: "rp",
      head: ["Taksiran Kerugian Materiil (Rp)"],
      role: "realisasi",
      year: 2024,
      fmt: RP,
      width: 18,
    },
    { key: "avg", head: ["Rata-rata Kerugian per Kejadian (Rp)"], role: "lainnya", fmt: RP, width: 18 },
  ];
  const t2 = s.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      ...kec.map((k, i) => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          // planted: Murhum Pesisir typed 34 kejadian while table A counts 43
          n: k.id === "w2" ? 34 : fx(`${t1.a("j", k.id)}`),
          rp: k.rp,
          avg: fx(`ROUND(${x.a("rp")}/${x.a("n")},0)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          n: fx(`SUM(${x.a("n", "w1")}:${x.a("n", "w6")})`),
          // planted: the loss total typed, 5,468,175,000 for 5,486,175,000
          rp: 5_468_175_000,
          avg: fx(`ROUND(${x.a("rp")}/${x.a("n")},0)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan Kejadian Kebakaran Pos Induk dan Pos Sektor; kerugian berdasarkan taksiran petugas di lapangan.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Wolio Raya, 15 Januari 2025",
    jabatan: ["Kepala Bidang Operasi dan Penyelamatan,"],
    nama: "LA ODE ARIFUDDIN MANARFA, S.T.",
    pangkat: "Penata Tingkat I",
    nip: "19830722 200902 1 005",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const aug = sum(kec.map((k) => k.n[7]));
  b.plant({
    at: { sheet: S, cell: a1("m7", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH August = SUM of the first five kecamatan (23): Bungi Lama (2) left out of the range; the six give ${aug}`,
    truth: `SUM(${a1("m7", "w1")}:${a1("m7", "w6")})`,
  });
  b.plant({
    at: { sheet: S, cell: a2("n", "w2") },
    rules: ["cross-table-mismatch", "hardcoded-value"],
    note: "Jumlah kejadian of Murhum Pesisir typed 34 in table B (digits swapped) while table A counts 43",
    truth: a1("j", "w2"),
  });
  b.plant({
    at: { sheet: S, cell: a2("rp", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH kerugian typed 5,468,175,000; the six kecamatan add to 5,486,175,000 (8 and 6 swapped)",
    truth: `SUM(${a2("rp", "w1")}:${a2("rp", "w6")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("avg", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a2("rp", "tot")}/${a2("n", "tot")},0)`,
    trap: `SUM(${a2("avg", "w1")}:${a2("avg", "w6")})`,
    tol: 0.6,
  });
  b.ok({
    sheet: S,
    cell: a1("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("j", "w1")}:${a1("j", "w6")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("m6", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("m6", "w1")}:${a1("m6", "w6")})`,
  });
  b.ok({ sheet: S, cell: a2("n", "w1"), rules: ["cross-table-mismatch"], truth: a1("j", "w1") });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  lok?: string;
  t26?: Cell;
  rp26?: number;
  t27?: Cell;
  rp27?: number;
  kids?: string[];
  fmt?: string;
};

/** Rencana program dan kegiatan RKPD 2026 (T-C.33-like), Disperkim Kota Tanjung Sengata. */
export function rkpdPerkimTanjungSengata(): BookW {
  const b = new BookW(
    "rancangan-rkpd-2026-disperkim-kota-tanjung-sengata.xlsx",
    "T-C.33-like RKPD programme plan",
    "Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Rencana Tahun 2026 > Lokasi / Target Capaian Kinerja / Pagu Indikatif (Rp) / Sumber Dana | Prakiraan Maju 2027 > Target / Kebutuhan Dana (Rp) | Perangkat Daerah; number row (1)..(10); program rows SUM their kegiatan, a JUMLAH over the programs only",
  );
  const S = "T-C.33";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SENGATA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines(["Rencana Program dan Kegiatan Prioritas Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027"], 1, {
    bold: true,
  });
  s.gap();
  const ps: P[] = [
    { id: "u", kode: "1.04", nama: "URUSAN PEMERINTAHAN BIDANG PERUMAHAN DAN KAWASAN PERMUKIMAN", ind: "" },
    {
      id: "p1",
      kode: "1.04.02",
      nama: "PROGRAM PENGEMBANGAN PERUMAHAN",
      ind: "Persentase rumah layak huni (%)",
      t26: 88.4,
      t27: 89.7,
      kids: ["k11", "k12"],
      fmt: DEC,
    },
    {
      id: "k11",
      kode: "1.04.02.2.01",
      nama: "Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota",
      ind: "Jumlah rumah korban bencana yang direhabilitasi (unit)",
      lok: "Kec. Sengata Hilir, Kec. Teluk Pandan Raya",
      t26: 40,
      rp26: 1_416_000_000,
      t27: 45,
      rp27: 1_593_000_000,
    },
    {
      id: "k12",
      kode: "1.04.02.2.02",
      nama: "Penerbitan Izin Pembangunan dan Pengembangan Perumahan",
      ind: "Jumlah RTLH yang ditingkatkan kualitasnya (unit)",
      lok: "Seluruh kecamatan",
      t26: 340,
      rp26: 6_834_500_000,
      t27: 360,
      rp27: 7_236_000_000,
    },
    {
      id: "p2",
      kode: "1.04.04",
      nama: "PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH",
      ind: "Persentase luas kawasan permukiman kumuh (%)",
      t26: 6.85,
      t27: 7.58,
      kids: ["k21", "k22", "k23"],
      fmt: DEC,
    },
    {
      id: "k21",
      kode: "1.04.04.2.01",
      nama: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di bawah 10 (sepuluh) Ha",
      ind: "Luas kawasan kumuh yang ditangani (Ha)",
      lok: "Kel. Tanjung Laut Indah, Kel. Guntung Baru",
      t26: 8.5,
      rp26: 4_275_600_000,
      t27: 9,
      rp27: 4_512_000_000,
      fmt: DEC,
    },
    {
      id: "k22",
      kode: "1.04.04.2.02",
      nama: "Peningkatan Kualitas Permukiman Kumuh dengan Luas di bawah 10 (sepuluh) Ha",
      ind: "Jumlah rumah tangga kumuh yang mendapat akses air minum dan sanitasi (KK)",
      lok: "Kel. Loktuan Seberang",
      t26: 620,
      rp26: 2_138_250_000,
      t27: 650,
      rp27: 2_245_000_000,
    },
    {
      id: "k23",
      kode: "1.04.04.2.03",
      nama: "Pencegahan Perumahan dan Kawasan Permukiman Kumuh pada Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen rencana pencegahan kumuh (dokumen)",
      lok: "Kota Tanjung Sengata",
      t26: 2,
      rp26: 386_400_000,
      t27: 2,
      rp27: 405_000_000,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 14 },
    {
      key: "nama",
      head: ["Urusan / Program / Kegiatan / Sub Kegiatan"],
      role: "lainnya",
      num: "(2)",
      width: 44,
    },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "lok", head: ["Rencana Tahun 2026", "Lokasi"], role: "lokasi", num: "(4)", width: 24 },
    {
      key: "t26",
      head: ["Rencana Tahun 2026", "Target Capaian Kinerja"],
      role: "target",
      year: 2026,
      num: "(5)",
    },
    {
      key: "rp26",
      head: ["Rencana Tahun 2026", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(6)",
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: ["Rencana Tahun 2026", "Sumber Dana"], role: "keterangan", num: "(7)", width: 10 },
    {
      key: "t27",
      head: ["Prakiraan Maju Rencana Tahun 2027", "Target Capaian Kinerja"],
      role: "target",
      year: 2027,
      num: "(8)",
    },
    {
      key: "rp27",
      head: ["Prakiraan Maju Rencana Tahun 2027", "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2027,
      num: "(9)",
      fmt: RP,
      width: 17,
    },
    {
      key: "pd",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(10)",
      width: 16,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ps.map((p) => ({
        id: p.id,
        bold: p.id === "u" || !!p.kids,
        cells: (x: Ctx) => {
          const f = p.fmt ?? INT;
          const c: Record<string, Cell> = { kode: p.kode, nama: p.nama, ind: p.ind || null, lok: p.lok };
          if (typeof p.t26 === "number") c.t26 = { v: p.t26, fmt: f };
          if (typeof p.t27 === "number") c.t27 = { v: p.t27, fmt: f };
          if (p.kids) {
            c.rp26 = fx(p.kids.map((i) => x.a("rp26", i)).join("+"));
            // planted: the programme's 2027 need leaves out its last kegiatan (added after the formula)
            c.rp27 = fx((p.id === "p2" ? p.kids.slice(0, 2) : p.kids).map((i) => x.a("rp27", i)).join("+"));
          } else if (p.rp26 !== undefined) {
            c.rp26 = p.rp26;
            c.rp27 = p.rp27;
            c.sd = "DAU";
          }
          if (p.id !== "u") c.pd = "Disperkim";
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "ind"] as [string, string],
        cells: (x: Ctx) => ({
          kode: "JUMLAH",
          rp26: fx(`${x.a("rp26", "p1")}+${x.a("rp26", "p2")}`),
          rp27: fx(`${x.a("rp27", "p1")}+${x.a("rp27", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: target persentase kawasan kumuh berpolaritas negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Sengata, 24 Februari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman,"],
    nama: "Ir. HERMANSYAH DWI PRAKOSO, M.T.",
    nip: "19740319 200003 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp27", "p2") },
    rules: ["sum-mismatch"],
    note: "Kebutuhan dana 2027 of Program Kawasan Kumuh = 4,512,000,000 + 2,245,000,000 = 6,757,000,000; Pencegahan (405,000,000) left out, the three give 7,162,000,000",
    truth: `${a("rp27", "k21")}+${a("rp27", "k22")}+${a("rp27", "k23")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("t27", "p2") },
    rules: ["target-trend"],
    note: "Prakiraan maju 2027 of the kawasan kumuh rate 7.58 rises from 6.85 (2026) for a lower-is-better rate; the Renstra's 2027 target is 5.94 (7.58 is the 2025 figure mistyped)",
    truth: "5.94",
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "p1")}+${a("rp26", "p2")}`,
    trap: `SUM(${a("rp26", "u")}:${a("rp26", "k23")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "k21")}+${a("rp26", "k22")}+${a("rp26", "k23")}`,
  });
  b.ok({ sheet: S, cell: a("t27", "p1"), rules: ["target-trend"], truth: "89.7" });
  return b.finish();
}
