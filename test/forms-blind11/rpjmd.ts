// The RPJMD tables of the thirteenth unseen set: the "Penetapan Indikator Kinerja Daerah" of a
// Bapperida (sections by aspek with roman numerals, fokus A/B/C under them, indicators numbered
// through), with the RPJMD's Tabel 5.2 of tujuan and sasaran on a sheet before it that repeats some
// of the same indicators and targets. Units mixed: %, Rp juta, indeks, tahun, Nilai, Opini (WTP),
// Predikat. Every name and number is invented.
import { BookW, DEC, fmt, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const YR = [2025, 2026, 2027, 2028, 2029];

type IkIn = {
  id: string;
  ind: string;
  sat: string;
  awal: number | string;
  t: Array<number | string>;
  neg?: boolean;
  f?: string;
  pd: string;
};

type Line = { sec: string; title: string } | IkIn;

/** Indikator Kinerja Daerah and Tujuan/Sasaran of the RPJMD Kabupaten Sindangkerta 2025-2029. */
export function ikdBapperida(): BookW {
  const b = new BookW(
    "rpjmd-ikd-bapperida-sindangkerta.xlsx",
    "RPJMD indikator kinerja daerah by aspek",
    "RPJMD 2025-2029 of a Kabupaten: sheet Tabel 5.2 No | Tujuan | Sasaran | Indikator Tujuan/Sasaran | Satuan | Kondisi Awal (2024) | Target > 2025..2029 | Kondisi Akhir (2029); sheet Tabel 9.1 No | Aspek/Fokus/Bidang Urusan/Indikator Kinerja Pembangunan Daerah | Satuan | Kondisi Kinerja pada Awal Periode RPJMD (2024) | Target Capaian Setiap Tahun > 2025..2029 | Kondisi Kinerja pada Akhir Periode RPJMD (2029) | Perangkat Daerah Penanggung Jawab; sections I/II/III and fokus A/B/C; Gini to three decimals, APK above 100, NTP, WTP, SAKIP letters",
  );
  const S1 = "Tabel 5.2";
  const S2 = "Tabel 9.1";
  const BAP = "Bapperida";
  const G3 = "0.000";
  const ik: Record<string, IkIn> = {
    lpe: {
      id: "lpe",
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      awal: 4.92,
      t: [5.1, 5.25, 5.4, 5.55, 5.7],
      f: DEC,
      pd: BAP,
    },
    pdrb: {
      id: "pdrb",
      ind: "PDRB per kapita atas dasar harga berlaku",
      sat: "Rp juta",
      awal: 42.86,
      t: [45.2, 47.8, 50.5, 53.3, 56.2],
      f: DEC,
      pd: BAP,
    },
    miskin: {
      id: "miskin",
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 10.84,
      t: [10.4, 9.95, 9.5, 9.05, 8.6],
      neg: true,
      f: DEC,
      pd: "Dinas Sosial; Bapperida",
    },
    gini: {
      id: "gini",
      ind: "Indeks Gini",
      sat: "indeks",
      awal: 0.352,
      t: [0.348, 0.344, 0.34, 0.336, 0.332],
      neg: true,
      f: G3,
      pd: BAP,
    },
    ipm: {
      id: "ipm",
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      awal: 71.25,
      t: [71.8, 72.35, 72.9, 73.45, 74],
      f: DEC,
      pd: BAP,
    },
    uhh: {
      id: "uhh",
      ind: "Umur Harapan Hidup (UHH) saat lahir",
      sat: "tahun",
      awal: 72.14,
      t: [72.3, 72.46, 72.62, 72.78, 72.94],
      f: DEC,
      pd: "Dinas Kesehatan",
    },
    apk: {
      id: "apk",
      ind: "Angka Partisipasi Kasar (APK) SD/MI",
      sat: "%",
      awal: 106.42,
      t: [106.5, 106.6, 106.7, 106.8, 106.9],
      f: DEC,
      pd: "Dinas Pendidikan dan Kebudayaan",
    },
    stunting: {
      id: "stunting",
      ind: "Prevalensi balita stunting",
      sat: "%",
      awal: 21.8,
      t: [19.5, 17.2, 15, 13.5, 12],
      neg: true,
      f: DEC,
      pd: "Dinas Kesehatan",
    },
    air: {
      id: "air",
      ind: "Persentase rumah tangga dengan akses air minum aman",
      sat: "Persen",
      awal: 18.6,
      t: [22, 26, 30, 34, 38],
      f: DEC,
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
    },
    tpt: {
      id: "tpt",
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      awal: 5.63,
      t: [5.4, 5.15, 4.9, 4.65, 4.4],
      neg: true,
      f: DEC,
      pd: "Dinas Tenaga Kerja dan Transmigrasi",
    },
    opini: {
      id: "opini",
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      sat: "Opini",
      awal: "WTP",
      t: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      pd: "Badan Keuangan dan Aset Daerah",
    },
    sakip: {
      id: "sakip",
      ind: "Nilai SAKIP Pemerintah Kabupaten Sindangkerta",
      sat: "Predikat",
      awal: "BB",
      t: ["BB", "BB", "A", "A", "A"],
      pd: "Bagian Organisasi Setda; Inspektorat",
    },
    idsd: {
      id: "idsd",
      ind: "Indeks Daya Saing Daerah (IDSD)",
      sat: "indeks",
      awal: 3.12,
      t: [3.2, 3.28, 3.36, 3.44, 3.52],
      f: DEC,
      pd: BAP,
    },
    ntp: {
      id: "ntp",
      ind: "Nilai Tukar Petani (NTP)",
      sat: "Nilai",
      awal: 104.35,
      t: [105, 105.5, 106, 106.5, 107],
      f: DEC,
      pd: "Dinas Pertanian dan Ketahanan Pangan",
    },
  };
  // planted 1: the TPT target 2027 typed 490 (4,90 with its comma lost)
  const PLANT_P = { id: "tpt", i: 2, val: 490 };
  // planted 2: Tabel 5.2 gives the penduduk miskin target 2027 as 9.95, the 2026 target of Tabel 9.1 (9.50)
  const PLANT_X = { id: "miskin", i: 2 };
  const v = (x: IkIn, val: number | string): Cell => (typeof val === "number" && x.f ? fmt(val, x.f) : val);
  const yearCols = (group: string, label: (y: number) => string): Col[] =>
    YR.map((y, i): Col => ({ key: `y${i}`, head: [group, label(y)], role: "target", year: y, width: 10 }));

  // ----- Tabel 5.2 Tujuan dan Sasaran RPJMD
  const s = b.sheet(S1);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SINDANGKERTA",
    "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
  ]);
  s.lines([
    "Tabel 5.2",
    "Tujuan, Sasaran dan Indikator Kinerja RPJMD Kabupaten Sindangkerta Tahun 2025-2029",
  ]);
  s.gap();
  const TJ1 = "Meningkatnya pertumbuhan ekonomi yang inklusif";
  const TJ2 = "Meningkatnya kualitas sumber daya manusia";
  const TJ3 = "Meningkatnya daya saing daerah";
  const TJ4 = "Terwujudnya tata kelola pemerintahan yang baik";
  const ts: Array<{ no: string; tuj: string; sas?: string; x: IkIn }> = [
    { no: "1", tuj: TJ1, x: ik.lpe },
    { no: "1.1", tuj: TJ1, sas: "Menurunnya kemiskinan dan ketimpangan pendapatan", x: ik.miskin },
    { no: "", tuj: TJ1, sas: "Menurunnya kemiskinan dan ketimpangan pendapatan", x: ik.gini },
    { no: "2", tuj: TJ2, x: ik.ipm },
    { no: "2.1", tuj: TJ2, sas: "Meningkatnya derajat kesehatan masyarakat", x: ik.uhh },
    { no: "", tuj: TJ2, sas: "Meningkatnya derajat kesehatan masyarakat", x: ik.stunting },
    { no: "3", tuj: TJ3, x: ik.idsd },
    { no: "3.1", tuj: TJ3, sas: "Meningkatnya kesejahteraan petani", x: ik.ntp },
    { no: "4.1", tuj: TJ4, sas: "Meningkatnya akuntabilitas keuangan dan kinerja", x: ik.opini },
    { no: "", tuj: TJ4, sas: "Meningkatnya akuntabilitas keuangan dan kinerja", x: ik.sakip },
  ];
  const wrong52 = ik.miskin.t[PLANT_X.i - 1];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 26 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Tujuan/Sasaran"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", width: 11 },
      ...yearCols("Target", (y) => String(y)),
      { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 11 },
    ],
    headerRows: 2,
    vmerge: ["tuj", "sas"],
    rows: ts.map((r): Row => {
      const x = r.x;
      const cells: Record<string, Cell> = {
        no: r.no || null,
        tuj: r.tuj,
        sas: r.sas,
        ind: x.ind,
        sat: x.sat,
        awal: v(x, x.awal),
        akhir: v(x, x.t[4]),
      };
      x.t.forEach(
        (val, i) => (cells[`y${i}`] = v(x, x.id === PLANT_X.id && i === PLANT_X.i ? wrong52 : val)),
      );
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir RPJMD Kabupaten Sindangkerta 2025-2029, Bab V."]);

  // ----- Tabel 9.1 Indikator Kinerja Daerah
  const r = b.sheet(S2);
  r.lines([
    "Tabel 9.1",
    "Penetapan Indikator Kinerja Daerah terhadap Capaian Kinerja Penyelenggaraan Urusan Pemerintahan Daerah",
    "RPJMD Kabupaten Sindangkerta Tahun 2025-2029",
  ]);
  r.gap();
  const lines: Line[] = [
    { sec: "I", title: "ASPEK KESEJAHTERAAN MASYARAKAT" },
    { sec: "A", title: "Fokus Kesejahteraan dan Pemerataan Ekonomi" },
    ik.lpe,
    ik.pdrb,
    ik.miskin,
    ik.gini,
    { sec: "B", title: "Fokus Kesejahteraan Sosial" },
    ik.ipm,
    ik.uhh,
    ik.apk,
    ik.stunting,
    { sec: "II", title: "ASPEK PELAYANAN UMUM" },
    { sec: "A", title: "Fokus Layanan Urusan Pemerintahan Wajib Pelayanan Dasar" },
    ik.air,
    { sec: "B", title: "Fokus Layanan Urusan Pemerintahan Wajib Non Pelayanan Dasar" },
    ik.tpt,
    { sec: "C", title: "Fokus Layanan Urusan Fungsi Penunjang Pemerintahan" },
    ik.opini,
    ik.sakip,
    { sec: "III", title: "ASPEK DAYA SAING DAERAH" },
    ik.idsd,
    ik.ntp,
  ];
  let no = 0;
  let secN = 0;
  const t2 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      {
        key: "ind",
        head: ["Aspek/Fokus/Bidang Urusan/Indikator Kinerja Pembangunan Daerah"],
        role: "indikator",
        num: 2,
        width: 46,
      },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD (2024)"],
        role: "kondisi-awal",
        num: 4,
        width: 12,
      },
      ...yearCols("Target Capaian Setiap Tahun", (y) => String(y)).map((c, i) => ({ ...c, num: 5 + i })),
      {
        key: "akhir",
        head: ["Kondisi Kinerja pada Akhir Periode RPJMD (2029)"],
        role: "kondisi-akhir",
        num: 10,
        width: 12,
      },
      {
        key: "pd",
        head: ["Perangkat Daerah Penanggung Jawab"],
        role: "penanggung-jawab",
        num: 11,
        width: 26,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: lines.map((l): Row => {
      if ("sec" in l) return { id: `sec${++secN}`, bold: true, cells: { no: l.sec, ind: l.title } };
      const cells: Record<string, Cell> = {
        no: ++no,
        ind: l.ind,
        sat: l.sat,
        awal: v(l, l.awal),
        akhir: v(l, l.t[4]),
        pd: l.pd,
      };
      l.t.forEach(
        (val, i) => (cells[`y${i}`] = v(l, l.id === PLANT_P.id && i === PLANT_P.i ? PLANT_P.val : val)),
      );
      return { id: l.id, cells };
    }),
  });
  r.gap();
  r.lines([
    "Catatan: indikator persentase penduduk miskin, Indeks Gini, prevalensi stunting dan TPT semakin kecil semakin baik.",
    "APK dapat melebihi 100 % karena memperhitungkan murid di luar kelompok usia sekolah.",
  ]);
  r.gap();
  signature(r, 9, {
    tempat: "Sindangkerta, 15 Mei 2025",
    jabatan: ["KEPALA BADAN PERENCANAAN PEMBANGUNAN,", "RISET DAN INOVASI DAERAH,"],
    nama: "Dr. AGUS SALIM NUGRAHA, S.T., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19740302 200012 1 003",
  });

  const A1 = (k: string, id: string) => t1.a(k, id);
  const A2 = (k: string, id: string) => t2.a(k, id);
  const Q = (k: string, id: string) => `'${S2}'!${A2(k, id)}`;
  b.plant({
    at: { sheet: S2, cell: A2(`y${PLANT_P.i}`, PLANT_P.id) },
    rules: ["percent-out-of-range", "number-scale", "target-outlier"],
    note: "TPT target 2027 is 490 % between 5.15 and 4.65: 4,90 with its comma lost",
    truth: `(${A2("y1", PLANT_P.id)}+${A2("y3", PLANT_P.id)})/2`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S1, cell: A1(`y${PLANT_X.i}`, PLANT_X.id) },
        { sheet: S2, cell: A2(`y${PLANT_X.i}`, PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the 2027 target of the persentase penduduk miskin is 9.95 in Tabel 5.2 (its 2026 target) and 9.50 in Tabel 9.1",
    truth: Q(`y${PLANT_X.i}`, PLANT_X.id),
  });
  // the indicators of Tabel 5.2 carry the targets of Tabel 9.1, year by year
  for (const { x } of ts) {
    if (typeof x.awal !== "number") continue;
    YR.forEach((_, i) => {
      if (x.id === PLANT_X.id && i === PLANT_X.i) return;
      const gini = x.id === "gini";
      b.ok({
        sheet: S1,
        cell: A1(`y${i}`, x.id),
        rules: ["cross-table-mismatch"],
        truth: Q(`y${i}`, x.id),
        trap: i > 0 && !gini ? Q(`y${i - 1}`, x.id) : undefined,
        tol: gini ? 0.0005 : undefined,
      });
    });
    const ys = YR.map((_, i) => A1(`y${i}`, x.id));
    b.ok({
      sheet: S1,
      cell: A1("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[4],
      trap: ys.join("+"),
    });
  }
  for (const l of lines) {
    if ("sec" in l || typeof l.awal !== "number") continue;
    const ys = YR.map((_, i) => A2(`y${i}`, l.id));
    // a level ends at its 2029 target, not at the five targets added up
    b.ok({
      sheet: S2,
      cell: A2("akhir", l.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[4],
      trap: ys.join("+"),
    });
    // lower is better: the falling targets are the right way
    if (l.neg)
      ys.forEach((c, i) => {
        if (l.id === PLANT_P.id && i >= 1 && i <= 3) return;
        b.ok({ sheet: S2, cell: c, rules: ["target-trend"], truth: c });
      });
  }
  // an APK above 100 and an NTP index above 100 are no percentage out of range
  for (const id of ["apk", "ntp"])
    for (const k of ["awal", ...YR.map((_, i) => `y${i}`), "akhir"]) {
      const c = A2(k, id);
      b.ok({ sheet: S2, cell: c, rules: ["percent-out-of-range"], truth: c });
    }
  return b.finish();
}
