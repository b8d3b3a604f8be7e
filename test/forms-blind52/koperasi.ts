// The cooperative and small-business office of the invented Kota Tondangow (Sulawesi Utara): the
// E.81 evaluation of its Renja 2024 (program > kegiatan > sub kegiatan, K / Rp per triwulan) and a
// recap of the UMKM it assisted in 2024 per kecamatan and per sektor usaha. Every name and number
// is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kind: "p" | "k" | "s";
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  /** quarterly K (null: not measured that quarter) */
  qk: Array<number | null>;
  /** quarterly Rp of a sub kegiatan */
  qrp?: number[];
  /** level: the year's K is TW IV */
  level?: boolean;
  kids?: string[];
};

/** Evaluasi hasil Renja 2024 (E.81), Dinas Koperasi dan UMKM Kota Tondangow. */
export function e81DiskopTondangow(): BookW {
  const b = new BookW(
    "evaluasi-renja-2024-e81-dinas-koperasi-umkm-kota-tondangow.xlsx",
    "E.81 evaluasi hasil Renja (program / kegiatan / sub kegiatan)",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Renja 2024' > K / Rp | 'Realisasi Triwulan' > I..IV > K / Rp | 'Realisasi Renja 2024' > K / Rp | 'Tingkat Capaian (%)' > K / Rp | Unit Penanggung Jawab; three header rows; sub kegiatan add their quarters, kegiatan SUM their sub kegiatan, programmes add their kegiatan with '+'; koperasi RAT share is a level (= TW IV)",
  );
  const S = "E.81";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TONDANGOW", "DINAS KOPERASI DAN USAHA KECIL MENENGAH"]);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TONDANGOW",
      "PERIODE PELAKSANAAN: TAHUN 2024 (TRIWULAN I s.d. IV)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const es: E[] = [
    {
      id: "p1",
      kind: "p",
      kode: "2.17.05",
      ur: "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN",
      ind: "Persentase koperasi yang pengurusnya bersertifikat kompetensi",
      sat: "%",
      tk: 32,
      qk: [null, null, null, 33.4],
      level: true,
      kids: ["k11"],
    },
    {
      id: "k11",
      kind: "k",
      kode: "2.17.05.2.01",
      ur: "Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaan dalam Daerah Kabupaten/Kota",
      ind: "Jumlah pengurus dan anggota koperasi yang dilatih",
      sat: "orang",
      tk: 240,
      qk: [0, 80, 100, 60],
      kids: ["s111"],
    },
    {
      id: "s111",
      kind: "s",
      kode: "2.17.05.2.01.0001",
      ur: "Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi",
      ind: "Jumlah SDM koperasi yang mengikuti diklat",
      sat: "orang",
      tk: 240,
      trp: 412_500_000,
      qk: [0, 80, 100, 60],
      qrp: [6_425_000, 128_340_000, 165_915_000, 104_260_500],
    },
    {
      id: "p2",
      kind: "p",
      kode: "2.17.06",
      ur: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
      ind: "Persentase koperasi aktif yang melaksanakan RAT tepat waktu",
      sat: "%",
      tk: 58,
      qk: [21.5, 47.8, 55.2, 61.3],
      level: true,
      kids: ["k21"],
    },
    {
      id: "k21",
      kind: "k",
      kode: "2.17.06.2.01",
      ur: "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota",
      ind: "Jumlah koperasi yang didampingi",
      sat: "koperasi",
      tk: 85,
      qk: [18, 24, 26, 21],
      kids: ["s211", "s212"],
    },
    {
      id: "s211",
      kind: "s",
      kode: "2.17.06.2.01.0001",
      ur: "Pendampingan Koperasi dalam Penyelenggaraan RAT",
      ind: "Jumlah koperasi yang didampingi penyelenggaraan RAT",
      sat: "koperasi",
      tk: 60,
      trp: 186_750_000,
      qk: [18, 24, 14, 6],
      qrp: [38_410_000, 61_225_000, 44_870_000, 31_095_000],
    },
    {
      id: "s212",
      kind: "s",
      // planted: the sub kegiatan of kegiatan 2.17.06.2.02 keyed under 2.17.06.2.01
      kode: "2.17.06.2.02.0003",
      ur: "Fasilitasi Akses Pembiayaan Koperasi",
      ind: "Jumlah koperasi yang difasilitasi akses pembiayaan",
      sat: "koperasi",
      tk: 25,
      trp: 148_000_000,
      qk: [0, 0, 12, 9],
      qrp: [0, 12_500_000, 62_780_000, 58_640_000],
    },
    {
      id: "p3",
      kind: "p",
      kode: "2.17.08",
      ur: "PROGRAM PENGEMBANGAN UMKM",
      ind: "Persentase usaha mikro yang naik kelas menjadi usaha kecil",
      sat: "%",
      tk: 4.5,
      qk: [null, null, null, 4.12],
      level: true,
      kids: ["k31"],
    },
    {
      id: "k31",
      kind: "k",
      kode: "2.17.08.2.01",
      ur: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
      ind: "Jumlah usaha mikro yang difasilitasi",
      sat: "unit usaha",
      tk: 1_150,
      qk: [265, 310, 342, 219],
      kids: ["s311", "s312", "s313"],
    },
    {
      id: "s311",
      kind: "s",
      kode: "2.17.08.2.01.0001",
      ur: "Fasilitasi Kemudahan Perizinan Usaha Mikro",
      ind: "Jumlah usaha mikro yang memperoleh NIB",
      sat: "unit usaha",
      tk: 700,
      trp: 214_600_000,
      qk: [185, 210, 196, 127],
      qrp: [41_250_000, 58_905_000, 63_118_000, 44_712_500],
    },
    {
      id: "s312",
      kind: "s",
      kode: "2.17.08.2.01.0002",
      ur: "Peningkatan Kapasitas Usaha Mikro melalui Pelatihan Kewirausahaan dan Digital Marketing",
      ind: "Jumlah pelaku usaha mikro yang dilatih",
      sat: "orang",
      tk: 300,
      trp: 538_250_000,
      qk: [60, 80, 96, 60],
      qrp: [74_880_000, 139_410_000, 171_265_000, 128_902_000],
    },
    {
      id: "s313",
      kind: "s",
      kode: "2.17.08.2.01.0004",
      ur: "Fasilitasi Pameran dan Kurasi Produk Usaha Mikro",
      ind: "Jumlah usaha mikro yang mengikuti pameran",
      sat: "unit usaha",
      tk: 150,
      trp: 326_400_000,
      qk: [20, 20, 50, 32],
      qrp: [18_640_000, 42_115_000, 145_380_000, 97_504_000],
    },
  ];
  const byId = new Map(es.map((e) => [e.id, e]));
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "tk", head: ["Target Renja 2024", "K"], role: "target", year: 2024, width: 9 },
    { key: "trp", head: ["Target Renja 2024", "Rp"], role: "anggaran", year: 2024, fmt: RP, width: 15 },
    ...TW.flatMap((q, i): Col[] => [
      { key: `q${i}k`, head: ["Realisasi Triwulan", q, "K"], role: "realisasi", year: 2024, width: 8 },
      {
        key: `q${i}rp`,
        head: ["Realisasi Triwulan", q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 14,
      },
    ]),
    { key: "rk", head: ["Realisasi Renja 2024", "K"], role: "realisasi", year: 2024, width: 9 },
    {
      key: "rrp",
      head: ["Realisasi Renja 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 15,
    },
    { key: "ck", head: ["Tingkat Capaian (%)", "K"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "crp", head: ["Tingkat Capaian (%)", "Rp"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const PJ: Record<string, string> = {
    p1: "Bidang Kelembagaan dan Diklat Koperasi",
    p2: "Bidang Pengawasan dan Pemberdayaan Koperasi",
    p3: "Bidang Usaha Mikro",
  };
  let prog = "";
  let pno = 0;
  const rows: Row[] = es.map((e): Row => ({
    id: e.id,
    bold: e.kind !== "s",
    cells: (x: Ctx) => {
      if (e.kind === "p") {
        prog = e.id;
        pno++;
      }
      const c: Record<string, Cell> = {
        no: e.kind === "p" ? pno : undefined,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        tk: e.tk,
        pj: PJ[prog],
      };
      e.qk.forEach((v, i) => (c[`q${i}k`] = v));
      c.rk = e.level ? fx(x.a("q3k")) : fx(`SUM(${x.a("q0k")},${x.a("q1k")},${x.a("q2k")},${x.a("q3k")})`);
      if (e.kind === "s") {
        c.trp = e.trp;
        e.qrp!.forEach((v, i) => (c[`q${i}rp`] = v));
        c.rrp = fx(`${x.a("q0rp")}+${x.a("q1rp")}+${x.a("q2rp")}+${x.a("q3rp")}`);
      } else {
        const kids = e.kids!;
        const add = (k: string) =>
          e.kind === "k"
            ? // planted: the kegiatan 2.17.08.2.01 realisation SUMs two of its three sub kegiatan
              `SUM(${x.a(k, kids[0])}:${x.a(k, e.id === "k31" && k === "rrp" ? kids[1] : kids[kids.length - 1])})`
            : kids.map((id) => x.a(k, id)).join("+");
        c.trp = fx(add("trp"));
        TW.forEach((_, i) => (c[`q${i}rp`] = fx(add(`q${i}rp`))));
        c.rrp = fx(add("rrp"));
      }
      c.ck = fx(`ROUND(${x.a("rk")}/${x.a("tk")}*100,2)`);
      c.crp = fx(`ROUND(${x.a("rrp")}/${x.a("trp")}*100,2)`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Catatan: K = kinerja, Rp = anggaran (rupiah penuh, SP2D s.d. 31 Desember 2024).",
    "Indikator program berupa persentase diukur pada akhir tahun (posisi Triwulan IV).",
  ]);
  s.gap();
  signature(s, 17, {
    tempat: "Tondangow, 17 Januari 2025",
    jabatan: ["Kepala Dinas Koperasi dan UKM", "Kota Tondangow"],
    nama: "JEFRY A. MANOPPO, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760912 200212 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sq = (id: string) => byId.get(id)!.qrp!.reduce((p, q) => p + q, 0);
  b.plant({
    at: { sheet: S, cell: a("rrp", "k31") },
    rules: ["sum-mismatch"],
    note: `realisasi Rp of kegiatan 2.17.08.2.01 =SUM over two of its three sub kegiatan (${sq("s311") + sq("s312")}); with sub kegiatan .0004 (${sq("s313")}) it is ${sq("s311") + sq("s312") + sq("s313")}`,
    truth: `SUM(${a("rrp", "s311")}:${a("rrp", "s313")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s212") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 2.17.06.2.02.0003 (kegiatan 2.17.06.2.02) listed and added under kegiatan 2.17.06.2.01",
    truth: a("kode", "k21"),
    actual: `PARENT(${a("kode", "s212")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rrp", "p2"),
    rules: ["sum-mismatch"],
    truth: a("rrp", "k21"),
    trap: `${a("rrp", "k21")}+${a("rrp", "s211")}+${a("rrp", "s212")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p2"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "p2"),
    trap: `SUM(${a("q0k", "p2")},${a("q1k", "p2")},${a("q2k", "p2")},${a("q3k", "p2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "s111"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rk", "s111")}/${a("tk", "s111")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s312"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k31"),
    actual: `PARENT(${a("kode", "s312")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "s311"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rk", "s311")}/${a("tk", "s311")}*100,2)`,
    trap: "100",
  });
  return b.finish();
}

/** Rekap UMKM binaan 2024 per kecamatan per sektor usaha, Dinas Koperasi dan UKM Kota Tondangow. */
export function rekapUmkmTondangow(): BookW {
  const b = new BookW(
    "rekap-umkm-binaan-per-kecamatan-sektor-diskop-ukm-kota-tondangow-2024.xlsx",
    "recap of UMKM assisted per kecamatan per sector",
    "No | Kecamatan | 'Sektor Usaha (unit)' > Kuliner / Fesyen / Kriya / Perdagangan Eceran / Jasa / Olahan Perikanan | Jumlah UMKM Binaan | Target 2024 | Capaian (%); number row (1)..(11) with '(9) = (3) s.d. (8)' and '(11) = (9) : (10)'; TOTAL row SUMs, capaian of the total is the ratio of the totals",
  );
  const S = "Rekap UMKM 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI UMKM BINAAN MENURUT KECAMATAN DAN SEKTOR USAHA",
      "DINAS KOPERASI DAN UKM KOTA TONDANGOW TAHUN 2024",
    ],
    2,
    { bold: true },
  );
  s.gap();
  const kec = [
    { id: "c1", nm: "Tondangow Tengah", v: [148, 62, 27, 95, 41, 12], t: 360 },
    { id: "c2", nm: "Tondangow Utara", v: [117, 38, 19, 84, 36, 58], t: 340 },
    { id: "c3", nm: "Kakaskasen Lama", v: [96, 45, 61, 52, 29, 7], t: 300 },
    { id: "c4", nm: "Sarongsong Atas", v: [83, 21, 44, 49, 22, 4], t: 250 },
    { id: "c5", nm: "Pesisir Lembean", v: [71, 17, 15, 63, 18, 96], t: 250 },
    { id: "c6", nm: "Wailan Raya", v: [54, 28, 33, 37, 25, 3], t: 200 },
  ];
  const SEK = ["Kuliner", "Fesyen", "Kriya", "Perdagangan Eceran", "Jasa", "Olahan Perikanan"];
  const H = "Sektor Usaha (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    ...SEK.map((n, i): Col => ({
      key: `s${i}`,
      head: [H, n],
      role: "realisasi",
      year: 2024,
      num: `(${3 + i})`,
      fmt: INT,
      width: 11,
    })),
    {
      key: "j",
      head: ["Jumlah UMKM Binaan"],
      role: "realisasi",
      year: 2024,
      num: "(9) = (3) s.d. (8)",
      fmt: INT,
      width: 12,
    },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(10)", fmt: INT, width: 10 },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(11) = (9) : (10)",
      fmt: DEC,
      width: 10,
    },
  ];
  const f = kec[0].id;
  const l = kec[kec.length - 1].id;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            no: i + 1,
            kec: k.nm,
            // planted: the Jumlah of Pesisir Lembean typed 260 (280 with its digits swapped)
            j: k.id === "c5" ? 260 : fx(`SUM(${x.a("s0")}:${x.a("s5")})`),
            t: k.t,
            c: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          };
          k.v.forEach((v, j) => (c[`s${j}`] = v));
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            kec: "JUMLAH",
            j: fx(`SUM(${x.a("j", f)}:${x.a("j", l)})`),
            t: fx(`SUM(${x.a("t", f)}:${x.a("t", l)})`),
            c: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          };
          SEK.forEach((_, j) => {
            // planted: the Kriya total stops above Wailan Raya
            const end = j === 2 ? kec[kec.length - 2].id : l;
            c[`s${j}`] = fx(`SUM(${x.a(`s${j}`, f)}:${x.a(`s${j}`, end)})`);
          });
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines(
    [
      "Sumber: SIDAK-UMKM Dinas Koperasi dan UKM, data per 31 Desember 2024.",
      "Satu UMKM dihitung satu kali pada sektor usaha utamanya.",
    ],
    2,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Tondangow, 8 Januari 2025",
    jabatan: ["Kepala Bidang Usaha Mikro"],
    nama: "MEILANY R. SUMAMPOUW, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830527 200801 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "c5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah UMKM of Pesisir Lembean typed 260; 71 + 17 + 15 + 63 + 18 + 96 = 280 (digits swapped)",
    truth: `SUM(${a("s0", "c5")}:${a("s5", "c5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("s2", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of Kriya SUMs five of six kecamatan (166); with Wailan Raya (33) it is 199",
    truth: `SUM(${a("s2", f)}:${a("s2", l)})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t", f)}:${a("t", l)})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "c2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("j", "c2")}/${a("t", "c2")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("j", "c1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("s0", "c1")}:${a("s5", "c1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("s5", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("s5", f)}:${a("s5", l)})`,
  });
  return b.finish();
}
