// Plan tables of penataan ruang and pertanahan: the T-C.27 of the Renstra 2025-2029 of the Dinas
// Perumahan, Kawasan Permukiman, Pertanahan dan Penataan Ruang of a kota in Kalimantan Selatan ("Tahun
// ke-1 .. ke-5" with the years only in the title, Rp in thousands, SUM formulas for kegiatan and
// programs, a JUMLAH row over the two programs), and the T-C.30-like Renja 2025 of the Dinas PUPR
// Provinsi Jambi, bidang penataan ruang (target and pagu of 2025, prakiraan maju 2026, lokasi and sumber
// dana, a Jumlah row). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================= T-C.27 Renstra 2025-2029, Kota Muara Riam (Kalimantan Selatan)

type Ln = {
  id: string;
  kind: "p" | "k" | "s" | "x";
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** kondisi akhir K: the last target for levels, the sum for flows */
  level: boolean;
  rp?: number[];
  unit: string;
  lok: string;
  sas: string;
};

const TUJ = "Terwujudnya ruang kota yang aman, nyaman, produktif dan berkelanjutan";
const SAS1 = "Meningkatnya ketertiban pemanfaatan ruang kota";
const SAS2 = "Meningkatnya kepastian hukum atas tanah aset daerah";
const TR = "Bidang Penataan Ruang";
const PT = "Bidang Pertanahan";
const KOTA = "Kota Muara Riam";

