// The IKU matrix of the Dinas Koperasi dan UKM of Provinsi Sulawesi Tenggara (Renstra 2022-2026,
// with SAKIP grades and a count that adds its years) and a sector recap of cooperatives per
// kabupaten/kota of the province (jumlah, aktif, tidak aktif, sehat, anggota) with a TOTAL row.
// Every number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ======================================================= IKU matrix, Dinas Koperasi dan UKM Sultra

type Iku = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  src: string;
  awal: number | string;
  tg: Array<number | string>;
  flow?: boolean;
  f: string;
};

export function ikuSultra(): BookW {
  const b = new BookW(
    "matriks-iku-diskop-ukm-sultra-2022-2026.xlsx",
    "IKU matrix (Dinas Koperasi dan UKM)",
    "Matriks IKU of the Dinas Koperasi dan UKM Provinsi Sulawesi Tenggara 2022-2026: No | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Sumber Data | Kondisi Awal 2021 | 'Target Kinerja' > 2022 .. 2026 | Kondisi Akhir 2026 | Penanggung Jawab; number row (1)..(12); SAKIP grades with scores, a count of UMKM naik kelas that adds its years",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGGARA", "DINAS KOPERASI DAN USAHA KECIL MENENGAH"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS KOPERASI DAN UKM",
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) TAHUN 2022-2026",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "k1",
      ind: "Nilai SAKIP Dinas Koperasi dan UKM",
      def: "Hasil evaluasi AKIP oleh Inspektorat Daerah (skala 0-100, predikat PermenPANRB 88/2021)",
      sat: "nilai (predikat)",
      src: "LHE AKIP Inspektorat",
      awal: "B (64,20)",
      tg: ["B (66,00)", "B (68,50)", "BB (70,50)", "BB (69,80)", "BB (74,00)"],
      f: "@",
    },
    {
      id: "k2",
      ind: "Persentase koperasi aktif",
      def: "Jumlah koperasi aktif / jumlah koperasi terdaftar x 100%",
      sat: "%",
      src: "ODS Koperasi",
      awal: 60.4,
      tg: [62, 64, 66, 6.8, 70],
      f: DEC,
    },
    {
      id: "k3",
      ind: "Persentase koperasi sehat",
      def: "Jumlah koperasi berpredikat sehat / jumlah koperasi aktif yang dinilai x 100%",
      sat: "%",
      src: "Laporan penilaian kesehatan KSP/USP",
      awal: 22.6,
      tg: [25, 30, 35, 40, 45],
      f: DEC,
    },
    {
      id: "k4",
      ind: "Jumlah UMKM naik kelas",
      def: "Jumlah usaha mikro yang menjadi usaha kecil dan usaha kecil yang menjadi usaha menengah dalam satu tahun",
      sat: "unit usaha",
      src: "Data binaan PLUT-KUMKM",
      awal: 310,
      tg: [350, 400, 450, 500, 550],
      flow: true,
      f: INT,
    },
    {
      id: "k5",
      ind: "Rasio kredit bermasalah (NPL) KUR pada UMKM binaan",
      def: "Outstanding KUR kolektibilitas 3-5 / total outstanding KUR UMKM binaan x 100% (semakin kecil semakin baik)",
      sat: "%",
      src: "SIKP Kementerian Keuangan",
      awal: 4.3,
      tg: [4.1, 3.85, 3.5, 3.2, 2.5],
      f: DEC,
    },
  ];
  const Y = [2022, 2023, 2024, 2025, 2026];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 32 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "definisi", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(5)", width: 18 },
    { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, num: "(6)", width: 11 },
    ...Y.map((y, i): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      num: `(${7 + i})`,
      width: 11,
    })),
    { key: "ak", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, num: "(12)", width: 11 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        src: x.src,
        awal: typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
        ...Object.fromEntries(
          Y.map((y, k) => [`y${y}`, typeof x.tg[k] === "number" ? fmt(x.tg[k], x.f) : x.tg[k]]),
        ),
        ak: x.flow ? fx(`SUM(${c.a("y2022")}:${c.a("y2026")})`) : x.id === "k1" ? x.tg[4] : fx(c.a("y2026")),
        pj: i === 0 ? "Sekretariat" : i < 3 ? "Bidang Kelembagaan Koperasi" : "Bidang UMKM",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: IKU nomor 5 semakin kecil semakin baik. Kondisi akhir IKU nomor 4 adalah akumulasi 2022-2026.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Kendari, 5 Januari 2022",
    jabatan: ["KEPALA DINAS,"],
    nama: "Dr. LA ODE MUH. SYAHRIR, S.E., M.Si.",
    nip: "19720814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2025", "k1") },
    rules: ["sakip-grade-mismatch"],
    note: "2025 target 'BB (69,80)': a score of 69.80 is B (> 60 - 70); BB needs more than 70 (and it falls below the 2024 target 70.50)",
    truth: `SAKIP(SCORE(${a("y2025", "k1")}))`,
    actual: `GRADE(${a("y2025", "k1")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2025", "k2") },
    rules: ["target-outlier"],
    note: "2025 target of the koperasi aktif is 6.80 in the series 62, 64, 66, 6.80, 70 (the decimal slipped); 68.00 meant",
    truth: `(${a("y2024", "k2")}+${a("y2026", "k2")})/2`,
  });
  for (const y of [2022, 2023, 2024, 2026])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "k1"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "k1")}))`,
      actual: `GRADE(${a(`y${y}`, "k1")})`,
    });
  b.ok({
    sheet: S,
    cell: a("awal", "k1"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("awal", "k1")}))`,
    actual: `GRADE(${a("awal", "k1")})`,
  });
  const all = (id: string) => Y.map((y) => a(`y${y}`, id)).join("+");
  b.ok({
    sheet: S,
    cell: a("ak", "k4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("k4"),
    trap: a("y2026", "k4"),
  });
  for (const id of ["k2", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2026", id),
      trap: all(id),
    });
  for (const y of [2023, 2024, 2025, 2026])
    b.ok({ sheet: S, cell: a(`y${y}`, "k5"), rules: ["target-trend"], truth: String(rows[4].tg[y - 2022]) });
  return b.finish();
}

// ============================================ Rekap koperasi per kabupaten/kota, Sulawesi Tenggara

type Kab = { id: string; nm: string; jml: number; aktif: number; sehat: number; anggota: number };

export function rekapKoperasiSultra(): BookW {
  const b = new BookW(
    "rekap-koperasi-aktif-sehat-kabkota-sultra-2024.xlsx",
    "sector recap of cooperatives per kabupaten/kota",
    "Rekapitulasi koperasi per kabupaten/kota Provinsi Sulawesi Tenggara, keadaan 31 Desember 2024: No | Kabupaten/Kota | Jumlah Koperasi | 'Koperasi Aktif' > Unit | % | Koperasi Tidak Aktif | 'Koperasi Sehat' > Unit | % thd Aktif | Jumlah Anggota (orang); number row (1) (2) (3) (4) '(5) = (4)/(3) x 100' '(6) = (3) - (4)' (7) '(8) = (7)/(4) x 100' (9); SUM formulas in the TOTAL, typed Tidak Aktif",
  );
  const S = "Rekap Kab-Kota";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KOPERASI DAN USAHA KECIL MENENGAH PROVINSI SULAWESI TENGGARA"]);
  s.lines(["REKAPITULASI DATA KOPERASI MENURUT KABUPATEN/KOTA", "Keadaan s.d. 31 Desember 2024"]);
  s.gap();
  const kabs: Kab[] = [
    { id: "c1", nm: "Kota Kendari", jml: 612, aktif: 418, sehat: 131, anggota: 48_215 },
    { id: "c2", nm: "Kota Baubau", jml: 287, aktif: 176, sehat: 52, anggota: 19_430 },
    { id: "c3", nm: "Kabupaten Konawe", jml: 341, aktif: 212, sehat: 47, anggota: 21_908 },
    { id: "c4", nm: "Kabupaten Kolaka", jml: 298, aktif: 195, sehat: 58, anggota: 23_612 },
    { id: "c5", nm: "Kabupaten Muna", jml: 265, aktif: 149, sehat: 31, anggota: 14_287 },
    { id: "c6", nm: "Kabupaten Buton", jml: 174, aktif: 97, sehat: 18, anggota: 8_954 },
    { id: "c7", nm: "Kabupaten Konawe Selatan", jml: 322, aktif: 204, sehat: 44, anggota: 20_163 },
    { id: "c8", nm: "Kabupaten Wakatobi", jml: 84, aktif: 48, sehat: 9, anggota: 3_872 },
    { id: "c9", nm: "Kabupaten Kolaka Utara", jml: 156, aktif: 93, sehat: 21, anggota: 9_316 },
    { id: "c10", nm: "Kabupaten Bombana", jml: 138, aktif: 81, sehat: 16, anggota: 7_245 },
  ];
  // planted: Wakatobi's aktif typed 148 (48 meant: 84 registered, 36 tidak aktif)
  const aktifShown = (k: Kab) => (k.id === "c8" ? 148 : k.aktif);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", num: "(2)", width: 26 },
    { key: "jml", head: ["Jumlah Koperasi (unit)"], num: "(3)", fmt: INT, width: 11 },
    { key: "ak", head: ["Koperasi Aktif", "Unit"], num: "(4)", fmt: INT, width: 10 },
    {
      key: "pak",
      head: ["Koperasi Aktif", "%"],
      role: "capaian",
      num: "(5) = (4)/(3) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ta", head: ["Koperasi Tidak Aktif (unit)"], num: "(6) = (3) - (4)", fmt: INT, width: 11 },
    { key: "sh", head: ["Koperasi Sehat", "Unit"], num: "(7)", fmt: INT, width: 10 },
    {
      key: "psh",
      head: ["Koperasi Sehat", "% thd Aktif"],
      role: "capaian",
      num: "(8) = (7)/(4) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ang", head: ["Jumlah Anggota (orang)"], num: "(9)", fmt: INT, width: 13 },
  ];
  const sums = ["jml", "ak", "ta", "sh", "ang"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kabs.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          jml: k.jml,
          ak: aktifShown(k),
          pak: fx(`ROUND(${c.a("ak")}/${c.a("jml")}*100,2)`),
          ta: k.jml - k.aktif,
          sh: k.sehat,
          psh: fx(`ROUND(${c.a("sh")}/${c.a("ak")}*100,2)`),
          ang: k.anggota,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string | number> = { no: "TOTAL" };
          for (const k of sums) out[k] = fx(`SUM(${c.a(k, "c1")}:${c.a(k, "c10")})`);
          // planted: the TOTAL anggota is a typed 177,502 among SUM formulas (the ten give 177,002)
          out.ang = 177_502;
          out.pak = fx(`ROUND(${c.a("ak")}/${c.a("jml")}*100,2)`);
          out.psh = fx(`ROUND(${c.a("sh")}/${c.a("ak")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Online Data System (ODS) Koperasi dan laporan Dinas yang membidangi koperasi kabupaten/kota.",
    "*) Koperasi aktif = koperasi yang melaksanakan RAT dalam 3 (tiga) tahun terakhir.",
  ]);
  const anggota = kabs.reduce((n, k) => n + k.anggota, 0);
  if (anggota !== 177_002) throw new Error(`rekap anggota ${anggota}`);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pak", "c8") },
        { sheet: S, cell: a("ak", "c8") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Wakatobi: 148 koperasi aktif out of 84 registered (176.19 %); with its 36 tidak aktif the aktif are 84 - 36 = 48, 57.14 %",
    truth: `ROUND((${a("jml", "c8")}-${a("ta", "c8")})/${a("jml", "c8")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ang", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TOTAL Jumlah Anggota is a typed 177,502 among SUM formulas; the ten kabupaten/kota add up to 177,002",
    truth: `SUM(${a("ang", "c1")}:${a("ang", "c10")})`,
  });
  for (const k of kabs) {
    if (k.id === "c8") continue;
    b.ok({
      sheet: S,
      cell: a("pak", k.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("ak", k.id)}/${a("jml", k.id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("psh", k.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("sh", k.id)}/${a("ak", k.id)}*100,2)`,
      // the koperasi sehat are counted against the aktif, not against all registered
      trap: `ROUND(${a("sh", k.id)}/${a("jml", k.id)}*100,2)`,
    });
  }
  for (const k of ["jml", "sh", "ta"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kabs.map((x) => a(k, x.id)).join("+"),
    });
  // the TOTAL % sehat is the ratio of the totals, not the average of the kabupaten percentages
  // (it follows the Wakatobi mistake through the TOTAL aktif, so it is not listed)
  return b.finish();
}
