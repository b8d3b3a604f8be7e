// A Disdukcapil monthly service report of a Bengkulu kabupaten: documents issued per month (a flow,
// the year is their sum) and beside them the level indicator "persentase kepemilikan KTP-el" whose
// year is the December position, not a sum. Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, sum, type Cell, type Col } from "../forms/kit";

const BL = ["Jan", "Peb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agst", "Sept", "Okt", "Nop", "Des"];

/** Spreads a year's count over the twelve months (whole documents, December takes the rest). */
function spread(total: number, seed: number): number[] {
  const w = BL.map((_, i) => 1 + 0.22 * Math.cos(0.9 * i + seed) + (i === 6 ? 0.2 : 0));
  const W = sum(w);
  const out = w.slice(0, 11).map((x) => Math.round((total * x) / W));
  out.push(total - sum(out));
  return out;
}

type Doc = { id: string; nama: string; sat: string; t: number; total?: number; lv?: number[] };

/** Laporan bulanan pelayanan adminduk 2024, Disdukcapil Kabupaten Air Manjunto (Bengkulu). */
export function bulananAdminduk(): BookW {
  const b = new BookW(
    "laporan-bulanan-adminduk-capil-airmanjunto.xlsx",
    "monthly service report (Disdukcapil)",
    "Jenis Dokumen | Sat | 'Dokumen Terbit Bulan ke-' > Jan .. Des | Total Tahun 2024 | Target | Capaian; persentase kepemilikan KTP-el whose total is =Des; 'Jumlah Dokumen' row over documents only",
  );
  const S = "Lap Bulanan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN AIR MANJUNTO",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Raya Lubuk Pinang Km. 3, Air Manjunto",
  ]);
  s.lines(["LAPORAN BULANAN PENERBITAN DOKUMEN KEPENDUDUKAN DAN PENCATATAN SIPIL", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const docs: Doc[] = [
    { id: "kk", nama: "Kartu Keluarga", sat: "lbr", t: 8_400, total: 8_917 },
    { id: "ktp", nama: "KTP Elektronik (cetak)", sat: "kpg", t: 11_000, total: 10_538 },
    { id: "kia", nama: "Kartu Identitas Anak", sat: "kpg", t: 5_500, total: 4_906 },
    { id: "akl", nama: "Kutipan Akta Kelahiran", sat: "lbr", t: 4_200, total: 4_371 },
    { id: "akm", nama: "Kutipan Akta Kematian", sat: "lbr", t: 1_300, total: 1_012 },
  ];
  const lvl: Doc = {
    id: "pct",
    nama: "Persentase kepemilikan KTP-el penduduk wajib KTP",
    sat: "%",
    t: 98.5,
    lv: [96.84, 96.91, 97.02, 97.1, 97.18, 97.29, 97.41, 97.5, 97.63, 97.7, 97.82, 97.95],
  };
  const months = new Map(docs.map((d, i) => [d.id, spread(d.total!, i * 1.7)]));
  months.set("pct", lvl.lv!);
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Jenis Dokumen / Indikator"], role: "indikator", num: 2, width: 34 },
    { key: "sat", head: ["Sat"], role: "satuan", num: 3, width: 6 },
    ...BL.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Dokumen Terbit Bulan ke-", m],
      role: "realisasi",
      year: 2024,
      num: 4 + i,
      fmt: INT,
      width: 8,
    })),
    { key: "tot", head: ["Total Tahun 2024"], role: "realisasi", year: 2024, num: 16, fmt: INT },
    { key: "t", head: ["Target"], role: "target", year: 2024, num: 17, fmt: INT },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, num: 18, fmt: DEC },
  ];
  // planted 1: Kartu Identitas Anak total =SUM(Jan:Nop), December left out
  // planted 2: capaian of akta kelahiran with a stale cached result (the November figure, 95.71)
  const M = (c: { a: (k: string) => string }, i: number) => c.a(`m${i}`);
  const row = (d: Doc, n: number) => ({
    id: d.id,
    cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: n, nm: d.nama, sat: d.sat, t: d.t };
      months.get(d.id)!.forEach((v, i) => (out[`m${i}`] = v));
      if (d.lv) out.tot = fx(`${M(c, 11)}`);
      else out.tot = fx(`SUM(${M(c, 0)}:${M(c, d.id === "kia" ? 10 : 11)})`);
      out.cap = fx(`ROUND(${c.a("tot")}/${c.a("t")}*100,2)`, d.id === "akl" ? 95.71 : undefined);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...docs.map((d, i) => row(d, i + 1)),
      {
        id: "jml",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "Jumlah Dokumen Terbit" };
          for (const k of [...BL.map((_, i) => `m${i}`), "tot", "t"])
            out[k] = fx(`SUM(${c.a(k, "kk")}:${c.a(k, "akm")})`);
          out.cap = fx(`ROUND(${c.a("tot")}/${c.a("t")}*100,2)`);
          return out;
        },
      },
      row(lvl, 6),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: baris 6 adalah posisi (stok) pada akhir bulan; Total Tahun 2024 baris 6 = posisi Desember.",
    "Sumber: SIAK Terpusat, rekap per tanggal 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Air Manjunto, 6 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan dan", "Pencatatan Sipil,"],
    nama: "HENDRI SAPUTRA GUMAY, S.Sos., M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780921 200501 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tot", "kia") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `KIA total =SUM over Jan .. Nop only (${sum(months.get("kia")!.slice(0, 11)).toLocaleString("en")}); with December the twelve months give 4,906`,
    truth: `SUM(${a("m0", "kia")}:${a("m11", "kia")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "akl") },
    rules: ["capaian-mismatch"],
    note: "akta kelahiran capaian =ROUND(total/target*100,2) with a stale cached 95.71; 4,371 / 4,200 gives 104.07",
    truth: `ROUND(${a("tot", "akl")}/${a("t", "akl")}*100,2)`,
  });
  for (const d of docs) {
    if (d.id !== "kia")
      b.ok({
        sheet: S,
        cell: a("tot", d.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("m0", d.id)}:${a("m11", d.id)})`,
      });
    if (d.id !== "akl")
      b.ok({
        sheet: S,
        cell: a("cap", d.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("tot", d.id)}/${a("t", d.id)}*100,2)`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("tot", "pct"),
    rules: ["sum-mismatch"],
    truth: a("m11", "pct"),
    trap: `SUM(${a("m0", "pct")}:${a("m11", "pct")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "pct"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("m11", "pct")}/${a("t", "pct")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("m5", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m5", "kk")}:${a("m5", "akm")})`,
    trap: `SUM(${a("m5", "kk")}:${a("m5", "pct")})`,
  });
  b.ok({ sheet: S, cell: a("cap", "kk"), rules: ["percent-out-of-range"], truth: "106.15" });
  return b.finish();
}
