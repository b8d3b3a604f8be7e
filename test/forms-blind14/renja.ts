// Renja plan tables of the sixteenth unseen set: the rumusan rencana program dan kegiatan 2026 with
// prakiraan maju 2027 of the Dinas Pertanian dan Ketahanan Pangan of Kabupaten Sungai Lintang (the
// pagu split by funding source, APBD Kabupaten | DAK / Bantuan Keuangan Provinsi | Jumlah, the target
// as Volume | Satuan, two urusan as section rows, and the Renstra 2025-2029 targets on a second
// sheet), and the Renja 2026 of the Dinas Lingkungan Hidup dan Kehutanan of Provinsi Kepulauan Seruni
// in thousands of rupiah, one header row, prakiraan maju as ROUND(pagu x 1,05) formulas where the
// office did not type it, and under it a recap by sumber dana with its growth. Every name and number
// is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
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
  type SheetW,
} from "../forms/kit";

/** Merges a header cell down over the empty cell(s) under it (a leaf of a group with deeper leaves). */
function mergeDown(s: SheetW, col: string, r1: number, r2: number): void {
  for (let r = r1 + 1; r <= r2; r++) s.ws.getCell(`${col}${r}`).value = null;
  s.ws.mergeCells(`${col}${r1}:${col}${r2}`);
}

// ================ Renja 2026 + prakiraan maju 2027, Dinas Pertanian dan Ketahanan Pangan Sungai Lintang

type PgIn = {
  id: string;
  /** u urusan section row, p program, k kegiatan, s sub kegiatan */
  lvl: "u" | "p" | "k" | "s";
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  lok?: string;
  v26?: number;
  v27?: number;
  apbd?: number;
  dak?: number;
  rp27?: number;
  cat?: string;
  f?: string;
};

type RsIn = {
  id: string;
  src: string;
  awal: number;
  t: number[];
  flow?: boolean;
  neg?: boolean;
  pj: string;
};

const YR = [2025, 2026, 2027, 2028, 2029];

