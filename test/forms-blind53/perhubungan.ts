// The Dinas Perhubungan of the invented Kabupaten Sebakung (Kalimantan Utara): the E.81 evaluation of
// its Renja 2024 at triwulan III (realisasi per triwulan I..III and s.d. triwulan III, K and Rp).
// Every name and number is invented.
import {
  BookW,
  DEC,
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
  qk: Array<number | null>;
  qrp?: number[];
  level?: boolean;
  kids?: string[];
};

/** Evaluasi Renja 2024 s.d. Triwulan III (E.81), Dinas Perhubungan Kabupaten Sebakung. */
export function e81DishubSebakungTw3(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-triwulan-iii-2024-dinas-perhubungan-kab-sebakung.xlsx",
    "E.81 evaluasi hasil Renja (triwulan III)",
    "Kode | Uraian Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Target Kinerja dan Anggaran Renja 2024' > K / Rp | 'Realisasi Kinerja dan Anggaran' > Triwulan I..III > K / Rp | 'Realisasi s.d. Triwulan III' > K / Rp | 'Capaian s.d. TW III (%)' > K / Rp | Penanggung Jawab; no No column; programme percentage a level (= TW III)",
  );
  const S = "E81 TW III";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEBAKUNG", "DINAS PERHUBUNGAN"]);
  s.lines(
    [
      "EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH TAHUN ANGGARAN 2024",
      "Posisi: s.d. Triwulan III (30 September 2024)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const es: E[] = [
    {
      id: "p1",
      kind: "p",
      kode: "2.15.02",
      ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      tk: 85,
      qk: [82.4, 84.1, 86.3],
      level: true,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kind: "k",
      kode: "2.15.02.2.02",
      ur: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah ruas jalan yang dilengkapi perlengkapan jalan",
      sat: "ruas",
      tk: 14,
      qk: [0, 4, 5],
      kids: ["s11", "s12"],
    },
    {
      id: "s11",
      kind: "s",
      kode: "2.15.02.2.02.0001",
      ur: "Pengadaan dan Pemasangan Rambu Lalu Lintas",
      ind: "Jumlah rambu lalu lintas yang terpasang",
      sat: "unit",
      tk: 120,
      trp: 645_000_000,
      qk: [0, 35, 48],
      qrp: [4_250_000, 182_400_000, 241_750_000],
    },
    {
      id: "s12",
      kind: "s",
      kode: "2.15.02.2.02.0003",
      ur: "Pengadaan dan Pemasangan Marka Jalan",
      ind: "Panjang marka jalan yang terpasang",
      sat: "m",
      tk: 6_500,
      trp: 478_200_000,
      qk: [0, 2_100, 2_450],
      qrp: [3_180_000, 151_380_000, 176_925_000],
    },
    {
      id: "k2",
      kind: "k",
      kode: "2.15.02.2.05",
      ur: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor yang diuji berkala",
      sat: "kendaraan",
      tk: 4_800,
      qk: [1_126, 1_214, 1_247],
      kids: ["s21"],
    },
    {
      id: "s21",
      kind: "s",
      kode: "2.15.02.2.05.0001",
      ur: "Pelaksanaan Uji Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor yang diuji berkala",
      sat: "kendaraan",
      tk: 4_800,
      trp: 386_500_000,
      qk: [1_126, 1_214, 1_247],
      qrp: [71_840_000, 96_215_000, 102_660_000],
    },
  ];
  const byId = new Map(es.map((e) => [e.id, e]));
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III"];
  const HT = "Target Kinerja dan Anggaran Renja 2024";
  const HR = "Realisasi Kinerja dan Anggaran";
  const HS = "Realisasi s.d. Triwulan III";
  const HC = "Capaian s.d. TW III (%)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "tk", head: [HT, "K"], role: "target", year: 2024, width: 9 },
    { key: "trp", head: [HT, "Rp"], role: "anggaran", year: 2024, fmt: RP, width: 15 },
    ...TW.flatMap((q, i): Col[] => [
      { key: `q${i}k`, head: [HR, q, "K"], role: "realisasi", year: 2024, width: 8 },
      { key: `q${i}rp`, head: [HR, q, "Rp"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 14 },
    ]),
    { key: "sk", head: [HS, "K"], role: "realisasi", year: 2024, width: 9 },
    { key: "srp", head: [HS, "Rp"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    { key: "ck", head: [HC, "K"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "crp", head: [HC, "Rp"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const PJ: Record<string, string> = {
    p1: "Kepala Dinas",
    k1: "Bidang Lalu Lintas",
    s11: "Seksi Rekayasa dan Perlengkapan Jalan",
    s12: "Seksi Rekayasa dan Perlengkapan Jalan",
    k2: "Bidang Sarana dan Prasarana",
    s21: "UPTD Pengujian Kendaraan Bermotor",
  };
  const rows: Row[] = es.map((e): Row => ({
    id: e.id,
    bold: e.kind !== "s",
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        tk: e.tk,
        pj: PJ[e.id],
      };
      e.qk.forEach((v, i) => (c[`q${i}k`] = v));
      c.sk = e.level ? fx(x.a("q2k")) : fx(`SUM(${x.a("q0k")},${x.a("q1k")},${x.a("q2k")})`);
      if (e.kind === "s") {
        c.trp = e.trp;
        e.qrp!.forEach((v, i) => (c[`q${i}rp`] = v));
        // planted: the marka row adds only triwulan I and II
        c.srp =
          e.id === "s12"
            ? fx(`${x.a("q0rp")}+${x.a("q1rp")}`)
            : fx(`${x.a("q0rp")}+${x.a("q1rp")}+${x.a("q2rp")}`);
      } else {
        const kids = e.kids!;
        const add = (k: string) =>
          e.kind === "k"
            ? `SUM(${x.a(k, kids[0])}:${x.a(k, kids[kids.length - 1])})`
            : kids.map((id) => x.a(k, id)).join("+");
        c.trp = fx(add("trp"));
        TW.forEach((_, i) => (c[`q${i}rp`] = fx(add(`q${i}rp`))));
        c.srp = fx(add("srp"));
      }
      // planted: the programme's TW II Rp typed from the draft
      if (e.id === "p1") c.q1rp = 420_995_000;
      c.ck = fx(`ROUND(${x.a("sk")}/${x.a("tk")}*100,2)`);
      c.crp = fx(`ROUND(${x.a("srp")}/${x.a("trp")}*100,2)`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Catatan: capaian dihitung terhadap target satu tahun; indikator program berupa persentase adalah posisi akhir Triwulan III.",
    "Anggaran dalam rupiah penuh (SP2D s.d. 30 September 2024).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Sebakung, 14 Oktober 2024",
    jabatan: ["Kepala Dinas Perhubungan", "Kabupaten Sebakung"],
    nama: "ABDUL RAHIM TAHANG, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19780623 200501 1 010",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string, i: number) => byId.get(id)!.qrp![i];
  const n = (v: number) => v.toLocaleString("en");
  b.plant({
    at: { sheet: S, cell: a("srp", "s12") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `realisasi Rp s.d. TW III of marka jalan adds triwulan I and II only (${n(q("s12", 0) + q("s12", 1))}); with triwulan III (${n(q("s12", 2))}) it is ${n(q("s12", 0) + q("s12", 1) + q("s12", 2))}`,
    truth: `${a("q0rp", "s12")}+${a("q1rp", "s12")}+${a("q2rp", "s12")}`,
  });
  const tw2 = q("s11", 1) + q("s12", 1) + q("s21", 1);
  b.plant({
    at: { sheet: S, cell: a("q1rp", "p1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `programme 2.15.02 realisasi Rp triwulan II typed 420,995,000; its kegiatan give ${n(tw2)}`,
    truth: `${a("q1rp", "k1")}+${a("q1rp", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sk", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q2k", "p1"),
    trap: `SUM(${a("q0k", "p1")}:${a("q2k", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "p1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sk", "p1")}/${a("tk", "p1")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("crp", "s21"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("srp", "s21")}/${a("trp", "s21")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("sk", "s11"),
    rules: ["sum-mismatch"],
    truth: `${a("q0k", "s11")}+${a("q1k", "s11")}+${a("q2k", "s11")}`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "s11")}+${a("trp", "s12")}`,
  });
  return b.finish();
}
