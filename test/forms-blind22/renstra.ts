// The Renstra T-C.27 of a Dinas PUPR (Kabupaten Kedungwaru, Renstra 2025-2029, in thousands of
// rupiah): a merged Sasaran column, program rows with their outcome, kegiatan rows with no indicator
// of their own (only the money of their sub kegiatan), sub kegiatan with output counts, a second
// indicator on a row without code, SUM formulas for every pagu, kondisi akhir Rp as SUM of the five
// years, the kondisi akhir K typed for the rates and a SUM for the counts, a JUMLAH row. Every name
// and number is invented; the codes follow Kepmendagri 900.1.15.5-1317/2023 in shape.
import {
  BookW,
  DEC,
  RP,
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
import { codeOk } from "./common";

type PIn = {
  id: string;
  lvl: "p" | "k" | "s" | "x";
  kode?: string;
  nama?: string;
  sas: string;
  ind?: string;
  sat?: string;
  awal?: number;
  t?: number[];
  rp?: number[];
  f?: string;
  pj: string;
  lok?: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** T-C.27 of the Dinas Pekerjaan Umum dan Penataan Ruang, Kabupaten Kedungwaru. */
export function tc27Pupr(): BookW {
  const b = new BookW(
    "tc27-tanpaindikator-pupr-kedungwaru.xlsx",
    "T-C.27 Renstra program and funding table (Dinas PUPR)",
    "T-C.27 Renstra 2025-2029 of a Dinas PUPR, '(dalam ribuan rupiah)': Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (Outcome) / Sub Kegiatan (Output) | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp (000) | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp (000) | Unit Kerja Penanggung Jawab | Lokasi; number row merged over each pair; kegiatan rows without indicators; SUM formulas; JUMLAH",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEDUNGWARU",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Raya Ngantru Km. 2 Kedungwaru",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Kedungwaru Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SA1 = "Meningkatnya layanan jaringan irigasi dan pengendalian daya rusak air";
  const SA2 = "Meningkatnya kemantapan jalan dan jembatan kabupaten";
  const BS = "Bidang Sumber Daya Air";
  const BM = "Bidang Bina Marga";
  const rows: PIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.03.02",
      nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      sas: SA1,
      ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 68.4,
      t: [70.5, 72.6, 74.7, 76.8, 78.9],
      f: DEC,
      pj: BS,
      lok: "Kab. Kedungwaru",
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.03.02.2.01",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (Satu) Daerah Kabupaten/Kota",
      sas: SA1,
      pj: BS,
    },
    {
      id: "s111",
      lvl: "s",
      kode: "1.03.02.2.01.0012",
      nama: "Pembangunan Embung dan Penampung Air Lainnya",
      sas: SA1,
      ind: "Jumlah embung yang dibangun",
      sat: "unit",
      awal: 3,
      t: [1, 1, 2, 1, 1],
      rp: [1_850_000, 1_920_000, 3_750_000, 2_010_000, 2_080_000],
      f: "0",
      pj: BS,
      lok: "Kec. Sendang, Kec. Pagerwojo",
    },
    {
      id: "s112",
      lvl: "s",
      kode: "1.03.02.2.01.0021",
      nama: "Normalisasi/Restorasi Sungai",
      sas: SA1,
      ind: "Panjang sungai yang dinormalisasi",
      sat: "km",
      awal: 2.1,
      t: [2.5, 3, 3, 3.5, 3.5],
      rp: [1_240_000, 1_475_000, 1_510_000, 1_780_000, 1_815_000],
      f: DEC,
      pj: BS,
      lok: "Kali Ngasinan, Kali Song",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.03.02.2.02",
      nama: "Pengelolaan dan Pengembangan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (Satu) Daerah Kabupaten/Kota",
      sas: SA1,
      pj: BS,
    },
    {
      id: "s121",
      lvl: "s",
      kode: "1.03.02.2.02.0001",
      nama: "Rehabilitasi Jaringan Irigasi Permukaan",
      sas: SA1,
      ind: "Panjang jaringan irigasi permukaan yang direhabilitasi",
      sat: "km",
      awal: 5.8,
      t: [6.2, 6.5, 7, 7.4, 7.8],
      rp: [4_960_000, 5_200_000, 5_600_000, 5_920_000, 6_240_000],
      f: DEC,
      pj: BS,
      lok: "DI Tawangsari, DI Ngunut, DI Bendiljati",
    },
    {
      id: "s122",
      lvl: "s",
      kode: "1.03.02.2.02.0005",
      nama: "Peningkatan Jaringan Irigasi Permukaan",
      sas: SA1,
      ind: "Panjang jaringan irigasi permukaan yang ditingkatkan",
      sat: "km",
      awal: 2.9,
      t: [3.1, 3.4, 3.6, 3.8, 4],
      rp: [3_410_000, 3_740_000, 3_960_000, 4_180_000, 4_400_000],
      f: DEC,
      pj: BS,
      lok: "DI Gondang, DI Ngantru",
    },
    {
      id: "x122",
      lvl: "x",
      sas: SA1,
      ind: "Luas areal sawah yang bertambah layanan airnya",
      sat: "Ha",
      awal: 95,
      t: [110, 120, 125, 130, 135],
      f: "#,##0",
      pj: BS,
      lok: "DI Gondang, DI Ngantru",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.03.10",
      nama: "PROGRAM PENYELENGGARAAN JALAN",
      sas: SA2,
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      awal: 71.25,
      t: [73, 75, 77, 79, 81],
      f: DEC,
      pj: BM,
      lok: "Kab. Kedungwaru",
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
      sas: SA2,
      pj: BM,
    },
    {
      id: "s211",
      lvl: "s",
      kode: "1.03.10.2.01.0015",
      nama: "Rekonstruksi Jalan",
      sas: SA2,
      ind: "Panjang jalan yang direkonstruksi",
      sat: "km",
      awal: 7.9,
      t: [8.4, 9, 9.5, 10.2, 10.8],
      rp: [21_840_000, 23_400_000, 24_700_000, 26_520_000, 28_080_000],
      f: DEC,
      pj: BM,
      lok: "Ruas sesuai DED",
    },
    {
      id: "s212",
      lvl: "s",
      kode: "1.03.10.2.01.0017",
      nama: "Rehabilitasi Jalan",
      sas: SA2,
      ind: "Panjang jalan yang direhabilitasi",
      sat: "km",
      awal: 11.6,
      t: [12.5, 13, 13.6, 14.2, 14.8],
      rp: [9_375_000, 9_750_000, 10_200_000, 10_650_000, 11_100_000],
      f: DEC,
      pj: BM,
      lok: "Ruas sesuai DED",
    },
    {
      id: "s213",
      lvl: "s",
      kode: "1.03.10.2.01.0024",
      nama: "Pembangunan Jembatan",
      sas: SA2,
      ind: "Jumlah jembatan yang dibangun",
      sat: "unit",
      awal: 2,
      t: [2, 2, 3, 2, 2],
      rp: [6_300_000, 6_500_000, 9_900_000, 6_900_000, 7_100_000],
      f: "0",
      pj: BM,
      lok: "Kec. Bandung, Kec. Besuki",
    },
  ];
  // planted 1: the 2027 Rp of kegiatan 1.03.10.2.01 is =SUM over its first two sub kegiatan only
  const PLANT_SUM = { id: "k21", y: 2 };
  // planted 2: kondisi akhir K of the irrigation program (a rate) typed 76.80, the 2028 target
  const PLANT_AK = "p1";
  // planted 3: kondisi akhir Rp of sub kegiatan 1.03.02.2.02.0001 with a stale cached result: the sum
  // before its 2029 pagu was raised from 5,940,000 to 6,240,000
  const PLANT_STALE = "s121";
  const STALE = sum(rows.find((x) => x.id === PLANT_STALE)!.rp!) - 300_000;
  const kids = (id: string): PIn[] => {
    const i = rows.findIndex((x) => x.id === id);
    const lvl = rows[i].lvl;
    const child = lvl === "p" ? "k" : "s";
    const out: PIn[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[j].lvl === "p" || (lvl === "k" && rows[j].lvl === "k")) break;
      if (rows[j].lvl === child) out.push(rows[j]);
    }
    return out;
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const RK = "Rp (000)";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Sub Kegiatan (Output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      width: 12,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `t${i}`, head: [G, String(y), "Target"], role: "target", year: y, num: String(7 + i), width: 9 },
      {
        key: `rp${i}`,
        head: [G, String(y), RK],
        role: "anggaran",
        year: y,
        num: String(7 + i),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "12", fmt: DEC, width: 10 },
    { key: "akRp", head: [AK, RK], num: "12", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "13", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "14", width: 22 },
  ];
  const rpRange = (c: { a: (k: string, id?: string) => string }, i: number, ks: PIn[]) =>
    ks.length === 1
      ? `SUM(${c.a(`rp${i}`, ks[0].id)})`
      : `SUM(${c.a(`rp${i}`, ks[0].id)},${ks
          .slice(1)
          .map((k) => c.a(`rp${i}`, k.id))
          .join(",")})`;
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p" || x.lvl === "k",
    cells: (c) => {
      const out: Record<string, Cell> = {
        sas: x.sas,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        pj: x.pj,
        lok: x.lok,
      };
      if (x.awal !== undefined) out.awal = fmt(x.awal, x.f!);
      x.t?.forEach((v, i) => (out[`t${i}`] = fmt(v, x.f!)));
      if (x.lvl === "p") {
        const ks = kids(x.id);
        YEARS.forEach((_, i) => (out[`rp${i}`] = fx(rpRange(c, i, ks))));
        out.akK = fmt(x.id === PLANT_AK ? x.t![3] : x.t![4], x.f!);
      } else if (x.lvl === "k") {
        const ss = kids(x.id);
        YEARS.forEach((_, i) => {
          const last = x.id === PLANT_SUM.id && i === PLANT_SUM.y ? ss[ss.length - 2] : ss[ss.length - 1];
          out[`rp${i}`] = fx(`SUM(${c.a(`rp${i}`, ss[0].id)}:${c.a(`rp${i}`, last.id)})`);
        });
      } else if (x.lvl === "s") {
        x.rp!.forEach((v, i) => (out[`rp${i}`] = v));
        out.akK = fx(`${c.a("t0")}+${c.a("t1")}+${c.a("t2")}+${c.a("t3")}+${c.a("t4")}`);
      } else {
        out.akK = fx(`${c.a("t0")}+${c.a("t1")}+${c.a("t2")}+${c.a("t3")}+${c.a("t4")}`);
      }
      if (x.lvl !== "x") {
        const f = `${c.a("rp0")}+${c.a("rp1")}+${c.a("rp2")}+${c.a("rp3")}+${c.a("rp4")}`;
        out.akRp = x.id === PLANT_STALE ? fx(f, STALE) : fx(f);
      }
      return out;
    },
  }));
  const progs = rows.filter((x) => x.lvl === "p");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "jml",
        bold: true,
        span: ["sas", "awal"],
        cells: (c) => {
          const out: Record<string, Cell> = { sas: "JUMLAH" };
          YEARS.forEach((_, i) => (out[`rp${i}`] = fx(progs.map((p) => c.a(`rp${i}`, p.id)).join("+"))));
          out.akRp = fx(`SUM(${c.a("rp0")},${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")})`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi kinerja akhir periode Renstra untuk indikator persentase adalah target tahun 2029; untuk indikator panjang (km), jumlah (unit) dan luas (Ha) adalah akumulasi 5 (lima) tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Kedungwaru, 14 Juli 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. BAGUS PRASETYO ADI, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760219 200501 1 009",
  });
  b.finish();

  const A = (k: string, id: string) => t.a(k, id);
  const years = (k: string, id: string) => [0, 1, 2, 3, 4].map((i) => A(`${k}${i}`, id));
  const kk = kids(PLANT_SUM.id);
  b.plant({
    at: { sheet: S, cell: A(`rp${PLANT_SUM.y}`, PLANT_SUM.id) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `The 2027 Rp of kegiatan 1.03.10.2.01 is =SUM over its first two sub kegiatan only (34,900,000); with Pembangunan Jembatan (9,900,000) its sub kegiatan add up to 44,800,000, as the other years' SUM formulas take all three`,
    truth: `SUM(${A(`rp${PLANT_SUM.y}`, kk[0].id)}:${A(`rp${PLANT_SUM.y}`, kk[kk.length - 1].id)})`,
  });
  b.plant({
    at: { sheet: S, cell: A("akK", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the persentase jaringan irigasi dalam kondisi baik (a rate) is 76.80, the 2028 target; the 2029 target is 78.90",
    truth: A("t4", PLANT_AK),
  });
  b.plant({
    at: { sheet: S, cell: A("akRp", PLANT_STALE) },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.03.02.2.02.0001 is =sum of the five years with a stale cached result of 27,620,000 (before the 2029 pagu was raised from 5,940,000 to 6,240,000); the five years add up to 27,920,000",
    truth: years("rp", PLANT_STALE).join("+"),
  });
  const tol = 0.5;
  for (const x of rows) {
    if (x.kode && x.lvl !== "p")
      codeOk(
        b,
        S,
        A("kode", x.id),
        A(
          "kode",
          x.lvl === "s"
            ? rows
                .slice(0, rows.indexOf(x))
                .reverse()
                .find((r) => r.lvl === "k")!.id
            : rows
                .slice(0, rows.indexOf(x))
                .reverse()
                .find((r) => r.lvl === "p")!.id,
        ),
      );
    if (x.lvl === "p" || x.lvl === "k") {
      const ks = kids(x.id);
      const below: PIn[] = [];
      for (
        let j = rows.indexOf(x) + 1;
        j < rows.length && rows[j].lvl !== "p" && !(x.lvl === "k" && rows[j].lvl === "k");
        j++
      )
        if (rows[j].lvl !== "x") below.push(rows[j]);
      [0, 1, 2, 3, 4].forEach((i) => {
        if (i === PLANT_SUM.y && (x.id === PLANT_SUM.id || x.id === "p2")) return;
        const k = `rp${i}`;
        b.ok({
          sheet: S,
          cell: A(k, x.id),
          rules: ["sum-mismatch"],
          truth: ks.map((z) => A(k, z.id)).join("+"),
          trap: x.lvl === "p" ? below.map((z) => A(k, z.id)).join("+") : undefined,
          tol,
        });
      });
    }
    if (x.lvl !== "x" && x.id !== PLANT_STALE && !(x.id === "k21" || x.id === "p2"))
      b.ok({
        sheet: S,
        cell: A("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: years("rp", x.id).join("+"),
        tol,
      });
    if (x.lvl === "p" && x.id !== PLANT_AK)
      b.ok({
        sheet: S,
        cell: A("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: A("t4", x.id),
        trap: years("t", x.id).join("+"),
      });
    if (x.lvl === "s")
      b.ok({
        sheet: S,
        cell: A("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: years("t", x.id).join("+"),
        trap: A("t4", x.id),
      });
  }
  [0, 1, 3, 4].forEach((i) =>
    b.ok({
      sheet: S,
      cell: A(`rp${i}`, "jml"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => A(`rp${i}`, p.id)).join("+"),
      trap: rows
        .filter((z) => z.lvl !== "x")
        .map((z) => A(`rp${i}`, z.id))
        .join("+"),
      tol,
    }),
  );
  if (round(STALE) !== 27_620_000) throw new Error(`stale ${STALE}`);
  return b;
}
