// Money reports of the set: the DAK Fisik realisation of a Dinas PUPR in Kalimantan Barat (pagu,
// nilai kontrak, realisasi keuangan Rp and %, fisik %, one subtotal with a stale cached result) and
// a kelurahan's Dana Kelurahan report in Jambi (tahap I / II, jumlah, sisa, % per kegiatan and per
// bidang). Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type DakIn = {
  id: string;
  menu: string;
  lok: string;
  pagu: number;
  kontrak: number;
  real: number;
  fisik: number;
};

/** Laporan Realisasi DAK Fisik 2025 s.d. Triwulan III of Dinas PUPR Kabupaten Kapuas Rayak. */
export function dakFisik(): BookW {
  const b = new BookW(
    "dak-fisik-kontrak-pupr-kapuasrayak.xlsx",
    "Laporan realisasi DAK Fisik (Dinas PUPR)",
    "DAK Fisik 2025 TW III: pagu, nilai kontrak, keuangan Rp and %, fisik %, subtotals per bidang",
  );
  const S = "DAK TW III";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAPUAS RAYAK",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Jenderal Sudirman Km. 3 Rayak Hulu - Kalimantan Barat",
  ]);
  s.lines([
    "LAPORAN REALISASI PENYERAPAN DANA DAN CAPAIAN OUTPUT DAK FISIK",
    "TAHUN ANGGARAN 2025 - TRIWULAN III (s.d. 30 September 2025)",
  ]);
  s.gap();
  const jalan: DakIn[] = [
    {
      id: "j1",
      menu: "Rekonstruksi Jalan Ruas Rayak Hulu - Sungai Antu",
      lok: "Kec. Rayak Hulu",
      pagu: 4_865_000_000,
      kontrak: 4_712_480_000,
      real: 3_298_736_000,
      fisik: 72.5,
    },
    {
      id: "j2",
      menu: "Peningkatan Jalan Ruas Simpang Nanga Tayap - Pelaik",
      lok: "Kec. Nanga Tayap Ulu",
      pagu: 3_420_000_000,
      kontrak: 3_351_600_000,
      real: 3_351_600_000,
      fisik: 100,
    },
    // planted: realisasi 1,548,000,000 above pagu 1,485,000,000 (digits of the kontrak-sized payment swapped)
    {
      id: "j3",
      menu: "Pembangunan Jembatan Gantung Sungai Pelaik",
      lok: "Desa Pelaik Baru",
      pagu: 1_485_000_000,
      kontrak: 1_462_350_000,
      real: 1_548_000_000,
      fisik: 96,
    },
  ];
  const air: DakIn[] = [
    {
      id: "i1",
      menu: "Rehabilitasi Jaringan Irigasi D.I. Sungai Bemban",
      lok: "Kec. Bemban",
      pagu: 2_150_000_000,
      kontrak: 2_086_900_000,
      real: 1_252_140_000,
      fisik: 64.8,
    },
    {
      id: "i2",
      menu: "Peningkatan Jaringan Irigasi D.I. Tanjung Sembilang",
      lok: "Kec. Rayak Hilir",
      pagu: 1_760_000_000,
      kontrak: 1_698_450_000,
      real: 849_225_000,
      fisik: 55.3,
    },
  ];
  const minum: DakIn[] = [
    {
      id: "m1",
      menu: "Perluasan SPAM Jaringan Perpipaan Ibu Kota Kecamatan",
      lok: "Kec. Rayak Hulu",
      pagu: 2_340_000_000,
      kontrak: 2_296_520_000,
      real: 1_837_216_000,
      fisik: 81.7,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "menu", head: ["Bidang / Menu Kegiatan /\nRincian Kegiatan"], num: 2, width: 46 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 3, width: 20 },
    {
      key: "pagu",
      head: ["Pagu DAK\nFisik 2025\n(Rp)"],
      role: "anggaran",
      year: 2025,
      num: 4,
      fmt: RP,
      width: 17,
    },
    { key: "kon", head: ["Nilai\nKontrak\n(Rp)"], num: 5, fmt: RP, width: 17 },
    {
      key: "rr",
      head: ["Realisasi Keuangan", "Rp"],
      role: "realisasi-anggaran",
      year: 2025,
      num: 6,
      fmt: RP,
      width: 17,
    },
    { key: "rp", head: ["Realisasi Keuangan", "% thd Pagu"], role: "capaian", year: 2025, num: 7, fmt: DEC },
    { key: "fis", head: ["Realisasi\nFisik\n(%)"], role: "realisasi", year: 2025, num: 8, fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 9, width: 22 },
  ];
  const groups: Array<[string, string, string, DakIn[]]> = [
    ["A", "gj", "BIDANG JALAN", jalan],
    ["B", "gi", "BIDANG IRIGASI", air],
    ["C", "gm", "BIDANG AIR MINUM", minum],
  ];
  const PLANT_STALE = "gi";
  const body: Row[] = [];
  for (const [no, gid, name, items] of groups) {
    body.push({
      id: gid,
      bold: true,
      cells: (c) => {
        const f = items[0].id;
        const l = items[items.length - 1].id;
        const sumOf = (k: string) => `SUM(${c.a(k, f)}:${c.a(k, l)})`;
        return {
          no,
          menu: name,
          pagu: fx(sumOf("pagu")),
          kon: fx(sumOf("kon")),
          rr: gid === PLANT_STALE ? fx(sumOf("rr"), 1_252_140_000 + 612_480_000) : fx(sumOf("rr")),
          rp: fx(`ROUND(${c.a("rr")}/${c.a("pagu")}*100,2)`),
        };
      },
    });
    items.forEach((x, i) =>
      body.push({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          menu: x.menu,
          lok: x.lok,
          pagu: x.pagu,
          kon: x.kontrak,
          rr: x.real,
          rp: fx(`ROUND(${c.a("rr")}/${c.a("pagu")}*100,2)`),
          fis: x.fisik,
          ket: x.fisik === 100 ? "PHO 28 Agustus 2025" : "dalam pelaksanaan",
        }),
      }),
    );
  }
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "lok"],
    cells: (c) => {
      const add = (k: string) => groups.map(([, g]) => c.a(k, g)).join("+");
      return {
        no: "JUMLAH TOTAL",
        pagu: fx(add("pagu")),
        kon: fx(add("kon")),
        rr: fx(add("rr")),
        rp: fx(`ROUND(${c.a("rr")}/${c.a("pagu")}*100,2)`),
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan: persentase realisasi keuangan dihitung terhadap pagu DAK; sisa tender tidak dapat digunakan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Rayak Hulu, 6 Oktober 2025",
    jabatan: ["Kepala Dinas PUPR", "Kabupaten Kapuas Rayak"],
    nama: "SEBASTIANUS ANYOK, S.T., M.T.",
    pangkat: "Pembina Tk. I",
    nip: "19760208 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rr", PLANT_STALE) },
    rules: ["sum-mismatch"],
    note: "Bidang Irigasi realisasi =SUM over its two kegiatan caches a stale 1,864,620,000 (from an earlier SP2D of D.I. Tanjung Sembilang); 1,252,140,000 + 849,225,000 give 2,101,365,000",
    truth: `${a("rr", "i1")}+${a("rr", "i2")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rr", "j3") },
        { sheet: S, cell: a("rp", "j3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Jembatan Gantung Sungai Pelaik realised 1,548,000,000 against a pagu of 1,485,000,000 and a kontrak of 1,462,350,000 (104.24 % of pagu)",
    truth: a("pagu", "j3"),
    actual: a("rr", "j3"),
  });
  for (const [, g, , items] of groups) {
    for (const k of ["pagu", "kon"])
      b.ok({
        sheet: S,
        cell: a(k, g),
        rules: ["sum-mismatch"],
        truth: items.map((x) => a(k, x.id)).join("+"),
      });
    if (g === "gm") b.ok({ sheet: S, cell: a("rr", g), rules: ["sum-mismatch"], truth: a("rr", "m1") });
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: groups.map(([, g]) => a("pagu", g)).join("+"),
    trap: `SUM(${a("pagu", "gj")}:${a("pagu", "m1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kon", "tot"),
    rules: ["sum-mismatch"],
    truth: groups.map(([, g]) => a("kon", g)).join("+"),
    trap: `SUM(${a("kon", "gj")}:${a("kon", "m1")})`,
  });
  for (const id of ["j1", "j2", "i1", "i2", "m1"])
    b.ok({
      sheet: S,
      cell: a("rp", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("rr", id)}/${a("pagu", id)}*100,2)`,
      trap: `ROUND(${a("rr", id)}/${a("kon", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp", "gj"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("rr", "gj")}/${a("pagu", "gj")}*100,2)`,
    trap: `${a("rp", "j1")}+${a("rp", "j2")}+${a("rp", "j3")}`,
  });
  b.ok({ sheet: S, cell: a("fis", "j2"), rules: ["percent-out-of-range"], truth: "100" });
  return b.finish();
}

type DkIn = { id: string; keg: string; vol: number; sat: string; ang: number; t1: number; t2: number };

/** Laporan Realisasi Dana Kelurahan 2025 of Kelurahan Pasar Senamat (Kabupaten Batang Tabir). */
export function danaKelurahan(): BookW {
  const b = new BookW(
    "danakelurahan-tahap-pasarsenamat.xlsx",
    "Laporan realisasi Dana Kelurahan (Kelurahan)",
    "Dana Kelurahan 2025: tahap I / II, jumlah, sisa and % per kegiatan and per bidang",
  );
  const S = "Realisasi DK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG TABIR", "KECAMATAN SENAMAT ULU", "KELURAHAN PASAR SENAMAT"]);
  s.lines(["LAPORAN REALISASI PENGGUNAAN DANA KELURAHAN", "TAHUN ANGGARAN 2025"]);
  s.gap();
  const A: DkIn[] = [
    {
      id: "a1",
      keg: "Rehabilitasi saluran drainase lingkungan RT 03 dan RT 04",
      vol: 420,
      sat: "m",
      ang: 186_500_000,
      t1: 111_900_000,
      t2: 72_845_000,
    },
    {
      id: "a2",
      keg: "Pembangunan jalan rabat beton Gang Mawar",
      vol: 265,
      sat: "m",
      ang: 214_750_000,
      t1: 128_850_000,
      t2: 85_475_000,
    },
    {
      id: "a3",
      keg: "Pembangunan MCK umum tepian Sungai Senamat",
      vol: 2,
      sat: "unit",
      ang: 98_400_000,
      t1: 59_040_000,
      t2: 31_260_000,
    },
  ];
  const B: DkIn[] = [
    {
      id: "b1",
      keg: "Pelatihan pengolahan hasil perikanan bagi UMKM",
      vol: 30,
      sat: "orang",
      ang: 45_600_000,
      t1: 27_360_000,
      t2: 18_015_000,
    },
    {
      id: "b2",
      keg: "Pemberian makanan tambahan (PMT) balita di Posyandu",
      vol: 4,
      sat: "posyandu",
      ang: 38_250_000,
      t1: 19_125_000,
      t2: 15_980_000,
    },
    {
      id: "b3",
      keg: "Peningkatan kapasitas kader PKK dan LPM",
      vol: 25,
      sat: "orang",
      ang: 26_500_000,
      t1: 15_900_000,
      t2: 9_450_000,
    },
  ];
  const PLANT_JML = "b2";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "keg", head: ["Bidang / Kegiatan"], num: "2", width: 46 },
    { key: "vol", head: ["Volume"], num: "3", fmt: "#,##0" },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    { key: "ang", head: ["Anggaran\n(Rp)"], role: "anggaran", year: 2025, num: "5", fmt: RP, width: 16 },
    {
      key: "t1",
      head: ["Realisasi (Rp)", "Tahap I"],
      role: "realisasi-anggaran",
      num: "6",
      fmt: RP,
      width: 15,
    },
    {
      key: "t2",
      head: ["Realisasi (Rp)", "Tahap II"],
      role: "realisasi-anggaran",
      num: "7",
      fmt: RP,
      width: 15,
    },
    {
      key: "jml",
      head: ["Realisasi (Rp)", "Jumlah"],
      role: "realisasi-anggaran",
      year: 2025,
      num: "8 = 6 + 7",
      fmt: RP,
      width: 16,
    },
    { key: "sisa", head: ["Sisa\nAnggaran\n(Rp)"], num: "9 = 5 - 8", fmt: RP, width: 15 },
    { key: "pct", head: ["%\nRealisasi"], role: "capaian", year: 2025, num: "10 = 8 : 5 x 100", fmt: DEC },
  ];
  const body: Row[] = [];
  const groups: Array<[string, string, string, DkIn[]]> = [
    ["A", "ga", "PEMBANGUNAN SARANA DAN PRASARANA KELURAHAN", A],
    ["B", "gb", "PEMBERDAYAAN MASYARAKAT DI KELURAHAN", B],
  ];
  for (const [no, gid, name, items] of groups) {
    body.push({
      id: gid,
      bold: true,
      cells: (c) => {
        const sumOf = (k: string) => `SUM(${c.a(k, items[0].id)}:${c.a(k, items[items.length - 1].id)})`;
        return {
          no,
          keg: name,
          ang: fx(sumOf("ang")),
          t1: fx(sumOf("t1")),
          t2: fx(sumOf("t2")),
          jml: fx(sumOf("jml")),
          sisa: fx(`${c.a("ang")}-${c.a("jml")}`),
          // planted in group A: the plain average of the kegiatan percentages
          pct:
            gid === "ga"
              ? fx(`ROUND(AVERAGE(${c.a("pct", items[0].id)}:${c.a("pct", items[items.length - 1].id)}),2)`)
              : fx(`ROUND(${c.a("jml")}/${c.a("ang")}*100,2)`),
        };
      },
    });
    items.forEach((x, i) =>
      body.push({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          keg: x.keg,
          vol: x.vol,
          sat: x.sat,
          ang: x.ang,
          t1: x.t1,
          t2: x.t2,
          jml: x.id === PLANT_JML ? fx(c.a("t1")) : fx(`${c.a("t1")}+${c.a("t2")}`),
          sisa: fx(`${c.a("ang")}-${c.a("jml")}`),
          pct: fx(`ROUND(${c.a("jml")}/${c.a("ang")}*100,2)`),
        }),
      }),
    );
  }
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "sat"],
    cells: (c) => {
      const add = (k: string) => `${c.a(k, "ga")}+${c.a(k, "gb")}`;
      return {
        no: "JUMLAH",
        ang: fx(add("ang")),
        t1: fx(add("t1")),
        t2: fx(add("t2")),
        jml: fx(add("jml")),
        sisa: fx(`${c.a("ang")}-${c.a("jml")}`),
        pct: fx(`ROUND(${c.a("jml")}/${c.a("ang")}*100,2)`),
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines(["Sisa anggaran Tahap II kegiatan fisik merupakan sisa lelang dan disetor kembali ke Kas Daerah."]);
  s.gap();
  signature(s, 8, {
    tempat: "Pasar Senamat, 19 Desember 2025",
    jabatan: ["LURAH PASAR SENAMAT,"],
    nama: "M. FAUZAN ARIFIN, S.Sos.",
    pangkat: "Penata Tk. I (III/d)",
    nip: "19850911 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", PLANT_JML) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah realisasi of PMT balita is =F (Tahap I only, 19,125,000) where every other row adds both tahap; 19,125,000 + 15,980,000 give 35,105,000",
    truth: `${a("t1", PLANT_JML)}+${a("t2", PLANT_JML)}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "ga") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "inconsistent-formula"],
    note: "% realisasi of bidang A is the plain average of its kegiatan percentages (96.88); the bidang's jumlah 489,370,000 of 499,650,000 gives 97.94",
    truth: `ROUND(${a("jml", "ga")}/${a("ang", "ga")}*100,2)`,
  });
  for (const x of [...A, ...B]) {
    if (x.id === PLANT_JML) continue;
    b.ok({
      sheet: S,
      cell: a("jml", x.id),
      rules: ["sum-mismatch", "inconsistent-formula"],
      truth: `${a("t1", x.id)}+${a("t2", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", x.id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("jml", x.id)}/${a("ang", x.id)}*100,2)`,
    });
  }
  for (const k of ["ang", "t1"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "ga")}+${a(k, "gb")}`,
      trap: `SUM(${a(k, "ga")}:${a(k, "b3")})`,
    });
  b.ok({
    sheet: S,
    cell: a("ang", "gb"),
    rules: ["sum-mismatch"],
    truth: `${a("ang", "b1")}+${a("ang", "b2")}+${a("ang", "b3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "ga"),
    rules: ["sum-mismatch"],
    truth: `${a("jml", "a1")}+${a("jml", "a2")}+${a("jml", "a3")}`,
  });
  return b.finish();
}
