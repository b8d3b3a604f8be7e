// The Renstra T-C.27 of a BPBD (Kota Bontorappo, Sulawesi Selatan, Renstra 2025-2029, full rupiah):
// one program with two indicators, kegiatan rows whose pagu are SUM subtotals of their sub kegiatan,
// the program's pagu the sum of its kegiatan, a Lokasi column before the Penanggung Jawab, the
// kondisi akhir K typed for the levels and a sum for the counts. Every name and number is invented;
// the codes follow Kepmendagri 900.1.15.5-1317/2023 in shape.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { codeOk, must } from "./common";

type BIn = {
  id: string;
  lvl: "p" | "k" | "s" | "x";
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  /** sub kegiatan only: the pagu per year */
  rp?: number[];
  flow?: boolean;
  f: string;
  lok: string;
  pj: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];
const M = 1_000_000;

/** T-C.27 of the Badan Penanggulangan Bencana Daerah Kota Bontorappo. */
export function tc27Bpbd(): BookW {
  const b = new BookW(
    "tc27-lokasi-subtotal-bpbd-bontorappo.xlsx",
    "T-C.27 Renstra program and funding table (BPBD)",
    "T-C.27 Renstra 2025-2029 of a BPBD in full rupiah: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja dan Pagu Indikatif' > 2025 .. 2029 > Target | Pagu (Rp) | 'Kondisi Akhir Renstra (2029)' > Target | Pagu (Rp) | Lokasi | PD Penanggung Jawab; number row merged over each pair; kegiatan SUM subtotals; the program the sum of its kegiatan; a second program indicator without code; JUMLAH",
  );
  const S = "T-C.27 BPBD";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BONTORAPPO",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Andi Mappasomba No. 21, Bontorappo 90174",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Perangkat Daerah",
    "Badan Penanggulangan Bencana Daerah Kota Bontorappo Tahun 2025-2029",
  ]);
  s.gap();
  const PC = "Bidang Pencegahan dan Kesiapsiagaan";
  const DL = "Bidang Kedaruratan dan Logistik";
  const KOTA = "Kota Bontorappo";
  const rows: BIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.05.03",
      nama: "PROGRAM PENANGGULANGAN BENCANA",
      ind: "Persentase kelurahan tangguh bencana",
      sat: "%",
      awal: 32.5,
      t: [37.5, 42.5, 47.5, 52.5, 57.5],
      f: DEC,
      lok: KOTA,
      pj: "BPBD",
    },
    {
      id: "x1",
      lvl: "x",
      ind: "Indeks risiko bencana Kota Bontorappo (semakin kecil semakin baik)",
      sat: "indeks",
      awal: 128.4,
      t: [125.2, 121.8, 118.5, 115.1, 111.9],
      f: DEC,
      lok: KOTA,
      pj: "BPBD",
    },
    {
      id: "k1",
      lvl: "k",
      kode: "1.05.03.2.01",
      nama: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      ind: "Persentase masyarakat di kawasan rawan yang menerima informasi bencana",
      sat: "%",
      awal: 55,
      t: [60, 65, 70, 75, 80],
      f: DEC,
      lok: KOTA,
      pj: PC,
    },
    {
      id: "s11",
      lvl: "s",
      kode: "1.05.03.2.01.0001",
      nama: "Penyusunan Kajian Risiko Bencana Kabupaten/Kota",
      ind: "Jumlah dokumen kajian risiko bencana yang dimutakhirkan",
      sat: "dokumen",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      rp: [285, 240, 250, 295, 260].map((x) => x * M),
      flow: true,
      f: "0",
      lok: KOTA,
      pj: PC,
    },
    {
      id: "s12",
      lvl: "s",
      kode: "1.05.03.2.01.0002",
      nama: "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
      ind: "Jumlah orang yang mendapatkan KIE rawan bencana",
      sat: "orang",
      awal: 1_050,
      t: [1_200, 1_350, 1_500, 1_650, 1_800],
      rp: [412.5, 448, 485, 520, 556.25].map((x) => x * M),
      flow: true,
      f: INT,
      lok: "15 kelurahan rawan banjir dan abrasi",
      pj: PC,
    },
    {
      id: "k2",
      lvl: "k",
      kode: "1.05.03.2.02",
      nama: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      ind: "Persentase kelurahan yang memiliki rencana kontinjensi",
      sat: "%",
      awal: 30,
      t: [40, 50, 60, 70, 80],
      f: DEC,
      lok: KOTA,
      pj: PC,
    },
    {
      id: "s21",
      lvl: "s",
      kode: "1.05.03.2.02.0001",
      nama: "Penguatan Kapasitas Kawasan untuk Pencegahan dan Kesiapsiagaan",
      ind: "Jumlah kelurahan tangguh bencana yang dibentuk",
      sat: "kelurahan",
      awal: 13,
      t: [4, 4, 4, 4, 4],
      rp: [620, 645, 670, 700, 730].map((x) => x * M),
      flow: true,
      f: "0",
      lok: "Kec. Mappasomba, Kec. Kalukuang, Kec. Tanjungbayang",
      pj: PC,
    },
    {
      id: "s22",
      lvl: "s",
      kode: "1.05.03.2.02.0002",
      nama: "Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana",
      ind: "Jumlah paket peralatan kesiapsiagaan yang disediakan",
      sat: "paket",
      awal: 2,
      t: [2, 2, 3, 3, 3],
      rp: [1_150, 980, 1_240, 1_050, 1_120].map((x) => x * M),
      flow: true,
      f: "0",
      lok: KOTA,
      pj: PC,
    },
    {
      id: "k3",
      lvl: "k",
      kode: "1.05.03.2.03",
      nama: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Persentase korban bencana yang dievakuasi tepat waktu",
      sat: "%",
      awal: 90,
      t: [92, 94, 96, 98, 100],
      f: DEC,
      lok: KOTA,
      pj: DL,
    },
    {
      id: "s31",
      lvl: "s",
      kode: "1.05.03.2.03.0001",
      nama: "Respon Cepat Darurat Bencana Kabupaten/Kota",
      ind: "Rata-rata waktu tanggap darurat bencana",
      sat: "menit",
      awal: 32,
      t: [30, 28, 26, 24, 22],
      rp: [1_480, 1_520, 1_560, 1_610, 1_650].map((x) => x * M),
      f: "0",
      lok: "Pos TRC Kalukuang dan Pos TRC Pantai Losari Baru",
      pj: DL,
    },
    {
      id: "s32",
      lvl: "s",
      kode: "1.05.03.2.03.0002",
      nama: "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Jumlah paket logistik yang disalurkan kepada korban",
      sat: "paket",
      awal: 2_350,
      t: [2_500, 2_600, 2_700, 2_800, 2_900],
      rp: [865, 890, 915, 940, 965].map((x) => x * M),
      flow: true,
      f: INT,
      lok: "Gudang logistik BPBD",
      pj: DL,
    },
  ];
  const subs: Record<string, string[]> = { k1: ["s11", "s12"], k2: ["s21", "s22"], k3: ["s31", "s32"] };
  // planted 1: the program's 2028 pagu adds its first two kegiatan only (=k1+k2, k3 missing)
  const PLANT_S = 3;
  // planted 2: the kondisi akhir of the kelurahan tangguh (a rate) is the 2028 target 52.50
  const PLANT_K = { id: "p1", v: 52.5 };
  must(PLANT_K.v !== rows[0].t[4], "kondisi akhir p1");
  const G = "Target Kinerja dan Pagu Indikatif";
  const AK = "Kondisi Akhir Renstra (2029)";
  const RPH = "Pagu (Rp)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 38 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(5)", width: 10 },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `t${i}`, head: [G, String(y), "Target"], role: "target", year: y, num: `(${6 + i})`, width: 9 },
      {
        key: `rp${i}`,
        head: [G, String(y), RPH],
        role: "anggaran",
        year: y,
        num: `(${6 + i})`,
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(11)", width: 10 },
    { key: "akRp", head: [AK, RPH], num: "(11)", fmt: RP, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(12)", width: 24 },
    { key: "pj", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 20 },
  ];
  const tsum = (c: { a: (k: string) => string }) => YEARS.map((_, i) => c.a(`t${i}`)).join("+");
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p" || x.lvl === "k",
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        lok: x.lok,
        pj: x.pj,
      };
      x.t.forEach((v, i) => (out[`t${i}`] = fmt(v, x.f)));
      if (x.lvl === "x") {
        out.akK = fmt(x.t[4], x.f);
        return out;
      }
      YEARS.forEach((_, i) => {
        const k = `rp${i}`;
        if (x.lvl === "s") out[k] = x.rp![i];
        else if (x.lvl === "k") out[k] = fx(`SUM(${c.a(k, subs[x.id][0])}:${c.a(k, subs[x.id][1])})`);
        else
          out[k] = fx((i === PLANT_S ? ["k1", "k2"] : ["k1", "k2", "k3"]).map((id) => c.a(k, id)).join("+"));
      });
      out.akK = x.id === PLANT_K.id ? fmt(PLANT_K.v, x.f) : x.flow ? fx(tsum(c)) : fmt(x.t[4], x.f);
      out.akRp = fx(`SUM(${c.a("rp0")},${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")})`);
      return out;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => {
      const out: Record<string, Cell> = { kode: "JUMLAH" };
      for (const k of [...YEARS.map((_, i) => `rp${i}`), "akRp"]) out[k] = fx(c.a(k, "p1"));
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  for (const x of rows.filter((r) => r.flow)) s.ws.getCell(t.a("akK", x.id)).numFmt = x.f;
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase, indeks dan waktu tanggap = target tahun 2029; kondisi akhir indikator jumlah = jumlah target 2025-2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Bontorappo, 20 Maret 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "KOTA BONTORAPPO,"],
    nama: "Ir. ANDI MUH. SYAHRIR PALLAWA, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19740215 200003 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const p3 = ["k1", "k2", "k3"].map((id) => a(`rp${PLANT_S}`, id));
  b.plant({
    at: { sheet: S, cell: a(`rp${PLANT_S}`, "p1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `the program's 2028 pagu is =${p3[0]}+${p3[1]} (its first two kegiatan, 815,000,000 + 1,750,000,000 = 2,565,000,000); with kegiatan 1.05.03.2.03 (2,550,000,000) the three give 5,115,000,000, as the other years' formulas add all three`,
    truth: p3.join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the persentase kelurahan tangguh bencana (a rate) is 52.50, the 2028 target; the 2029 target is 57.50",
    truth: a("t4", "p1"),
  });
  for (const x of rows) {
    const ts = YEARS.map((_, i) => a(`t${i}`, x.id));
    if (x.id !== PLANT_K.id)
      b.ok({
        sheet: S,
        cell: a("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? ts.join("+") : ts[4],
        trap: x.flow ? ts[4] : ts.join("+"),
      });
    if (x.lvl === "x" || x.lvl === "s") continue;
    YEARS.forEach((_, i) => {
      const k = `rp${i}`;
      if (x.lvl === "k")
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: subs[x.id].map((id) => a(k, id)).join("+"),
        });
      else if (i !== PLANT_S)
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch", "inconsistent-formula"],
          truth: ["k1", "k2", "k3"].map((id) => a(k, id)).join("+"),
          // the kegiatan only, not every row beneath the program
          trap: `SUM(${a(k, "k1")}:${a(k, "s32")})`,
        });
    });
    if (x.lvl === "k")
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["sum-mismatch"],
        truth: YEARS.map((_, i) => a(`rp${i}`, x.id)).join("+"),
      });
  }
  for (const x of rows.filter((r) => r.lvl === "s"))
    b.ok({
      sheet: S,
      cell: a("akRp", x.id),
      rules: ["sum-mismatch"],
      truth: YEARS.map((_, i) => a(`rp${i}`, x.id)).join("+"),
    });
  for (const id of ["k1", "k2", "k3"]) codeOk(b, S, a("kode", id), a("kode", "p1"));
  for (const [k, ss] of Object.entries(subs)) for (const id of ss) codeOk(b, S, a("kode", id), a("kode", k));
  // lower is better: falling targets are the plan, not a slip
  for (const id of ["x1", "s31"])
    b.ok({
      sheet: S,
      cell: a("t4", id),
      rules: ["target-trend"],
      truth: `${a("t3", id)}-${id === "x1" ? 3.2 : 2}`,
    });
  return b.finish();
}
