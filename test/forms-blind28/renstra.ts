// Plans of the set: the Renstra T-C.27 of a Dinas PUPR in Sumatera Barat (kondisi awal, six years
// 2025-2030 each Tgt | Pagu, kondisi akhir, rupiah in thousands) and a Renja T-C.33-like plan of a
// Dinas Pertanian in Riau (sub kegiatan with lokasi, target, pagu indikatif and prakiraan maju
// 2027). Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

type RsIn = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  /** typed pagu per year (kegiatan only), in thousands */
  rp?: number[];
  /** rates take the last target as kondisi akhir, counts the sum */
  sum?: boolean;
  of?: string[];
};

/** Renstra 2025-2030 T-C.27 of Dinas PUPR Kabupaten Tanah Lintau (Sumatera Barat). */
export function renstraPupr(): BookW {
  const b = new BookW(
    "tc27-ribuan-pupr-tanahlintau.xlsx",
    "Renstra T-C.27 (Dinas PUPR)",
    "Renstra 2025-2030 T-C.27, pagu in thousands",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH LINTAU", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas PUPR Kabupaten Tanah Lintau Tahun 2025-2030",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: RsIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.03.02",
      nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 61.4,
      t: [63.5, 65.8, 68.0, 70.2, 72.5, 75.0],
      of: ["k11", "k12", "k13"],
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.03.02.2.01",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai yang Berada dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Jumlah daerah irigasi yang direhabilitasi",
      sat: "DI",
      awal: 2,
      t: [3, 3, 4, 4, 4, 5],
      rp: [4_850_000, 5_120_000, 5_475_500, 5_690_000, 5_912_250, 6_240_000],
      sum: true,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.03.02.2.02",
      nama: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya di Bawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Persentase saluran irigasi yang dipelihara",
      sat: "%",
      awal: 68,
      t: [70, 72, 75, 78, 80, 82],
      rp: [2_315_000, 2_410_750, 2_536_000, 2_648_400, 2_760_000, 2_895_600],
    },
    {
      id: "k13",
      lvl: "k",
      kode: "1.03.02.2.03",
      nama: "Pengembangan dan Pengelolaan Sistem Drainase Utama Sungai dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Panjang drainase utama yang dinormalisasi",
      sat: "km",
      awal: 3.5,
      t: [4.2, 4.5, 4.8, 5.0, 5.2, 5.5],
      rp: [1_640_000, 1_725_300, 1_806_000, 1_890_450, 1_975_000, 2_068_200],
      sum: true,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.03.10",
      nama: "PROGRAM PENYELENGGARAAN JALAN",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      awal: 68.25,
      t: [70.1, 72.4, 74.6, 76.8, 79.0, 81.5],
      of: ["k21"],
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kabupaten yang ditingkatkan",
      sat: "km",
      awal: 11.8,
      t: [12.5, 13.0, 14.0, 14.5, 15.0, 16.0],
      rp: [18_450_000, 19_275_500, 20_610_000, 21_340_750, 22_085_000, 23_560_000],
      sum: true,
    },
  ];
  // planted 1: the 2027 pagu of the SDA program sums its first two kegiatan only
  const PLANT_SUM = { id: "p1", y: 2 };
  // planted 2: the kondisi akhir of the jalan mantap rate is the 2029 target (79.00), not 2030 (81.50)
  const PLANT_AK = "p2";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 2, width: 44 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Sat."], role: "satuan", num: 4, width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, fmt: DEC },
  ];
  const G = "Capaian Kinerja Program dan Kerangka Pendanaan";
  YEARS.forEach((y, i) =>
    cols.push(
      { key: `t${i}`, head: [G, `Tahun ${y}`, "Tgt"], role: "target", year: y, num: 6 + 2 * i, fmt: DEC },
      {
        key: `r${i}`,
        head: [G, `Tahun ${y}`, "Pagu (Rp.000)"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 14,
      },
    ),
  );
  const AK = "Kondisi Kinerja Akhir Renstra (2030)";
  cols.push(
    { key: "akT", head: [AK, "Tgt"], role: "kondisi-akhir", year: 2030, num: 18, fmt: DEC },
    { key: "akR", head: [AK, "Pagu (Rp.000)"], role: "anggaran", num: 19, fmt: RP, width: 15 },
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 20 },
  );
  const pj: Record<string, string> = { p1: "Bidang SDA", p2: "Bidang Bina Marga" };
  const owner = (id: string) => rows.find((r) => r.of?.includes(id))?.id ?? id;
  const bodyRows: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj: pj[owner(x.id)],
      };
      YEARS.forEach((_, i) => {
        out[`t${i}`] = x.t[i];
        if (x.rp) out[`r${i}`] = x.rp[i];
        else {
          const ks = x.of!;
          const first = c.a(`r${i}`, ks[0]);
          const last = c.a(`r${i}`, ks[ks.length - 1]);
          if (x.id === PLANT_SUM.id && i === PLANT_SUM.y)
            out[`r${i}`] = fx(`SUM(${first}:${c.a(`r${i}`, ks[ks.length - 2])})`);
          else out[`r${i}`] = fx(`SUM(${first}:${last})`);
        }
      });
      if (x.id === PLANT_AK) out.akT = x.t[4];
      else out.akT = x.sum ? fx(`SUM(${YEARS.map((_, i) => c.a(`t${i}`)).join(",")})`) : x.t[5];
      out.akR = fx(`SUM(${YEARS.map((_, i) => c.a(`r${i}`)).join(",")})`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: bodyRows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun 2030; indikator jumlah/panjang = akumulasi 2025-2030.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Lintau, Oktober 2025",
    jabatan: ["Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Kabupaten Tanah Lintau"],
    nama: "Ir. AFRIZAL DT. RAJO BATUAH, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700512 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2", "p1") },
    rules: ["sum-mismatch"],
    note: "2027 pagu of the SDA program is =SUM over its first two kegiatan (8,011,500); with the drainase kegiatan (1,806,000) the three give 9,817,500 (thousand rupiah)",
    truth: `${a("r2", "k11")}+${a("r2", "k12")}+${a("r2", "k13")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akT", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the jalan mantap rate is 79.00, the 2029 target; the 2030 target is 81.50",
    truth: a("t5", PLANT_AK),
  });
  for (const x of rows) {
    const tSum = YEARS.map((_, i) => a(`t${i}`, x.id)).join("+");
    if (x.id !== PLANT_AK)
      b.ok({
        sheet: S,
        cell: a("akT", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.sum ? tSum : a("t5", x.id),
        trap: x.sum ? undefined : tSum,
      });
    b.ok({
      sheet: S,
      cell: a("akR", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((_, i) => a(`r${i}`, x.id)).join("+"),
    });
    if (x.of)
      YEARS.forEach((_, i) => {
        if (x.id === PLANT_SUM.id && i === PLANT_SUM.y) return;
        b.ok({
          sheet: S,
          cell: a(`r${i}`, x.id),
          rules: ["sum-mismatch"],
          truth: x.of!.map((k) => a(`r${i}`, k)).join("+"),
        });
      });
    if (x.lvl === "k")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", owner(x.id)),
        actual: `PARENT(${a("kode", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t5", "p1"), rules: ["target-trend"], truth: "75" });
  return b.finish();
}

type RjIn = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  lok?: string;
  t?: number;
  pagu?: number;
  t2?: number;
  dana?: number;
  parent?: string;
};

/** Renja 2026 (T-C.33-like) of Dinas Pertanian Kabupaten Kuantan Hilir (Riau). */
export function renjaPertanian(): BookW {
  const b = new BookW(
    "renja-prakiraanmaju-distan-kuantanhilir.xlsx",
    "Renja T-C.33 (Dinas Pertanian)",
    "Renja 2026 with lokasi, pagu indikatif and prakiraan maju 2027",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KUANTAN HILIR", "DINAS PERTANIAN DAN KETAHANAN PANGAN"]);
  s.lines([
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2026",
    "DAN PRAKIRAAN MAJU TAHUN 2027",
  ]);
  s.gap();
  const rows: RjIn[] = [
    { id: "u", lvl: "p", kode: "3.27", nama: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" },
    {
      id: "p1",
      lvl: "p",
      kode: "3.27.02",
      nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase ketersediaan benih dan pupuk bersubsidi tepat waktu",
      sat: "%",
      lok: "Kabupaten Kuantan Hilir",
      t: 92,
      t2: 94,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Jumlah kios sarana pertanian yang diawasi",
      sat: "kios",
      lok: "15 Kecamatan",
      t: 124,
      t2: 130,
      parent: "p1",
    },
    {
      id: "s111",
      lvl: "s",
      kode: "3.27.02.2.01.0001",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
      ind: "Jumlah kios pupuk yang diawasi",
      sat: "kios",
      lok: "15 Kecamatan",
      t: 124,
      pagu: 186_450_000,
      t2: 130,
      dana: 198_000_000,
      parent: "k11",
    },
    {
      id: "s112",
      lvl: "s",
      kode: "3.27.02.2.01.0002",
      nama: "Pengawasan Peredaran Pupuk dan Pestisida",
      ind: "Jumlah sampel pupuk dan pestisida yang diuji",
      sat: "sampel",
      lok: "Kec. Sentajo Raya, Kec. Benai, Kec. Pangean",
      t: 60,
      pagu: 142_800_000,
      t2: 60,
      dana: 150_000_000,
      parent: "k11",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "3.27.02.2.02",
      nama: "Pengelolaan Sumber Daya Genetik (SDG) Hewan, Tumbuhan, dan Mikro Organisme Kewenangan Kabupaten/Kota",
      ind: "Jumlah varietas lokal yang dilestarikan",
      sat: "varietas",
      lok: "Kec. Kuantan Mudik",
      t: 4,
      t2: 5,
      parent: "p1",
    },
    {
      id: "s121",
      lvl: "s",
      kode: "3.27.02.2.02.0001",
      nama: "Pelestarian SDG Tanaman Pangan dan Hortikultura Lokal",
      ind: "Jumlah varietas padi lokal yang dikoleksi",
      sat: "varietas",
      lok: "Kec. Kuantan Mudik",
      t: 4,
      pagu: 95_250_000,
      t2: 5,
      dana: 110_000_000,
      parent: "k12",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "3.27.03",
      nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      ind: "Persentase luas lahan pertanian terlayani prasarana",
      sat: "%",
      lok: "Kabupaten Kuantan Hilir",
      t: 61.5,
      t2: 64,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "3.27.03.2.01",
      nama: "Pengembangan Prasarana Pertanian",
      ind: "Jumlah prasarana pertanian yang dibangun/direhabilitasi",
      sat: "unit",
      lok: "9 Kecamatan",
      t: 14,
      t2: 17,
      parent: "p2",
    },
    {
      id: "s211",
      lvl: "s",
      kode: "3.27.03.2.01.0001",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
      ind: "Panjang jaringan irigasi usaha tani yang dibangun/direhabilitasi",
      sat: "meter",
      lok: "Kec. Sentajo Raya, Kec. Benai",
      t: 4_500,
      pagu: 1_372_500_000,
      t2: 5_000,
      dana: 1_525_000_000,
      parent: "k21",
    },
    {
      id: "s212",
      lvl: "s",
      kode: "3.27.03.2.01.0002",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Embung Pertanian",
      ind: "Jumlah embung pertanian yang dibangun/direhabilitasi",
      sat: "unit",
      lok: "Kec. Cerenti, Kec. Inuman",
      t: 6,
      pagu: 924_000_000,
      t2: 8,
      dana: 1_232_000_000,
      parent: "k21",
    },
    {
      id: "s213",
      lvl: "s",
      // planted: the jalan usaha tani sub kegiatan carries the code of the sarana kegiatan 3.27.02.2.01
      kode: "3.27.02.2.01.0004",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun/direhabilitasi",
      sat: "meter",
      lok: "Kec. Gunung Toar, Kec. Hulu Kuantan",
      t: 2_150,
      pagu: 688_000_000,
      t2: 2_400,
      dana: 768_000_000,
      parent: "k21",
    },
  ];
  // planted: the kegiatan pagu of 3.27.03.2.01 is typed 2,948,500,000 (sub kegiatan give 2,984,500,000)
  const PLANT_PAGU = { id: "k21", v: 2_948_500_000 };
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 44 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "lok", head: ["Tahun Rencana 2026", "Lokasi Kegiatan"], role: "lokasi", num: 5, width: 24 },
    {
      key: "t",
      head: ["Tahun Rencana 2026", "Target Capaian Kinerja"],
      role: "target",
      year: 2026,
      num: 6,
      fmt: "#,##0.##",
    },
    {
      key: "pagu",
      head: ["Tahun Rencana 2026", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: ["Tahun Rencana 2026", "Sumber Pendanaan"], num: 8, width: 10 },
    {
      key: "t2",
      head: ["Prakiraan Maju Tahun 2027", "Target Capaian Kinerja"],
      role: "target",
      year: 2027,
      num: 9,
      fmt: "#,##0.##",
    },
    {
      key: "dana",
      head: ["Prakiraan Maju Tahun 2027", "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2027,
      num: 10,
      fmt: RP,
      width: 17,
    },
  ];
  const kids = (id: string) => rows.filter((r) => r.parent === id).map((r) => r.id);
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        lok: x.lok,
        t: x.t,
        t2: x.t2,
      };
      if (x.id === "u") {
        out.pagu = fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`);
        out.dana = fx(`${c.a("dana", "p1")}+${c.a("dana", "p2")}`);
      } else if (x.lvl === "s") {
        out.pagu = x.pagu;
        out.dana = x.dana;
        out.sd = "DAU";
      } else {
        const ks = kids(x.id);
        for (const k of ["pagu", "dana"])
          out[k] = fx(ks.length === 1 ? `${c.a(k, ks[0])}` : ks.map((y) => c.a(k, y)).join("+"));
        if (x.id === PLANT_PAGU.id) out.pagu = PLANT_PAGU.v;
      }
      return out;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => ({
      kode: "JUMLAH",
      pagu: fx(c.a("pagu", "u")),
      dana: fx(c.a("dana", "u")),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines(["Sumber pendanaan: DAU = Dana Alokasi Umum."]);
  s.gap();
  signature(s, 7, {
    tempat: "Teluk Kuantan Hilir, 18 Juli 2025",
    jabatan: ["Kepala Dinas Pertanian dan Ketahanan Pangan"],
    nama: "H. ZULHENDRI SYAFRUDDIN, S.P., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740909 200112 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", PLANT_PAGU.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pagu of kegiatan 3.27.03.2.01 is a typed 2,948,500,000 among formulas; its three sub kegiatan give 2,984,500,000 (two digits swapped)",
    truth: kids(PLANT_PAGU.id)
      .map((k) => a("pagu", k))
      .join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s213") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Jalan Usaha Tani is coded 3.27.02.2.01.0004 (kegiatan 3.27.02.2.01, sarana) under kegiatan 3.27.03.2.01; its code is 3.27.03.2.01.0004",
    truth: a("kode", "k21"),
    actual: `PARENT(${a("kode", "s213")})`,
  });
  for (const x of rows) {
    if (x.parent && x.id !== "s213")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.lvl === "s" || x.id === "u") continue;
    const ks = kids(x.id);
    for (const k of ["pagu", "dana"]) {
      if (x.id === PLANT_PAGU.id && k === "pagu") continue;
      const all = rows.filter((r) => r.parent === x.id || ks.includes(r.parent ?? "")).map((r) => a(k, r.id));
      b.ok({
        sheet: S,
        cell: a(k, x.id),
        rules: ["sum-mismatch"],
        truth: ks.map((y) => a(k, y)).join("+"),
        trap: x.lvl === "p" ? all.join("+") : undefined,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "p1")}+${a("pagu", "p2")}`,
    trap: `SUM(${a("pagu", "u")}:${a("pagu", "s213")})`,
  });
  b.ok({ sheet: S, cell: a("t2", "p2"), rules: ["target-trend"], truth: "64" });
  return b.finish();
}
