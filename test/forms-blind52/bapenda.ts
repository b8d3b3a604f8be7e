// The revenue office of the invented Kota Kedungsari (Jawa Timur): the Bapenda's monthly report of
// pajak daerah per jenis pajak for 2024 (target APBD-P, twelve months of penerimaan, jumlah, % and
// selisih), and the Perjanjian Kinerja Perubahan 2024 of its kepala badan (target awal and target
// perubahan, anggaran awal and perubahan) beside a Renstra excerpt. Every name and number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];

type Jenis = { id: string; kode: string; ur: string; target: number; ratio: number; w: number[] };

/** Monthly amounts in full rupiah: target x ratio spread over the weights, odd tails as real receipts. */
function months(j: Jenis): number[] {
  const tot = sum(j.w);
  return j.w.map(
    (w, i) => Math.round((j.target * j.ratio * w) / tot) + ((i * 7919 + j.kode.length * 131) % 997),
  );
}

/** Laporan realisasi penerimaan pajak daerah per bulan 2024, Bapenda Kota Kedungsari. */
export function padBulananKedungsari(): BookW {
  const b = new BookW(
    "laporan-penerimaan-pajak-daerah-per-bulan-bapenda-kota-kedungsari-2024.xlsx",
    "realisasi PAD per jenis pajak per bulan (Bapenda kota)",
    "No | Kode Rek. | Uraian Jenis Pajak | Target APBD-P 2024 (Rp) | 'Penerimaan Bulan (Rp)' > Jan..Des | Jumlah Penerimaan s.d. Des (Rp) | % thd Target | Lebih / (Kurang) (Rp); parent row PAJAK DAERAH sums its seven jenis per month; PBB-P2 lumpy around its jatuh tempo; Reklame realised above target",
  );
  const S = "PAD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA KEDUNGSARI",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Raya Brawijaya No. 41 Kedungsari, Jawa Timur",
  ]);
  s.lines(["REKAPITULASI PENERIMAAN PAJAK DAERAH PER BULAN", "TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.gap();
  const flat = [8, 8, 8.5, 8, 8.2, 8.1, 8.4, 8.6, 8.3, 8.4, 8.5, 9];
  const jenis: Jenis[] = [
    {
      id: "rek",
      kode: "4.1.01.09",
      ur: "Pajak Reklame",
      target: 6_850_000_000,
      ratio: 1.0842,
      w: [6, 7, 9, 8, 8, 8, 9, 8, 8, 9, 10, 12],
    },
    { id: "pat", kode: "4.1.01.12", ur: "Pajak Air Tanah", target: 2_150_000_000, ratio: 0.9417, w: flat },
    {
      id: "pbb",
      kode: "4.1.01.15",
      ur: "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      target: 52_000_000_000,
      ratio: 0.9136,
      w: [2, 2, 3, 4, 6, 9, 14, 22, 18, 8, 6, 6],
    },
    {
      id: "bph",
      kode: "4.1.01.16",
      ur: "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
      target: 61_500_000_000,
      ratio: 0.8871,
      w: [7, 6, 8, 8, 9, 8, 9, 8, 8, 9, 9, 11],
    },
    {
      id: "mm",
      kode: "4.1.01.19",
      ur: "PBJT atas Makanan dan/atau Minuman",
      target: 48_750_000_000,
      ratio: 1.0213,
      w: [8, 7.5, 7, 9.5, 8, 8, 8.5, 8, 8, 8.5, 8.5, 10],
    },
    {
      id: "htl",
      kode: "4.1.01.20",
      ur: "PBJT atas Jasa Perhotelan",
      target: 21_300_000_000,
      ratio: 0.9684,
      w: [9, 7, 7, 9, 8, 9, 10, 8, 7, 8, 8, 11],
    },
    {
      id: "tl",
      kode: "4.1.01.21",
      ur: "PBJT atas Tenaga Listrik",
      target: 39_800_000_000,
      ratio: 0.9952,
      w: flat,
    },
  ];
  const val = new Map(jenis.map((j) => [j.id, months(j)]));
  const H = "Penerimaan Bulan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode Rek."], role: "kode", width: 11 },
    { key: "ur", head: ["Uraian Jenis Pajak"], role: "lainnya", width: 38 },
    { key: "t", head: ["Target APBD-P 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
    ...BULAN.map((m, i): Col => ({
      key: `m${i}`,
      head: [H, m],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    })),
    {
      key: "j",
      head: ["Jumlah Penerimaan s.d. Des (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 18,
    },
    { key: "p", head: ["% thd Target"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "lk", head: ["Lebih / (Kurang) (Rp)"], role: "lainnya", fmt: RP, width: 17 },
  ];
  const mcol = (x: Ctx, i: number) => x.c(`m${i}`);
  const first = jenis[0].id;
  const last = jenis[jenis.length - 1].id;
  const rows: Row[] = [
    {
      id: "pd",
      bold: true,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          no: "I",
          kode: "4.1.01",
          ur: "PAJAK DAERAH",
          t: fx(`SUM(${x.a("t", first)}:${x.a("t", last)})`),
          j: fx(`SUM(${x.a("m0")}:${x.a("m11")})`),
          p: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          lk: fx(`${x.a("j")}-${x.a("t")}`),
        };
        BULAN.forEach((_, i) => (c[`m${i}`] = fx(`SUM(${x.a(`m${i}`, first)}:${x.a(`m${i}`, last)})`)));
        return c;
      },
    },
    ...jenis.map((j, k): Row => ({
      id: j.id,
      cells: (x: Ctx) => {
        const m = val.get(j.id)!;
        const c: Record<string, Cell> = {
          no: k + 1,
          kode: j.kode,
          ur: j.ur,
          t: j.target,
          // planted: the PBB-P2 total stops at November (the December column was inserted later)
          j: fx(`SUM(${x.a("m0")}:${j.id === "pbb" ? `${mcol(x, 10)}${x.r}` : x.a("m11")})`),
          // planted: the BPHTB % keeps the result cached before the December receipts were keyed
          p:
            j.id === "bph"
              ? fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`, round(((sum(m) - m[11]) / j.target) * 100))
              : fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          lk: fx(`${x.a("j")}-${x.a("t")}`),
        };
        m.forEach((v, i) => (c[`m${i}`] = v));
        return c;
      },
    })),
  ];
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Keterangan: penerimaan berdasarkan rekening koran RKUD dan SIMPAD per tanggal setor;",
    "PBB-P2 jatuh tempo 31 Agustus 2024; BPHTB termasuk setoran kurang bayar hasil verifikasi.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Kedungsari, 10 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KOTA KEDUNGSARI"],
    nama: "Dra. RATNA WULANSARI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700415 199503 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const pbb = val.get("pbb")!;
  const bph = val.get("bph")!;
  b.plant({
    at: { sheet: S, cell: a("j", "pbb") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Jumlah of PBB-P2 =SUM(Jan:Nov) misses December: ${sum(pbb) - pbb[11]} instead of ${sum(pbb)} (Desember ${pbb[11]})`,
    truth: `SUM(${a("m0", "pbb")}:${a("m11", "pbb")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "bph") },
    rules: ["capaian-mismatch"],
    note: `% of BPHTB caches a stale ${round(((sum(bph) - bph[11]) / 61_500_000_000) * 100)} (before December was keyed); ${sum(bph)} / 61,500,000,000 x 100 = ${round((sum(bph) / 61_500_000_000) * 100)}`,
    truth: `ROUND(${a("j", "bph")}/${a("t", "bph")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "rek"),
    rules: ["serapan-over-100", "percent-out-of-range"],
    truth: `ROUND(${a("j", "rek")}/${a("t", "rek")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("p", "pd"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "pd")}/${a("t", "pd")}*100,2)`,
    trap: `SUM(${a("p", first)}:${a("p", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("m7", "pd"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m7", first)}:${a("m7", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "mm"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `SUM(${a("m0", "mm")}:${a("m11", "mm")})`,
  });
  return b.finish();
}

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  ubah: number;
  why: string;
  f?: string;
  rs: number[];
};

/** Perjanjian Kinerja Perubahan 2024 of the kepala Bapenda Kota Kedungsari, with a Renstra excerpt. */
export function pkPerubahanBapendaKedungsari(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-perubahan-2024-kepala-bapenda-kota-kedungsari.xlsx",
    "Perjanjian Kinerja Perubahan (target awal / target perubahan)",
    "sheet 'PK Perubahan': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | 'Target 2024' > Awal (PK Murni) / Perubahan | Alasan Perubahan, then No | Program | Anggaran Awal (Rp) | Anggaran Perubahan (Rp) | Bertambah / (Berkurang) with a JUMLAH row, two signature blocks; sheet 'Renstra 2021-2026': Indikator | Satuan | Kondisi Awal (2020) | Target Tahun > 2021..2026 | Kondisi Akhir; tunggakan PBB-P2 ratio lower is better",
  );
  const S = "PK Perubahan";
  const R = "Renstra 2021-2026";
  const s = b.sheet(S);
  s.lines(["PERJANJIAN KINERJA PERUBAHAN TAHUN 2024", "BADAN PENDAPATAN DAERAH KOTA KEDUNGSARI"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "dengan adanya perubahan APBD Tahun Anggaran 2024, kami yang bertanda tangan di bawah ini sepakat mengubah target kinerja",
    "sebagaimana tercantum dalam lampiran perjanjian ini.",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya pendapatan asli daerah dari pajak daerah";
  const SAS2 = "Meningkatnya kepatuhan wajib pajak";
  const inds: PkInd[] = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase pertumbuhan penerimaan pajak daerah",
      sat: "%",
      awal: 7.5,
      ubah: 8.25,
      why: "Penyesuaian target PBJT pada APBD-P",
      f: DEC,
      rs: [5.0, 6.0, 7.0, 7.5, 8.0, 8.5],
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Kontribusi pajak daerah terhadap PAD",
      sat: "%",
      // planted: the target awal typed from the Renstra 2025 column (73.2) instead of 2024 (72.4)
      awal: 73.2,
      ubah: 72.9,
      why: "Retribusi parkir naik setelah perda baru",
      f: DEC,
      rs: [69.5, 70.6, 71.5, 72.4, 73.2, 74.0],
    },
    {
      id: "i3",
      sas: SAS2,
      ind: "Rasio tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 14.5,
      ubah: 13.75,
      why: "Program pemutihan denda Juli-Oktober 2024",
      f: DEC,
      rs: [18.0, 17.0, 15.75, 14.5, 13.25, 12.0],
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Jumlah wajib pajak PBJT terdaftar dalam sistem tapping box / e-tax",
      sat: "WP",
      awal: 420,
      ubah: 465,
      why: "Tambahan 45 unit tapping box bantuan Bank Jatim",
      rs: [180, 260, 340, 420, 500, 580],
    },
  ];
  const T = "Target 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "aw", head: [T, "Awal (PK Murni)"], role: "target", year: 2024, width: 11 },
    { key: "ub", head: [T, "Perubahan"], role: "target", year: 2024, width: 11 },
    { key: "why", head: ["Alasan Perubahan"], role: "keterangan", width: 34 },
  ];
  const v = (x: number, f?: string): Cell => (f ? fmt(x, f) : x);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((d, i): Row => ({
      id: d.id,
      cells: {
        no: i + 1,
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        aw: v(d.awal, d.f),
        ub: v(d.ubah, d.f),
        why: d.why,
      },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "p1",
      ur: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      aw: 18_436_250_000,
      ub: 18_902_115_000,
    },
    { id: "p2", ur: "Program Pengelolaan Pendapatan Daerah", aw: 9_875_400_000, ub: 11_248_630_000 },
    {
      id: "p3",
      ur: "Program Pengelolaan Keuangan Daerah (Penilaian PBB-P2 dan BPHTB)",
      aw: 2_114_000_000,
      ub: 1_987_550_000,
    },
  ];
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ur", head: ["Program"], role: "lainnya", width: 30 },
    { key: "aw", head: ["Anggaran Awal (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 40 },
    { key: "ub", head: ["Anggaran Perubahan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "d", head: ["Bertambah / (Berkurang) (Rp)"], role: "lainnya", fmt: RP, width: 17 },
  ];
  const p = s.table({
    cols: pcols,
    headerRows: 1,
    rows: [
      ...progs.map((g, i): Row => ({
        id: g.id,
        cells: (x: Ctx) => ({ no: i + 1, ur: g.ur, aw: g.aw, ub: g.ub, d: fx(`${x.a("ub")}-${x.a("aw")}`) }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x: Ctx) => ({
          ur: "JUMLAH",
          aw: fx(`SUM(${x.a("aw", "p1")}:${x.a("aw", "p3")})`),
          // planted: the Jumlah perubahan stops at the second programme
          ub: fx(`SUM(${x.a("ub", "p1")}:${x.a("ub", "p2")})`),
          d: fx(`${x.a("ub")}-${x.a("aw")}`),
        }),
      },
    ],
  });
  s.gap();
  const sr = s.r;
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Wali Kota Kedungsari"],
    nama: "H. MOCHAMMAD ARIF SETIAWAN, S.E.",
    nip: "-",
  });
  s.r = sr;
  signature(s, 6, {
    tempat: "Kedungsari, 2 Oktober 2024",
    jabatan: ["Pihak Pertama,", "Kepala Badan Pendapatan Daerah"],
    nama: "Dra. RATNA WULANSARI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700415 199503 2 004",
  });

  const r = b.sheet(R);
  r.lines(["Lampiran: Target Indikator Kinerja Renstra Bapenda Kota Kedungsari 2021-2026 (Tabel 6.1)"], 1, {
    bold: true,
  });
  r.gap();
  const YS = [2021, 2022, 2023, 2024, 2025, 2026];
  const rcols: Col[] = [
    { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "k0", head: ["Kondisi Awal (2020)"], role: "kondisi-awal", year: 2020, width: 10 },
    ...YS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 10 },
  ];
  const k0 = [4.2, 68.1, 19.4, 95];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((d, i): Row => ({
      id: d.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = { ind: d.ind, sat: d.sat, k0: v(k0[i], d.f), ak: fx(x.a("y2026")) };
        YS.forEach((y, j) => (c[`y${y}`] = v(d.rs[j], d.f)));
        return c;
      },
    })),
  });
  const ref = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: { sheet: S, cell: t.a("aw", "i2") },
    rules: ["cross-table-mismatch"],
    note: "target awal 2024 of the kontribusi pajak daerah typed 73.20, the Renstra target of 2025; the Renstra 2024 target is 72.40",
    truth: ref("y2024", "i2"),
  });
  b.plant({
    at: { sheet: S, cell: p.a("ub", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran perubahan SUMs two of three programmes (30,150,745,000); with 1,987,550,000 it is 32,138,295,000",
    truth: `SUM(${p.a("ub", "p1")}:${p.a("ub", "p3")})`,
  });
  b.ok({ sheet: S, cell: t.a("aw", "i3"), rules: ["cross-table-mismatch"], truth: ref("y2024", "i3") });
  b.ok({ sheet: S, cell: t.a("aw", "i4"), rules: ["cross-table-mismatch"], truth: ref("y2024", "i4") });
  b.ok({
    sheet: S,
    cell: p.a("aw", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${p.a("aw", "p1")}:${p.a("aw", "p3")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2026", "i3"),
    trap: `SUM(${rt.a("y2021", "i3")}:${rt.a("y2026", "i3")})`,
  });
  b.ok({ sheet: R, cell: rt.a("y2026", "i3"), rules: ["target-trend"], truth: "12" });
  return b.finish();
}