/** Renja 2026 of a Dinas Pertanian dan Ketahanan Pangan, with its Renstra 2025-2029 targets. */
export function renjaPangan(): BookW {
  const b = new BookW(
    "renja-sumberdana-distanpangan-sungailintang.xlsx",
    "Renja rumusan 2026 + prakiraan maju, with the Renstra targets",
    "Renja 2026 of a Dinas Pertanian dan Ketahanan Pangan (two urusan, 3.27 and 2.09, as section rows): Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2026' > Lokasi | 'Target Capaian Kinerja' > Volume | Satuan | 'Pagu Indikatif (Rp)' > APBD Kabupaten | DAK / Bantuan Keuangan Provinsi | Jumlah | Catatan Penting | 'Prakiraan Maju Rencana Tahun 2027' > Target Capaian Kinerja | Kebutuhan Dana (Rp); three header rows, number row (1) .. (12); Jumlah = APBD + DAK formulas on every row, kegiatan and program money as SUM over their children, JUMLAH; sheet 'Renstra 2025-2029': No | Program / Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir (2029) | Penanggung Jawab, rates, a lower-is-better rate and flows",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI LINTANG",
    "DINAS PERTANIAN DAN KETAHANAN PANGAN",
    "Jl. Lintas Sumatera Km. 5 Muara Lintang 27371",
  ]);
  s.lines([
    "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026",
    "Tabel 3.4 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027",
  ]);
  s.gap();
  const KEC = "8 kecamatan";
  const rows: PgIn[] = [
    { id: "u1", lvl: "u", kode: "3.27", nama: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" },
    {
      id: "p1",
      lvl: "p",
      kode: "3.27.02",
      nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Produktivitas padi",
      sat: "ku/ha",
      v26: 52.4,
      v27: 53.1,
      cat: "Prioritas Daerah",
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Jumlah laporan pengawasan peredaran pupuk dan pestisida",
      sat: "laporan",
      v26: 4,
      v27: 4,
    },
    {
      id: "s111",
      lvl: "s",
      kode: "3.27.02.2.01.0001",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
      ind: "Jumlah laporan hasil pengawasan penggunaan sarana pertanian",
      sat: "laporan",
      lok: KEC,
      v26: 4,
      v27: 4,
      apbd: 185_400_000,
      rp27: 194_000_000,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "3.27.02.2.02",
      nama: "Pengelolaan, Penyediaan dan Peredaran Alat dan Mesin Pertanian",
      ind: "Jumlah unit alsintan yang didistribusikan",
      sat: "unit",
      v26: 48,
      v27: 52,
    },
    {
      id: "s121",
      lvl: "s",
      kode: "3.27.02.2.02.0001",
      nama: "Pengadaan Alat dan Mesin Pertanian Prapanen dan Pascapanen",
      ind: "Jumlah unit alsintan yang diadakan",
      sat: "unit",
      lok: KEC,
      v26: 48,
      v27: 52,
      apbd: 1_250_000_000,
      dak: 3_460_000_000,
      rp27: 4_950_000_000,
      cat: "DAK Fisik Bidang Pertanian",
    },
    {
      id: "s122",
      lvl: "s",
      kode: "3.27.02.2.02.0002",
      nama: "Pengelolaan dan Pemanfaatan Alat dan Mesin Pertanian oleh Brigade Alsintan",
      ind: "Jumlah kelompok tani pengguna layanan brigade alsintan",
      sat: "kelompok",
      lok: "Kec. Muara Lintang, Tanjung Ampalu, Koto Baru",
      v26: 60,
      v27: 66,
      apbd: 312_600_000,
      rp27: 330_000_000,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "3.27.07",
      nama: "PROGRAM PENYULUHAN PERTANIAN",
      ind: "Persentase kelompok tani kelas lanjut ke atas",
      sat: "%",
      v26: 46,
      v27: 46,
      cat: "SPM / IKU",
      f: DEC,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "3.27.07.2.01",
      nama: "Pelaksanaan Penyuluhan Pertanian",
      ind: "Jumlah petani yang mendapat penyuluhan",
      sat: "orang",
      v26: 3_200,
      v27: 3_400,
    },
    {
      id: "s211",
      lvl: "s",
      kode: "3.27.07.2.01.0001",
      nama: "Pengembangan Penerapan Penyuluhan Pertanian",
      ind: "Jumlah penyuluh pertanian yang mendapat biaya operasional penyuluhan",
      sat: "orang",
      lok: "BPP di 8 kecamatan",
      v26: 64,
      v27: 64,
      apbd: 236_750_000,
      dak: 1_144_000_000,
      rp27: 1_420_000_000,
      cat: "DAK Nonfisik BOP Penyuluhan",
    },
    {
      id: "s212",
      lvl: "s",
      kode: "3.27.07.2.01.0003",
      nama: "Penyediaan dan Pemanfaatan Sarana dan Prasarana Penyuluhan Pertanian",
      ind: "Jumlah BPP yang difasilitasi sarana penyuluhan",
      sat: "unit",
      lok: "8 BPP",
      v26: 8,
      v27: 8,
      apbd: 418_300_000,
      rp27: 440_000_000,
    },
    { id: "u2", lvl: "u", kode: "2.09", nama: "URUSAN PEMERINTAHAN BIDANG PANGAN" },
    {
      id: "p3",
      lvl: "p",
      kode: "2.09.03",
      nama: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      v26: 86.5,
      v27: 88,
      cat: "IKU",
      f: DEC,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "2.09.03.2.01",
      nama: "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan",
      ind: "Jumlah pasar yang dipantau pasokan dan harga pangannya",
      sat: "pasar",
      v26: 12,
      v27: 12,
    },
    {
      id: "s311",
      lvl: "s",
      kode: "2.09.03.2.01.0001",
      nama: "Penyediaan Informasi Harga Pangan dan Neraca Bahan Makanan",
      ind: "Jumlah laporan informasi harga pangan dan neraca bahan makanan",
      sat: "laporan",
      lok: "12 pasar",
      v26: 52,
      v27: 52,
      apbd: 164_800_000,
      rp27: 172_000_000,
    },
    {
      id: "s312",
      lvl: "s",
      kode: "2.09.03.2.01.0003",
      nama: "Pelaksanaan Gerakan Pangan Murah",
      ind: "Jumlah titik gerakan pangan murah",
      sat: "titik",
      lok: KEC,
      v26: 24,
      v27: 24,
      apbd: 286_500_000,
      rp27: 300_000_000,
    },
    {
      id: "p4",
      lvl: "p",
      kode: "2.09.04",
      nama: "PROGRAM PENANGANAN KERAWANAN PANGAN",
      ind: "Persentase desa rawan pangan",
      sat: "%",
      v26: 6.8,
      v27: 5.9,
      cat: "polaritas negatif",
      f: DEC,
    },
    {
      id: "k41",
      lvl: "k",
      kode: "2.09.04.2.01",
      nama: "Penyusunan Peta Ketahanan dan Kerentanan Pangan Kabupaten/Kota",
      ind: "Jumlah dokumen peta ketahanan dan kerentanan pangan",
      sat: "dokumen",
      v26: 1,
      v27: 1,
    },
    {
      id: "s411",
      lvl: "s",
      kode: "2.09.04.2.01.0001",
      nama: "Penyusunan dan Pemutakhiran Peta Ketahanan dan Kerentanan Pangan (FSVA)",
      ind: "Jumlah dokumen FSVA kabupaten yang dimutakhirkan",
      sat: "dokumen",
      lok: "Kabupaten Sungai Lintang",
      v26: 1,
      v27: 1,
      apbd: 148_500_000,
      rp27: 155_000_000,
    },
  ];
  // planted 1: the Jumlah of sub kegiatan 3.27.07.2.01.0001 is a typed 236,750,000 (the APBD part
  // only) among =APBD+DAK formulas
  const PLANT_J = { id: "s211", v: 236_750_000 };
  // planted 2 (on the Renstra side too): the 2026 target of program 3.27.07 is the Renstra's 2027
  const PLANT_X = "p2";
  const idx = new Map(rows.map((x, i) => [x.id, i]));
  const kids = (id: string): PgIn[] => {
    const i = idx.get(id)!;
    const want = rows[i].lvl === "p" ? "k" : "s";
    const out: PgIn[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const l = rows[j].lvl;
      if (l === "u" || l === "p" || (rows[i].lvl === "k" && l === "k")) break;
      if (l === want) out.push(rows[j]);
    }
    return out;
  };
  /** the DAK of a row: its own, or its children's */
  const dakOf = (x: PgIn): number => (x.lvl === "s" ? (x.dak ?? 0) : sum(kids(x.id).map(dakOf)));
  const R26 = "Rencana Tahun 2026";
  const TC = "Target Capaian Kinerja";
  const PI = "Pagu Indikatif (Rp)";
  const PM = "Prakiraan Maju Rencana Tahun 2027";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      num: "(2)",
      width: 42,
    },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    // merged down over rows 2-3 after the table is written
    { key: "lok", head: [R26, "Lokasi", "Lokasi"], role: "lokasi", num: "(4)", width: 20 },
    { key: "v26", head: [R26, TC, "Volume"], role: "target", year: 2026, num: "(5)", width: 10 },
    { key: "sat", head: [R26, TC, "Satuan"], role: "satuan", num: "(6)", width: 10 },
    { key: "apbd", head: [R26, PI, "APBD Kabupaten"], num: "(7)", fmt: RP, width: 16 },
    { key: "dak", head: [R26, PI, "DAK / Bantuan Keuangan Provinsi"], num: "(8)", fmt: RP, width: 16 },
    { key: "jml", head: [R26, PI, "Jumlah"], role: "anggaran", year: 2026, num: "(9)", fmt: RP, width: 17 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(10)", width: 20 },
    { key: "v27", head: [PM, "Target Capaian Kinerja"], role: "target", year: 2027, num: "(11)", width: 11 },
    {
      key: "rp27",
      head: [PM, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2027,
      num: "(12)",
      fmt: RP,
      width: 17,
    },
  ];
  const progs = rows.filter((x) => x.lvl === "p");
  const MONEY = ["apbd", "dak", "rp27"];
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "u" || x.lvl === "p",
    cells: (c) => {
      if (x.lvl === "u") return { kode: x.kode, nama: x.nama };
      const F = (v: number) => fmt(v, x.f ?? INT);
      const cells: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        lok: x.lok,
        v26: F(x.v26!),
        sat: x.sat,
        cat: x.cat,
        v27: F(x.v27!),
      };
      if (x.lvl === "s") {
        cells.apbd = x.apbd;
        cells.dak = x.dak;
        cells.rp27 = x.rp27;
      } else {
        const ks = kids(x.id);
        // no DAK beneath: the cell is left blank, as the office does
        for (const k of MONEY.filter((q) => q !== "dak" || dakOf(x) > 0))
          cells[k] =
            x.lvl === "k"
              ? fx(`SUM(${c.a(k, ks[0].id)}:${c.a(k, ks[ks.length - 1].id)})`)
              : fx(`SUM(${ks.map((y) => c.a(k, y.id)).join(",")})`);
      }
      cells.jml = x.id === PLANT_J.id ? PLANT_J.v : fx(`${c.a("apbd")}+${c.a("dak")}`);
      return cells;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "ind"],
    cells: (c) => {
      const cells: Record<string, Cell> = { kode: "JUMLAH" };
      for (const k of MONEY) cells[k] = fx(`SUM(${progs.map((p) => c.a(k, p.id)).join(",")})`);
      cells.jml = fx(`${c.a("apbd")}+${c.a("dak")}`);
      return cells;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  mergeDown(s, t.c("lok"), t.top + 1, t.top + 2);
  s.gap();
  s.lines([
    "Catatan: pagu indikatif sesuai Surat Edaran Bupati tentang Pagu Indikatif Perangkat Daerah Tahun 2026; DAK Fisik dan DAK Nonfisik menurut rencana alokasi Kementerian Pertanian (belum definitif).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Muara Lintang, 4 Juni 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN", "KABUPATEN SUNGAI LINTANG,"],
    nama: "Ir. HENDRI SAPUTRA, M.P.",
    pangkat: "Pembina Tingkat I",
    nip: "19790214 200501 1 007",
  });

  // ------------------------------------------------------------------ sheet 2: Renstra 2025-2029
  const S2 = "Renstra 2025-2029";
  const s2 = b.sheet(S2);
  s2.lines([
    "RENSTRA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN SUNGAI LINTANG TAHUN 2025-2029",
    "Tabel 4.2 Target Kinerja Program dan Kegiatan",
  ]);
  s2.gap();
  const rs: RsIn[] = [
    {
      id: "r1",
      src: "p1",
      awal: 50.8,
      t: [51.6, 52.4, 53.1, 53.8, 54.5],
      pj: "Bidang Prasarana dan Sarana Pertanian",
    },
    {
      id: "r2",
      src: "k12",
      awal: 36,
      t: [44, 48, 52, 56, 60],
      flow: true,
      pj: "Bidang Prasarana dan Sarana Pertanian",
    },
    { id: "r3", src: "p2", awal: 40.2, t: [42, 44, 46, 48, 50], pj: "Bidang Penyuluhan" },
    {
      id: "r4",
      src: "k21",
      awal: 2_950,
      t: [3_000, 3_200, 3_400, 3_600, 3_800],
      flow: true,
      pj: "Bidang Penyuluhan",
    },
    { id: "r5", src: "p3", awal: 84.1, t: [85.3, 86.5, 88, 89.2, 90.5], pj: "Bidang Ketahanan Pangan" },
    { id: "r6", src: "p4", awal: 8.6, t: [7.7, 6.8, 5.9, 5, 4.2], neg: true, pj: "Bidang Ketahanan Pangan" },
  ];
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program / Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...YR.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 11 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 26 },
  ];
  const t2 = s2.table({
    cols: cols2,
    headerRows: 2,
    rows: rs.map((r, i): Row => ({
      id: r.id,
      cells: (c) => {
        const x = rows[idx.get(r.src)!];
        const F = (v: number) => fmt(v, x.f ?? INT);
        const cells: Record<string, Cell> = {
          no: i + 1,
          prog: `${x.kode} ${x.nama}`,
          ind: x.ind,
          sat: x.sat,
          awal: F(r.awal),
          pj: r.pj,
        };
        r.t.forEach((v, k) => (cells[`y${k}`] = F(v)));
        cells.akhir = r.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : F(r.t[4]);
        return cells;
      },
    })),
  });
  s2.gap();
  s2.lines([
    "Keterangan: kondisi akhir indikator persentase, produktivitas dan skor = target tahun 2029; indikator jumlah = jumlah target 2025-2029.",
    "Persentase desa rawan pangan berpolaritas negatif (target menurun).",
  ]);

  // --------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const ra = (k: string, id: string) => `'${S2}'!${t2.a(k, id)}`;
  b.plant({
    at: { sheet: S, cell: a("jml", PLANT_J.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "the Jumlah pagu 2026 of sub kegiatan 3.27.07.2.01.0001 is a typed 236,750,000 (the APBD part) among =APBD+DAK formulas; 236,750,000 + 1,144,000,000 (DAK Nonfisik BOP penyuluhan) gives 1,380,750,000",
    truth: `${a("apbd", PLANT_J.id)}+${a("dak", PLANT_J.id)}`,
  });
  const r3 = rs.find((r) => r.src === PLANT_X)!;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("v26", PLANT_X) },
        { sheet: S2, cell: t2.a("y1", r3.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the Renja 2026 target of the persentase kelompok tani kelas lanjut ke atas is 46.00, the Renstra's 2027 target; the Renstra 2026 target is 44.00 (the prakiraan maju 2027, 46.00, agrees with the Renstra)",
    truth: ra("y1", r3.id),
  });
  for (const x of rows) {
    if (x.lvl === "u") continue;
    if (x.id !== PLANT_J.id)
      b.ok({
        sheet: S,
        cell: a("jml", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("apbd", x.id)}+${a("dak", x.id)}`,
      });
    if (x.lvl === "k" || x.lvl === "p") {
      const ks = kids(x.id);
      for (const k of ["apbd", "dak", "rp27"]) {
        if (k === "dak" && !ks.some((y) => dakOf(y) > 0)) continue;
        const trap =
          x.lvl === "p"
            ? [...ks, ...ks.flatMap((y) => kids(y.id))].map((y) => a(k, y.id)).join("+")
            : undefined;
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: ks.map((y) => a(k, y.id)).join("+"),
          // a program adds its kegiatan, not its kegiatan and their sub kegiatan together
          trap,
        });
      }
    }
  }
  for (const k of ["apbd", "dak", "rp27"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: rows
        .filter((x) => x.lvl === "s")
        .map((x) => a(k, x.id))
        .join("+"),
    });
  // the Renja targets of the other rows are the Renstra's of the same year
  for (const r of rs) {
    if (r.src !== PLANT_X)
      b.ok({ sheet: S, cell: a("v26", r.src), rules: ["cross-table-mismatch"], truth: ra("y1", r.id) });
    b.ok({ sheet: S, cell: a("v27", r.src), rules: ["cross-table-mismatch"], truth: ra("y2", r.id) });
    const ys = YR.map((_, i) => t2.a(`y${i}`, r.id));
    b.ok({
      sheet: S2,
      cell: t2.a("akhir", r.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: r.flow ? ys.join("+") : ys[4],
      trap: r.flow ? ys[4] : ys.join("+"),
    });
    if (r.neg)
      for (const i of [1, 2, 3, 4])
        b.ok({ sheet: S2, cell: t2.a(`y${i}`, r.id), rules: ["target-trend"], truth: String(r.t[i]) });
  }
  // the falling prakiraan maju of the desa rawan pangan (lower is better)
  b.ok({ sheet: S, cell: a("v27", "p4"), rules: ["target-trend"], truth: "5.9" });
  return b.finish();
}

// ===================== Renja 2026 in thousands of rupiah, DLHK Provinsi Kepulauan Seruni, rekap dana

type RbIn = {
  id: string;
  lvl: "p" | "k" | "s";
  no?: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t26: number;
  t27: number;
  lok?: string;
  p26?: number;
  /** a typed prakiraan maju; otherwise =ROUND(pagu 2026 * 1,05; 0) */
  p27?: number;
  sd?: string;
  bid: string;
  f?: string;
};

/** Renja 2026 of a provincial Dinas Lingkungan Hidup dan Kehutanan, in thousands of rupiah. */
export function renjaRibuan(): BookW {
  const b = new BookW(
    "renja-ribuan-dlhk-kepulauanseruni.xlsx",
    "Renja 2026 in thousands of rupiah with a recap by sumber dana",
    "Renja 2026 of a provincial Dinas Lingkungan Hidup dan Kehutanan, '(dalam ribuan rupiah)' under the title: one header row No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Target 2026 | Satuan | Lokasi | Pagu Indikatif 2026 | Sumber Dana | Target 2027 | Prakiraan Maju 2027 | Bidang Pelaksana, number row 1 .. 12; outline numbers 1, 1.1, 1.1.1; provincial codes x.xx.xx.1.xx (2.11 lingkungan hidup, 3.28 kehutanan); pagu typed at every level (from the SIPD export), prakiraan maju =ROUND(pagu x 1,05;0) on sub kegiatan unless typed, SUM above; JUMLAH as SUM of the programs; under it 'Rekapitulasi Pagu Indikatif menurut Sumber Dana' (PAD, DAU, DAK Fisik, DBH DR) with Kenaikan/(Penurunan) formulas and typed Pertumbuhan (%)",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KEPULAUAN SERUNI",
    "DINAS LINGKUNGAN HIDUP DAN KEHUTANAN",
    "Jl. Pantai Nyiur No. 18 Tanjung Seruni 98612",
  ]);
  s.lines([
    "MATRIKS RENCANA KERJA DINAS LINGKUNGAN HIDUP DAN KEHUTANAN TAHUN 2026 DAN PRAKIRAAN MAJU TAHUN 2027",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SEK = "Sekretariat";
  const BP = "Bidang Pengendalian Pencemaran dan Kerusakan LH";
  const BS = "Bidang Pengelolaan Sampah dan Limbah B3";
  const BK = "Bidang Tata Lingkungan dan Keanekaragaman Hayati";
  const BH = "Bidang Penyuluhan dan Pemberdayaan Masyarakat Kehutanan";
  const rows: RbIn[] = [
    {
      id: "p1",
      lvl: "p",
      no: "1",
      kode: "2.11.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      ind: "Persentase dokumen perencanaan, penganggaran dan pelaporan yang tepat waktu",
      sat: "%",
      t26: 100,
      t27: 100,
      bid: SEK,
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      no: "1.1",
      kode: "2.11.01.1.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah bulan layanan administrasi keuangan",
      sat: "bulan",
      t26: 12,
      t27: 12,
      bid: SEK,
    },
    {
      id: "s111",
      lvl: "s",
      no: "1.1.1",
      kode: "2.11.01.1.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      sat: "orang",
      t26: 186,
      t27: 190,
      lok: "Tanjung Seruni",
      p26: 26_842_500,
      p27: 27_915_000,
      sd: "DAU",
      bid: SEK,
    },
    {
      id: "k12",
      lvl: "k",
      no: "1.2",
      kode: "2.11.01.1.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum perangkat daerah",
      sat: "paket",
      t26: 2,
      t27: 2,
      bid: SEK,
    },
    {
      id: "s121",
      lvl: "s",
      no: "1.2.1",
      kode: "2.11.01.1.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah paket bahan logistik kantor",
      sat: "paket",
      t26: 1,
      t27: 1,
      lok: "Tanjung Seruni",
      p26: 215_600,
      sd: "PAD",
      bid: SEK,
    },
    {
      id: "s122",
      lvl: "s",
      no: "1.2.2",
      kode: "2.11.01.1.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi",
      sat: "laporan",
      t26: 24,
      t27: 24,
      lok: "Tanjung Seruni",
      p26: 648_300,
      sd: "PAD",
      bid: SEK,
    },
    {
      id: "p2",
      lvl: "p",
      no: "2",
      kode: "2.11.03",
      nama: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      t26: 55.2,
      t27: 56.1,
      bid: BP,
      f: DEC,
    },
    {
      id: "k21",
      lvl: "k",
      no: "2.1",
      kode: "2.11.03.1.01",
      nama: "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah dokumen hasil pencegahan pencemaran lingkungan hidup",
      sat: "dokumen",
      t26: 6,
      t27: 6,
      bid: BP,
    },
    {
      id: "s211",
      lvl: "s",
      no: "2.1.1",
      kode: "2.11.03.1.01.0001",
      nama: "Koordinasi, Sinkronisasi dan Pelaksanaan Pencegahan Pencemaran Lingkungan Hidup terhadap Media Tanah, Air, Udara dan Laut",
      ind: "Jumlah titik pemantauan kualitas air sungai dan laut",
      sat: "titik",
      t26: 48,
      t27: 48,
      lok: "8 kabupaten/kota",
      p26: 486_250,
      sd: "PAD",
      bid: BP,
    },
    {
      id: "s212",
      lvl: "s",
      no: "2.1.2",
      kode: "2.11.03.1.01.0004",
      nama: "Peningkatan Kapasitas Laboratorium Lingkungan Hidup Daerah Provinsi",
      ind: "Jumlah laboratorium lingkungan yang terakreditasi",
      sat: "laboratorium",
      t26: 1,
      t27: 1,
      lok: "UPTD Laboratorium LH Tanjung Seruni",
      p26: 1_185_600,
      p27: 1_240_000,
      sd: "DAU",
      bid: BP,
    },
    {
      id: "k22",
      lvl: "k",
      no: "2.2",
      kode: "2.11.03.1.02",
      nama: "Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      ind: "Jumlah kasus pencemaran yang ditanggulangi",
      sat: "kasus",
      t26: 12,
      t27: 12,
      bid: BP,
    },
    {
      id: "s221",
      lvl: "s",
      no: "2.2.1",
      kode: "2.11.03.1.02.0001",
      nama: "Pelaksanaan Penanggulangan Pencemaran dan/atau Kerusakan Lingkungan Hidup Lintas Kabupaten/Kota",
      ind: "Jumlah kasus pencemaran lintas kabupaten/kota yang ditanggulangi",
      sat: "kasus",
      t26: 12,
      t27: 12,
      lok: "lintas kabupaten/kota",
      p26: 342_800,
      sd: "PAD",
      bid: BP,
    },
    {
      id: "p3",
      lvl: "p",
      no: "3",
      kode: "2.11.11",
      nama: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase sampah yang terkelola di TPA regional",
      sat: "%",
      t26: 62,
      t27: 68,
      bid: BS,
      f: DEC,
    },
    {
      id: "k31",
      lvl: "k",
      no: "3.1",
      kode: "2.11.11.1.01",
      nama: "Penanganan Sampah di TPA/TPST Regional",
      ind: "Jumlah TPA regional yang beroperasi sesuai standar",
      sat: "unit",
      t26: 1,
      t27: 1,
      bid: BS,
    },
    {
      id: "s311",
      lvl: "s",
      no: "3.1.1",
      kode: "2.11.11.1.01.0001",
      nama: "Penyediaan Sarana dan Prasarana Pengolahan Sampah di TPA/TPST Regional",
      ind: "Jumlah unit sarana pengolahan sampah yang dibangun",
      sat: "unit",
      t26: 2,
      t27: 1,
      lok: "TPA Regional Teluk Kenari",
      p26: 4_865_000,
      p27: 3_500_000,
      sd: "DAK Fisik",
      bid: BS,
    },
    {
      id: "s312",
      lvl: "s",
      no: "3.1.2",
      kode: "2.11.11.1.01.0003",
      nama: "Operasional TPA/TPST Regional",
      ind: "Jumlah sampah yang diolah di TPA regional",
      sat: "ton",
      t26: 36_500,
      t27: 39_000,
      lok: "TPA Regional Teluk Kenari",
      p26: 1_284_300,
      sd: "PAD",
      bid: BS,
    },
    {
      id: "p4",
      lvl: "p",
      no: "4",
      kode: "2.11.05",
      nama: "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)",
      ind: "Luas kawasan ekosistem esensial yang dikelola",
      sat: "ha",
      t26: 1_250,
      t27: 1_400,
      bid: BK,
    },
    {
      id: "k41",
      lvl: "k",
      no: "4.1",
      kode: "2.11.05.1.01",
      nama: "Pengelolaan Keanekaragaman Hayati Provinsi",
      ind: "Jumlah dokumen pengelolaan keanekaragaman hayati",
      sat: "dokumen",
      t26: 2,
      t27: 2,
      bid: BK,
    },
    {
      id: "s411",
      lvl: "s",
      no: "4.1.1",
      kode: "2.11.05.1.01.0002",
      nama: "Pengelolaan Taman Keanekaragaman Hayati",
      ind: "Jumlah taman keanekaragaman hayati yang dikelola",
      sat: "lokasi",
      t26: 1,
      t27: 1,
      lok: "Taman Kehati Pulau Sirih",
      p26: 618_400,
      sd: "DAU",
      bid: BK,
    },
    {
      id: "p5",
      lvl: "p",
      no: "5",
      kode: "3.28.04",
      nama: "PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN",
      ind: "Jumlah kelompok tani hutan (KTH) yang naik kelas",
      sat: "kelompok",
      t26: 24,
      t27: 28,
      bid: BH,
    },
    {
      id: "k51",
      lvl: "k",
      no: "5.1",
      kode: "3.28.04.1.01",
      nama: "Penyelenggaraan Penyuluhan Kehutanan Nasional dan Daerah",
      ind: "Jumlah KTH yang dibina",
      sat: "kelompok",
      t26: 40,
      t27: 44,
      bid: BH,
    },
    {
      id: "s511",
      lvl: "s",
      no: "5.1.1",
      kode: "3.28.04.1.01.0003",
      nama: "Pengembangan Kelembagaan Kelompok Masyarakat Peduli Hutan",
      ind: "Jumlah KTH yang difasilitasi penguatan kelembagaan",
      sat: "kelompok",
      t26: 40,
      t27: 44,
      lok: "KPH Seruni Utara dan KPH Seruni Selatan",
      p26: 1_126_500,
      sd: "DBH DR",
      bid: BH,
    },
    {
      id: "s512",
      lvl: "s",
      no: "5.1.2",
      kode: "3.28.04.1.01.0005",
      nama: "Penyusunan Rencana Kegiatan Penyuluhan Kehutanan",
      ind: "Jumlah dokumen programa penyuluhan kehutanan",
      sat: "dokumen",
      t26: 3,
      t27: 3,
      lok: "Tanjung Seruni",
      p26: 212_700,
      sd: "DBH DR",
      bid: BH,
    },
  ];
  // planted 1: the pagu 2026 of the laboratorium sub kegiatan typed in full rupiah (1,185,600,000)
  // in a table of thousands; its kegiatan (typed) keeps 1,671,850 = 486,250 + 1,185,600
  const PLANT_SC = { id: "s212", v: 1_185_600_000 };
  const idx = new Map(rows.map((x, i) => [x.id, i]));
  const kids = (id: string): RbIn[] => {
    const i = idx.get(id)!;
    const want = rows[i].lvl === "p" ? "k" : "s";
    const out: RbIn[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lvl !== "p"; j++) {
      if (rows[i].lvl === "k" && rows[j].lvl === "k") break;
      if (rows[j].lvl === want) out.push(rows[j]);
    }
    return out;
  };
  /** the true values (thousands): pagu and prakiraan maju of every row */
  const v26 = (x: RbIn): number => (x.lvl === "s" ? x.p26! : sum(kids(x.id).map(v26)));
  const v27 = (x: RbIn): number =>
    x.lvl === "s" ? (x.p27 ?? round(x.p26! * 1.05, 0)) : sum(kids(x.id).map(v27));
  const TH = "#,##0";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 6 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 42 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 36 },
    { key: "t26", head: ["Target 2026"], role: "target", year: 2026, num: 5, width: 9 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 11 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 7, width: 22 },
    { key: "p26", head: ["Pagu Indikatif 2026"], role: "anggaran", year: 2026, num: 8, fmt: TH, width: 14 },
    { key: "sd", head: ["Sumber Dana"], num: 9, width: 10 },
    { key: "t27", head: ["Target 2027"], role: "target", year: 2027, num: 10, width: 9 },
    { key: "p27", head: ["Prakiraan Maju 2027"], role: "anggaran", year: 2027, num: 11, fmt: TH, width: 14 },
    { key: "bid", head: ["Bidang Pelaksana"], role: "penanggung-jawab", num: 12, width: 26 },
  ];
  const progs = rows.filter((x) => x.lvl === "p");
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const F = (v: number) => fmt(v, x.f ?? INT);
      const cells: Record<string, Cell> = {
        no: x.no,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        t26: F(x.t26),
        sat: x.sat,
        lok: x.lok,
        sd: x.sd,
        t27: F(x.t27),
        bid: x.bid,
        p26: x.id === PLANT_SC.id ? PLANT_SC.v : v26(x),
      };
      if (x.lvl === "s") cells.p27 = x.p27 ?? fx(`ROUND(${c.a("p26")}*1.05,0)`);
      else {
        const ks = kids(x.id);
        cells.p27 =
          x.lvl === "k"
            ? fx(`SUM(${c.a("p27", ks[0].id)}:${c.a("p27", ks[ks.length - 1].id)})`)
            : fx(`SUM(${ks.map((y) => c.a("p27", y.id)).join(",")})`);
      }
      return cells;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => ({
      no: "JUMLAH",
      p26: fx(`SUM(${progs.map((p) => c.a("p26", p.id)).join(",")})`),
      p27: fx(`SUM(${progs.map((p) => c.a("p27", p.id)).join(",")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows: body });

  // ----------------------------------------------------- the recap by sumber dana under the table
  s.gap(2);
  s.lines(["Rekapitulasi Pagu Indikatif menurut Sumber Dana (dalam ribuan rupiah)"]);
  s.gap();
  const SD = ["PAD", "DAU", "DAK Fisik", "DBH DR"];
  const NAMA: Record<string, string> = {
    PAD: "Pendapatan Asli Daerah (PAD)",
    DAU: "Dana Alokasi Umum (DAU)",
    "DAK Fisik": "Dana Alokasi Khusus (DAK) Fisik",
    "DBH DR": "Dana Bagi Hasil Dana Reboisasi (DBH DR)",
  };
  const subs = rows.filter((x) => x.lvl === "s");
  const bySd = (sd: string, f: (x: RbIn) => number) => sum(subs.filter((x) => x.sd === sd).map(f));
  // planted 2: the growth of DAK Fisik divides by the 2027 amount (-39.00 instead of -28.06)
  const PLANT_G = "DAK Fisik";
  const growth = (sd: string) => {
    const c26 = bySd(sd, v26);
    const c27 = bySd(sd, v27);
    return round(((c27 - c26) / (sd === PLANT_G ? c27 : c26)) * 100);
  };
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "sd", head: ["Sumber Dana"] },
    { key: "p26", head: ["Pagu Indikatif 2026"], role: "anggaran", year: 2026, fmt: TH },
    { key: "p27", head: ["Prakiraan Maju 2027"], role: "anggaran", year: 2027, fmt: TH },
    { key: "nk", head: ["Kenaikan / (Penurunan)"], fmt: "#,##0;(#,##0)" },
    { key: "g", head: ["Pertumbuhan (%)"], role: "pertumbuhan", fmt: DEC },
  ];
  const t26 = sum(subs.map(v26));
  const t27 = sum(subs.map(v27));
  const t2 = s.table(
    {
      cols: cols2,
      headerRows: 1,
      rows: [
        ...SD.map((sd, i): Row => ({
          id: sd,
          cells: (c) => ({
            no: i + 1,
            sd: NAMA[sd],
            p26: bySd(sd, v26),
            p27: bySd(sd, v27),
            nk: fx(`${c.a("p27")}-${c.a("p26")}`),
            g: growth(sd),
          }),
        })),
        {
          id: "jml2",
          bold: true,
          cells: (c) => ({
            sd: "JUMLAH",
            p26: fx(`SUM(${c.a("p26", SD[0])}:${c.a("p26", SD[SD.length - 1])})`),
            p27: fx(`SUM(${c.a("p27", SD[0])}:${c.a("p27", SD[SD.length - 1])})`),
            nk: fx(`SUM(${c.a("nk", SD[0])}:${c.a("nk", SD[SD.length - 1])})`),
            g: round(((t27 - t26) / t26) * 100),
          }),
        },
      ],
    },
    3,
  );
  s.gap();
  s.lines([
    "Catatan:",
    "1. Pagu sub kegiatan sesuai Pagu Indikatif Perangkat Daerah Tahun 2026 hasil Forum Perangkat Daerah.",
    "2. Prakiraan maju 2027 = pagu 2026 x 1,05 kecuali belanja pegawai, DAK dan sub kegiatan yang ditetapkan lain.",
    "3. Pertumbuhan (%) = (prakiraan maju 2027 - pagu 2026) / pagu 2026 x 100.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Tanjung Seruni, 2 Juni 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP DAN KEHUTANAN", "PROVINSI KEPULAUAN SERUNI,"],
    nama: "Dr. Ir. ABDUL KADIR TUASIKAL, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19730119 199803 1 006",
  });

  // --------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const k21 = rows.find((x) => x.id === "k21")!;
  const sib = kids(k21.id).filter((x) => x.id !== PLANT_SC.id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("p26", PLANT_SC.id) },
        { sheet: S, cell: a("p26", k21.id) },
      ],
    },
    rules: ["number-scale", "sum-mismatch"],
    note: "the pagu 2026 of the laboratorium sub kegiatan is 1,185,600,000: full rupiah in a table in thousands (its prakiraan maju 1,240,000, the recap and its kegiatan's typed 1,671,850 = 486,250 + 1,185,600 are in thousands)",
    truth: `${a("p26", k21.id)}-${sib.map((x) => a("p26", x.id)).join("-")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("g", PLANT_G) },
    rules: ["growth-mismatch"],
    note: "Pertumbuhan of DAK Fisik is -39.00 = (3,500,000 - 4,865,000) / 3,500,000: divided by the 2027 amount; (3,500,000 - 4,865,000) / 4,865,000 gives -28.06",
    truth: `ROUND((${t2.a("p27", PLANT_G)}-${t2.a("p26", PLANT_G)})/${t2.a("p26", PLANT_G)}*100,2)`,
  });
  for (const x of rows) {
    if (x.lvl === "s") continue;
    const ks = kids(x.id);
    if (x.id !== k21.id)
      b.ok({
        sheet: S,
        cell: a("p26", x.id),
        rules: ["sum-mismatch"],
        truth: ks.map((y) => a("p26", y.id)).join("+"),
      });
    b.ok({
      sheet: S,
      cell: a("p27", x.id),
      rules: ["sum-mismatch"],
      truth: ks.map((y) => a("p27", y.id)).join("+"),
    });
  }
  // the JUMLAH adds the five programs, not every row above it
  for (const k of ["p26", "p27"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(k, p.id)).join("+"),
      trap: rows.map((x) => a(k, x.id)).join("+"),
    });
  // the largest pagu (salaries, 26,842,500 thousand) is no scale slip: it is its kegiatan's amount
  b.ok({ sheet: S, cell: a("p26", "s111"), rules: ["number-scale"], truth: a("p26", "k11") });
  // the recap: its JUMLAH adds the four sources and equals the Renja's JUMLAH
  for (const k of ["p26", "p27"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "jml2"),
      rules: ["sum-mismatch", "cross-table-mismatch"],
      truth: a(k, "jml"),
    });
  for (const sd of SD) {
    if (sd !== PLANT_G)
      b.ok({
        sheet: S,
        cell: t2.a("g", sd),
        rules: ["growth-mismatch"],
        truth: `ROUND((${t2.a("p27", sd)}-${t2.a("p26", sd)})/${t2.a("p26", sd)}*100,2)`,
      });
  }
  b.ok({
    sheet: S,
    cell: t2.a("g", "jml2"),
    rules: ["growth-mismatch"],
    truth: `ROUND((${t2.a("p27", "jml2")}-${t2.a("p26", "jml2")})/${t2.a("p26", "jml2")}*100,2)`,
  });
  return b.finish();
}