export function tc27PertanahanKalsel(): BookW {
  const b = new BookW(
    "renstra-tc27-perkimtan-tata-ruang-muara-riam.xlsx",
    "T-C.27 Renstra (penataan ruang dan pertanahan)",
    "T-C.27 of the Renstra 2025-2029 of a Dinas Perkim, Pertanahan dan Penataan Ruang in Kalimantan Selatan: Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja | Lokasi; (dalam ribuan rupiah); SUM formulas; a second indicator without a code; JUMLAH = the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA MUARA RIAM",
    "DINAS PERUMAHAN, KAWASAN PERMUKIMAN, PERTANAHAN DAN PENATAAN RUANG",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Perumahan, Kawasan Permukiman, Pertanahan dan Penataan Ruang Kota Muara Riam Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "p1",
      kind: "p",
      kode: "1.03.12",
      nm: "PROGRAM PENYELENGGARAAN PENATAAN RUANG",
      ind: "Persentase kesesuaian pemanfaatan ruang terhadap RDTR",
      sat: "%",
      awal: 71.2,
      tg: [74, 77, 80, 83, 86],
      level: true,
      unit: TR,
      lok: KOTA,
      sas: SAS1,
    },
    {
      id: "k1",
      kind: "k",
      kode: "1.03.12.2.01",
      nm: "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kota",
      ind: "Jumlah dokumen RDTR yang ditetapkan dengan Peraturan Wali Kota",
      sat: "dokumen",
      awal: 2,
      tg: [1, 1, 1, 1, 1],
      level: false,
      unit: TR,
      lok: KOTA,
      sas: SAS1,
    },
    {
      id: "s11",
      kind: "s",
      kode: "1.03.12.2.01.0002",
      nm: "Penyusunan Rencana Detail Tata Ruang (RDTR) Kota",
      ind: "Jumlah dokumen RDTR yang tersusun",
      sat: "dokumen",
      awal: 2,
      tg: [1, 1, 1, 1, 1],
      level: false,
      rp: [1_250_000, 1_310_000, 1_375_000, 1_420_000, 1_480_000],
      unit: TR,
      lok: "WP I - WP V",
      sas: SAS1,
    },
    {
      id: "s12",
      kind: "s",
      kode: "1.03.12.2.01.0005",
      nm: "Penyediaan Basis Data dan Peta Tata Ruang",
      ind: "Jumlah lembar peta rencana tata ruang skala 1:5.000 yang terintegrasi",
      sat: "lembar",
      awal: 18,
      tg: [4, 4, 5, 5, 6],
      level: false,
      rp: [285_500, 292_750, 318_400, 326_900, 347_250],
      unit: TR,
      lok: KOTA,
      sas: SAS1,
    },
    {
      id: "k2",
      kind: "k",
      kode: "1.03.12.2.03",
      nm: "Pengendalian Pemanfaatan Ruang Kota",
      ind: "Persentase pelanggaran pemanfaatan ruang yang ditertibkan",
      sat: "%",
      awal: 52.5,
      tg: [60, 65, 70, 75, 80],
      level: true,
      unit: TR,
      lok: KOTA,
      sas: SAS1,
    },
    {
      id: "s21",
      kind: "s",
      kode: "1.03.12.2.03.0001",
      nm: "Penerbitan Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Non Berusaha",
      ind: "Jumlah persetujuan KKPR yang diterbitkan",
      sat: "dokumen",
      awal: 196,
      tg: [220, 240, 260, 280, 300],
      level: false,
      rp: [412_300, 428_650, 446_100, 463_800, 481_250],
      unit: TR,
      lok: "5 kecamatan",
      sas: SAS1,
    },
    {
      id: "s22",
      kind: "s",
      kode: "1.03.12.2.03.0004",
      nm: "Pengawasan Pemanfaatan Ruang",
      ind: "Jumlah lokasi pengawasan pemanfaatan ruang",
      sat: "lokasi",
      awal: 8,
      tg: [10, 12, 12, 14, 14],
      level: false,
      rp: [356_400, 371_200, 388_950, 402_600, 419_300],
      unit: TR,
      lok: "5 kecamatan",
      sas: SAS1,
    },
    {
      id: "s23",
      kind: "s",
      kode: "1.03.12.2.03.0006",
      nm: "Fasilitasi Forum Penataan Ruang",
      ind: "Jumlah rapat koordinasi Forum Penataan Ruang",
      sat: "kali",
      awal: 4,
      tg: [6, 6, 6, 6, 6],
      level: false,
      rp: [148_250, 152_900, 157_600, 163_450, 168_100],
      unit: TR,
      lok: KOTA,
      sas: SAS1,
    },
    {
      id: "p2",
      kind: "p",
      kode: "2.10.06",
      nm: "PROGRAM PENATAGUNAAN TANAH",
      ind: "Persentase bidang tanah aset Pemerintah Kota yang bersertifikat",
      sat: "%",
      awal: 58.4,
      tg: [63.5, 68, 72.5, 77, 81.5],
      level: true,
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    {
      id: "k3",
      kind: "k",
      kode: "2.10.06.2.01",
      nm: "Penatagunaan Tanah",
      ind: "Jumlah bidang tanah aset daerah yang tersertifikasi",
      sat: "bidang",
      awal: 112,
      tg: [45, 50, 50, 55, 60],
      level: false,
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    {
      id: "s31",
      kind: "s",
      kode: "2.10.06.2.01.0001",
      nm: "Penyusunan Neraca Penatagunaan Tanah",
      ind: "Jumlah dokumen neraca penatagunaan tanah",
      sat: "dokumen",
      awal: 1,
      tg: [1, 1, 1, 1, 1],
      level: false,
      rp: [175_600, 181_250, 187_900, 194_300, 201_750],
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    {
      id: "s32",
      kind: "s",
      kode: "2.10.06.2.01.0003",
      nm: "Fasilitasi Sertifikasi Tanah Aset Pemerintah Daerah",
      ind: "Jumlah bidang tanah aset Pemda yang diajukan sertifikasi",
      sat: "bidang",
      awal: 112,
      tg: [45, 50, 50, 55, 60],
      level: false,
      rp: [936_750, 1_042_500, 1_048_300, 1_153_650, 1_259_800],
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    {
      id: "s32b",
      kind: "x",
      ind: "Luas tanah aset Pemda yang disertifikasi",
      sat: "hektar",
      awal: 41.25,
      tg: [12.5, 14, 14, 15.5, 17],
      level: false,
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    {
      id: "k4",
      kind: "k",
      kode: "2.10.06.2.02",
      nm: "Pertimbangan Teknis Pertanahan",
      ind: "Jumlah pertimbangan teknis pertanahan yang diterbitkan",
      sat: "dokumen",
      awal: 74,
      tg: [80, 85, 90, 95, 100],
      level: false,
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    {
      id: "s41",
      kind: "s",
      kode: "2.10.06.2.02.0001",
      nm: "Penerbitan Pertimbangan Teknis Pertanahan dalam rangka PKKPR",
      ind: "Jumlah pertimbangan teknis pertanahan untuk PKKPR",
      sat: "dokumen",
      awal: 74,
      tg: [80, 85, 90, 95, 100],
      level: false,
      rp: [214_800, 223_350, 232_600, 241_900, 251_450],
      unit: PT,
      lok: KOTA,
      sas: SAS2,
    },
    // planted: coded under kegiatan 2.10.06.2.01 while it stands under 2.10.06.2.02
    {
      id: "s42",
      kind: "s",
      kode: "2.10.06.2.01.0002",
      nm: "Inventarisasi Penguasaan, Pemilikan, Penggunaan dan Pemanfaatan Tanah (IP4T)",
      ind: "Jumlah bidang tanah yang diinventarisasi (IP4T)",
      sat: "bidang",
      awal: 850,
      tg: [400, 450, 450, 500, 500],
      level: false,
      rp: [318_500, 342_750, 349_200, 371_600, 378_900],
      unit: PT,
      lok: "5 kecamatan",
      sas: SAS2,
    },
  ];
  const kidsOf: Record<string, [string, string]> = {
    k1: ["s11", "s12"],
    k2: ["s21", "s23"],
    k3: ["s31", "s32b"],
    k4: ["s41", "s42"],
  };
  const progOf: Record<string, string[]> = { p1: ["k1", "k2"], p2: ["k3", "k4"] };
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  let n = 0;
  const num = () => String(++n);
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: num(), width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: num(), width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: num(), width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: num(),
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: num(),
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: num(),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akt", head: [AK, "Target"], role: "kondisi-akhir", num: num(), width: 10 },
    { key: "akr", head: [AK, "Rp"], role: "anggaran", num: num(), fmt: RP, width: 14 },
    {
      key: "unit",
      head: ["Unit Kerja Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: num(),
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: num(), width: 14 },
  ];
  const byId = new Map(L.map((x) => [x.id, x]));
  const row = (x: Ln): Row => ({
    id: x.id,
    bold: x.kind === "p",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        tuj: TUJ,
        sas: x.sas,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.sat === "%" || x.sat === "hektar" ? { v: x.awal, fmt: DEC } : x.awal,
        unit: x.unit,
        lok: x.lok,
      };
      Y.forEach(
        (y) =>
          (out[`t${y}`] = x.sat === "%" || x.sat === "hektar" ? { v: x.tg[y - 1], fmt: DEC } : x.tg[y - 1]),
      );
      // planted: the RDTR documents (a count) end on the last year's 1 instead of the five years' 5
      const akt = x.id === "k1" ? 1 : x.level ? x.tg[4] : sum(x.tg);
      out.akt = x.sat === "%" || x.sat === "hektar" ? { v: akt, fmt: DEC } : akt;
      if (x.kind === "x") return out;
      Y.forEach((y) => {
        const k = `r${y}`;
        if (x.kind === "s") out[k] = x.rp![y - 1];
        else if (x.kind === "k") {
          const [f, l] = kidsOf[x.id];
          // planted: the kegiatan's Rp for Tahun ke-4 leaves out its last sub kegiatan
          const last = x.id === "k2" && y === 4 ? "s22" : l;
          out[k] = fx(`SUM(${c.a(k, f)}:${c.a(k, last)})`);
        } else out[k] = fx(progOf[x.id].map((id) => c.a(k, id)).join("+"));
      });
      out.akr = fx(`${c.a("r1")}+${c.a("r2")}+${c.a("r3")}+${c.a("r4")}+${c.a("r5")}`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: [
      ...L.map(row),
      {
        id: "jml",
        bold: true,
        span: ["tuj", "sat"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { tuj: "JUMLAH" };
          for (const k of [...Y.map((y) => `r${y}`), "akr"]) out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  signature(s, 18, {
    tempat: "Muara Riam, 14 Juli 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN, KAWASAN PERMUKIMAN,", "PERTANAHAN DAN PENATAAN RUANG,"],
    nama: "MUHAMMAD RIDHA ANSHARI, S.T., M.Eng.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780905 200312 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const tgSum = (id: string) => Y.map((y) => a(`t${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akt", "k1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the RDTR documents ditetapkan (a count, one a year) is 1, the last year's target; the five years add up to 5 (the sub kegiatan row writes 5)",
    truth: tgSum("k1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r4", "k2") },
    rules: ["sum-mismatch"],
    note: "Rp Tahun ke-4 (2028) of kegiatan 1.03.12.2.03 is =SUM over the first two sub kegiatan only (866,400); with the Forum Penataan Ruang's 163,450 it is 1,029,850",
    truth: `${a("r4", "s21")}+${a("r4", "s22")}+${a("r4", "s23")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s42") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan IP4T is coded 2.10.06.2.01.0002 (kegiatan 2.10.06.2.01) while it stands under kegiatan 2.10.06.2.02; its code is 2.10.06.2.02.0002",
    truth: `${a("kode", "k4")}&".0002"`,
  });
  for (const x of L) {
    if (x.id === "k1") continue;
    b.ok({
      sheet: S,
      cell: a("akt", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.level ? a("t5", x.id) : tgSum(x.id),
      // a rate ends on its last target, not the sum; a count of a varying yearly flow on the sum
      trap: x.level ? tgSum(x.id) : a("t5", x.id),
    });
    // the kondisi akhir Rp of kegiatan 1.03.12.2.03 and its program merely follow the planted Tahun ke-4
    if (x.kind !== "x" && x.id !== "k2" && x.id !== "p1")
      b.ok({
        sheet: S,
        cell: a("akr", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: Y.map((y) => a(`r${y}`, x.id)).join("+"),
      });
  }
  for (const [k, [f, l]] of Object.entries(kidsOf))
    for (const y of Y) {
      if (k === "k2" && y === 4) continue;
      const ids = L.slice(L.indexOf(byId.get(f)!), L.indexOf(byId.get(l)!) + 1).filter((x) => x.kind === "s");
      b.ok({
        sheet: S,
        cell: a(`r${y}`, k),
        rules: ["sum-mismatch"],
        truth: ids.map((x) => a(`r${y}`, x.id)).join("+"),
      });
    }
  for (const y of Y) {
    if (y !== 4)
      b.ok({
        sheet: S,
        cell: a(`r${y}`, "p1"),
        rules: ["sum-mismatch"],
        truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
      });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k3")}+${a(`r${y}`, "k4")}`,
    });
    if (y !== 4)
      b.ok({
        sheet: S,
        cell: a(`r${y}`, "jml"),
        rules: ["sum-mismatch"],
        truth: `${a(`r${y}`, "p1")}+${a(`r${y}`, "p2")}`,
        // the JUMLAH adds the two programs, not every row (that counts each rupiah three times)
        trap: `SUM(${a(`r${y}`, "p1")}:${a(`r${y}`, "s42")})`,
      });
  }
  for (const x of L) {
    if (x.kind !== "s" || x.id === "s42") continue;
    const par = Object.entries(kidsOf).find(
      ([, [f, l]]) => L.indexOf(x) >= L.indexOf(byId.get(f)!) && L.indexOf(x) <= L.indexOf(byId.get(l)!),
    )![0];
    b.ok({
      sheet: S,
      cell: a("kode", x.id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", x.id)})`,
      actual: a("kode", par),
    });
  }
  for (const [p, ks] of Object.entries(progOf))
    for (const k of ks)
      b.ok({
        sheet: S,
        cell: a("kode", k),
        rules: ["code-hierarchy"],
        truth: `PARENT(${a("kode", k)})`,
        actual: a("kode", p),
      });
  return b.finish();
}

// ========================================= T-C.30-like Renja 2025, Dinas PUPR Provinsi Jambi

type RjLn = {
  id: string;
  kind: "p" | "k" | "s";
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  lok: string;
  t25: number;
  p25?: number;
  t26: number;
  p26?: number;
  cat?: string;
};

export function tc30RenjaJambi(): BookW {
  const b = new BookW(
    "renja-tc30-penataan-ruang-pupr-jambi-2025.xlsx",
    "T-C.30 Renja (bidang penataan ruang)",
    "T-C.30-like rumusan rencana program dan kegiatan of the Dinas PUPR Provinsi Jambi 2025: Kode | Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2025' > Lokasi | Target Capaian Kinerja | Kebutuhan Dana/Pagu Indikatif (Rp) | Sumber Dana | Catatan Penting | 'Prakiraan Maju Rencana Tahun 2026' > Target Capaian Kinerja | Kebutuhan Dana (Rp); number row 1..11; SUM formulas for kegiatan, program = its kegiatan; Jumlah row = the program",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAMBI", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2025",
    "DAN PRAKIRAAN MAJU TAHUN 2026",
    "Bidang Penataan Ruang",
  ]);
  s.gap();
  const APBD = "APBD Provinsi";
  const L: RjLn[] = [
    {
      id: "p",
      kind: "p",
      kode: "1.03.12",
      nm: "PROGRAM PENYELENGGARAAN PENATAAN RUANG",
      ind: "Persentase kesesuaian pemanfaatan ruang terhadap RTRW Provinsi",
      sat: "%",
      lok: "Provinsi Jambi",
      t25: 84,
      t26: 86,
    },
    {
      id: "k1",
      kind: "k",
      kode: "1.03.12.2.01",
      nm: "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Provinsi",
      ind: "Jumlah dokumen rencana tata ruang yang ditetapkan",
      sat: "dokumen",
      lok: "Provinsi Jambi",
      t25: 2,
      t26: 2,
    },
    {
      id: "s11",
      kind: "s",
      kode: "1.03.12.2.01.0002",
      nm: "Penyusunan Rencana Detail Tata Ruang (RDTR) Kawasan Strategis Provinsi",
      ind: "Jumlah dokumen RDTR kawasan strategis yang tersusun",
      sat: "dokumen",
      lok: "KSP Metropolitan Jambi; KSP Pesisir Timur",
      t25: 2,
      p25: 2_485_600_000,
      t26: 1,
      p26: 1_320_000_000,
    },
    {
      id: "s12",
      kind: "s",
      kode: "1.03.12.2.01.0004",
      nm: "Fasilitasi Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Lintas Kabupaten/Kota",
      ind: "Jumlah PKKPR yang diterbitkan",
      sat: "dokumen",
      lok: "11 kabupaten/kota",
      t25: 140,
      p25: 668_250_000,
      t26: 150,
      p26: 702_000_000,
    },
    {
      id: "s13",
      kind: "s",
      kode: "1.03.12.2.01.0007",
      nm: "Peninjauan Kembali Rencana Tata Ruang Wilayah Provinsi",
      ind: "Jumlah dokumen peninjauan kembali RTRW Provinsi",
      sat: "dokumen",
      lok: "Provinsi Jambi",
      t25: 1,
      p25: 845_000_000,
      t26: 1,
      p26: 590_400_000,
      cat: "Revisi Perda RTRW 2013-2033",
    },
    {
      id: "k2",
      kind: "k",
      kode: "1.03.12.2.02",
      nm: "Koordinasi dan Sinkronisasi Pengendalian Pemanfaatan Ruang Daerah Provinsi",
      ind: "Persentase pelanggaran pemanfaatan ruang yang ditindaklanjuti",
      sat: "%",
      lok: "Provinsi Jambi",
      t25: 82,
      t26: 85,
    },
    {
      id: "s21",
      kind: "s",
      kode: "1.03.12.2.02.0001",
      nm: "Koordinasi Pengendalian Pemanfaatan Ruang",
      ind: "Jumlah rapat koordinasi Forum Penataan Ruang Provinsi",
      sat: "kali",
      lok: "Kota Jambi",
      t25: 8,
      p25: 592_750_000,
      t26: 8,
      p26: 618_300_000,
    },
    // planted: the audit tata ruang repeats the code of the sub kegiatan above (its code is .0003)
    {
      id: "s22",
      kind: "s",
      kode: "1.03.12.2.02.0001",
      nm: "Pelaksanaan Audit Tata Ruang",
      ind: "Jumlah lokasi audit tata ruang",
      sat: "lokasi",
      lok: "Kab. Muaro Jambi, Kab. Tebo, Kab. Bungo",
      t25: 3,
      p25: 406_800_000,
      t26: 4,
      p26: 452_000_000,
    },
    {
      id: "k3",
      kind: "k",
      kode: "1.03.12.2.03",
      nm: "Pembinaan Penyelenggaraan Penataan Ruang Kabupaten/Kota",
      ind: "Jumlah kabupaten/kota yang dibina dalam penyelenggaraan penataan ruang",
      sat: "kab/kota",
      lok: "11 kabupaten/kota",
      t25: 11,
      t26: 11,
    },
    {
      id: "s31",
      kind: "s",
      kode: "1.03.12.2.03.0002",
      nm: "Sosialisasi dan Bimbingan Teknis Penataan Ruang",
      ind: "Jumlah peserta bimbingan teknis penataan ruang",
      sat: "orang",
      lok: "Kota Jambi",
      t25: 220,
      p25: 318_900_000,
      t26: 240,
      p26: 335_000_000,
    },
    {
      id: "s32",
      kind: "s",
      kode: "1.03.12.2.03.0005",
      nm: "Penyebarluasan Informasi Rencana Tata Ruang",
      ind: "Jumlah informasi rencana tata ruang yang dipublikasikan",
      sat: "dokumen",
      lok: "Provinsi Jambi",
      t25: 12,
      p25: 176_400_000,
      t26: 12,
      p26: 184_250_000,
    },
  ];
  const kids: Record<string, [string, string]> = {
    k1: ["s11", "s13"],
    k2: ["s21", "s22"],
    k3: ["s31", "s32"],
  };
  const G25 = "Rencana Tahun 2025";
  const G26 = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: 2,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "lok", head: [G25, "Lokasi"], role: "lokasi", num: 5, width: 20 },
    { key: "t25", head: [G25, "Target Capaian Kinerja"], role: "target", year: 2025, num: 6, width: 10 },
    {
      key: "p25",
      head: [G25, "Kebutuhan Dana/ Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [G25, "Sumber Dana"], num: 8, width: 12 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 9, width: 18 },
    { key: "t26", head: [G26, "Target Capaian Kinerja"], role: "target", year: 2026, num: 10, width: 10 },
    {
      key: "p26",
      head: [G26, "Kebutuhan Dana/ Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 11,
      fmt: RP,
      width: 17,
    },
  ];
  const p26Stale = 335_000_000 + 148_600_000;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((x): Row => ({
        id: x.id,
        bold: x.kind === "p",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            lok: x.lok,
            t25: x.t25,
            sd: APBD,
            cat: x.cat,
            t26: x.t26,
          };
          if (x.kind === "s") {
            out.p25 = x.p25;
            out.p26 = x.p26;
          } else if (x.kind === "k") {
            const [f, l] = kids[x.id];
            out.p25 = fx(`SUM(${c.a("p25", f)}:${c.a("p25", l)})`);
            // planted: the Rp 2026 of kegiatan 1.03.12.2.03 keeps the result from before the GISTARU revision
            out.p26 = fx(`SUM(${c.a("p26", f)}:${c.a("p26", l)})`, x.id === "k3" ? p26Stale : undefined);
          } else
            for (const k of ["p25", "p26"]) out[k] = fx(["k1", "k2", "k3"].map((id) => c.a(k, id)).join("+"));
          return out;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "sat"],
        cells: (c: Ctx) => ({ kode: "Jumlah", p25: fx(c.a("p25", "p")), p26: fx(c.a("p26", "p")) }),
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Jambi, 20 Mei 2024",
    jabatan: ["Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Provinsi Jambi,"],
    nama: "Ir. HENDRA SYAHPUTRA NASUTION, M.T.",
    nip: "19710614 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p26", "k3") },
    rules: ["sum-mismatch"],
    note: "Pagu 2026 of kegiatan 1.03.12.2.03 is =SUM of its two sub kegiatan with a stale cached 483,600,000 (from before the Penyebarluasan Informasi was revised to 184,250,000); 335,000,000 + 184,250,000 give 519,250,000",
    truth: `${a("p26", "s31")}+${a("p26", "s32")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["duplicate-code"],
    note: "the Pelaksanaan Audit Tata Ruang repeats 1.03.12.2.02.0001, the code of the Koordinasi Pengendalian above it; its code is 1.03.12.2.02.0003",
    truth: '"1.03.12.2.02.0003"',
  });
  for (const [k, [f, l]] of Object.entries(kids)) {
    const ids = L.slice(
      L.findIndex((x) => x.id === f),
      L.findIndex((x) => x.id === l) + 1,
    ).map((x) => x.id);
    for (const col of k === "k3" ? ["p25"] : ["p25", "p26"])
      b.ok({
        sheet: S,
        cell: a(col, k),
        rules: ["sum-mismatch"],
        truth: ids.map((id) => a(col, id)).join("+"),
      });
  }
  b.ok({
    sheet: S,
    cell: a("p25", "p"),
    rules: ["sum-mismatch"],
    truth: ["k1", "k2", "k3"].map((id) => a("p25", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p25", "j"),
    rules: ["sum-mismatch"],
    truth: a("p25", "p"),
    // the Jumlah is the program, not every row above added
    trap: `SUM(${a("p25", "p")}:${a("p25", "s32")})`,
  });
  for (const [id, par] of [
    ["s11", "k1"],
    ["s12", "k1"],
    ["s13", "k1"],
    ["s21", "k2"],
    ["s31", "k3"],
    ["s32", "k3"],
    ["k1", "p"],
    ["k2", "p"],
    ["k3", "p"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", par),
    });
  return b.finish();
}
