// The E.81 evaluation of a Renja 2024 at Triwulan IV of a Dinas Kesehatan in Riau: the text columns
// Faktor Pendorong / Faktor Penghambat stand between the target and the quarter columns, Tindak
// Lanjut at the end; in Triwulan I and II only the Rp is realised (K left blank). Every office,
// person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type EvIn = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  tK: number;
  /** typed target Rp of a kegiatan */
  tRp?: number;
  /** quarter K (null = blank) */
  qK: Array<number | null>;
  /** quarter Rp of a kegiatan */
  qRp?: number[];
  /** a level: the year's K is Triwulan IV, not the sum */
  level?: boolean;
  pendorong: string;
  penghambat: string;
  tl: string;
};

/** E.81 Renja 2024 of Dinas Kesehatan Kota Sialang Rengat (Riau). */
export function e81Dinkes(): BookW {
  const b = new BookW(
    "e81-faktortengah-dinkes-sialangrengat.xlsx",
    "E.81 evaluasi Renja (Dinas Kesehatan)",
    "E.81 Renja 2024 s.d. Triwulan IV with faktor columns between the numbers",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SIALANG RENGAT", "DINAS KESEHATAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KOTA SIALANG RENGAT",
    "TAHUN ANGGARAN 2024 (s.d. TRIWULAN IV)",
  ]);
  s.gap();
  const rows: EvIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Cakupan pelayanan kesehatan ibu hamil sesuai standar",
      sat: "%",
      tK: 100,
      qK: [null, null, 74.5, 96.8],
      level: true,
      pendorong: "Kunjungan rumah oleh bidan kelurahan",
      penghambat: "Mobilitas ibu hamil pendatang",
      tl: "Pendataan ibu hamil bersama RT/RW",
    },
    {
      id: "k1",
      lvl: "k",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas yang direhabilitasi",
      sat: "unit",
      tK: 3,
      tRp: 2_745_000_000,
      qK: [null, null, 1, 2],
      qRp: [0, 412_500_000, 1_108_350_000, 1_180_600_000],
      pendorong: "Lahan puskesmas sudah bersertifikat",
      penghambat: "Lelang ulang pada triwulan II",
      tl: "Percepatan jadwal pengadaan",
    },
    {
      id: "k2",
      lvl: "k",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "orang",
      tK: 6_480,
      tRp: 1_586_250_000,
      qK: [null, 3_125, 1_640, 1_502],
      qRp: [318_400_000, 402_150_000, 387_925_000, 421_600_000],
      pendorong: "Kelas ibu hamil di 12 puskesmas",
      penghambat: "-",
      tl: "Dilanjutkan",
    },
    {
      id: "k3",
      lvl: "k",
      kode: "1.02.02.2.03",
      nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Jumlah dokumen laporan sistem informasi kesehatan",
      sat: "dokumen",
      tK: 12,
      tRp: 248_600_000,
      qK: [3, 3, 3, 3],
      qRp: [52_300_000, 61_450_000, 58_700_000, 69_150_000],
      pendorong: "Aplikasi SIK terhubung ke seluruh puskesmas",
      penghambat: "Jaringan internet di 2 pustu",
      tl: "Koordinasi dengan Diskominfo",
    },
  ];
  // planted 1: the year's Rp of kegiatan k2 adds Triwulan I to III only (misses IV)
  const PLANT_SUM = "k2";
  // planted 2: the Rp tingkat capaian of k1 is a typed 94.82 (2,701,450,000 / 2,745,000,000 = 98.41)
  const PLANT_CAP = { id: "k1", v: 94.82 };
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    {
      key: "tK",
      head: ["Target Renja Tahun 2024", "K"],
      role: "target",
      year: 2024,
      num: 6,
      fmt: "#,##0.##",
    },
    {
      key: "tRp",
      head: ["Target Renja Tahun 2024", "Rp"],
      role: "anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 16,
    },
    { key: "fp", head: ["Faktor Pendorong"], num: 7, width: 24 },
    { key: "fh", head: ["Faktor Penghambat"], num: 8, width: 24 },
  ];
  Q.forEach((q, i) =>
    cols.push(
      {
        key: `q${i}k`,
        head: ["Realisasi Kinerja dan Anggaran Triwulan", q, "K"],
        role: "realisasi",
        year: 2024,
        num: 9 + i,
        fmt: "#,##0.##",
      },
      {
        key: `q${i}r`,
        head: ["Realisasi Kinerja dan Anggaran Triwulan", q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 9 + i,
        fmt: RP,
        width: 15,
      },
    ),
  );
  cols.push(
    {
      key: "yK",
      head: ["Realisasi s.d. Triwulan IV 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: 13,
      fmt: "#,##0.##",
    },
    {
      key: "yRp",
      head: ["Realisasi s.d. Triwulan IV 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 13,
      fmt: RP,
      width: 16,
    },
    {
      key: "cK",
      head: ["Tingkat Capaian Renja 2024 (%)", "K"],
      role: "capaian",
      year: 2024,
      num: 14,
      fmt: DEC,
    },
    {
      key: "cRp",
      head: ["Tingkat Capaian Renja 2024 (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: 14,
      fmt: DEC,
    },
    { key: "tl", head: ["Tindak Lanjut"], num: 15, width: 24 },
  );
  const body: Row[] = rows.map((x, n) => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: x.lvl === "p" ? "1" : `1.${n}`,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        tK: x.tK,
        fp: x.pendorong,
        fh: x.penghambat,
        tl: x.tl,
      };
      const ks = rows.filter((r) => r.lvl === "k").map((r) => r.id);
      out.tRp = x.tRp ?? fx(`SUM(${c.a("tRp", ks[0])}:${c.a("tRp", ks[ks.length - 1])})`);
      Q.forEach((_, i) => {
        if (x.qK[i] !== null) out[`q${i}k`] = x.qK[i];
        out[`q${i}r`] = x.qRp
          ? x.qRp[i]
          : fx(`SUM(${c.a(`q${i}r`, ks[0])}:${c.a(`q${i}r`, ks[ks.length - 1])})`);
      });
      out.yK = x.level ? fx(c.a("q3k")) : fx(`SUM(${c.a("q0k")},${c.a("q1k")},${c.a("q2k")},${c.a("q3k")})`);
      const qs = Q.map((_, i) => c.a(`q${i}r`));
      out.yRp = fx((x.id === PLANT_SUM ? qs.slice(0, 3) : qs).join("+"));
      out.cK = fx(`ROUND(${c.a("yK")}/${c.a("tK")}*100,2)`);
      out.cRp = x.id === PLANT_CAP.id ? PLANT_CAP.v : fx(`ROUND(${c.a("yRp")}/${c.a("tRp")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Keterangan: K = kinerja, Rp = anggaran. Triwulan I dan II kinerja belum dilaporkan (data kohort ibu hamil dan progres fisik dihimpun mulai triwulan III).",
    "Cakupan ibu hamil adalah capaian kumulatif; realisasi tahun = triwulan IV.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sialang Rengat, 20 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kota Sialang Rengat"],
    nama: "dr. RAHMI FITRIANI SIREGAR, M.K.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780321 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qSum = (id: string, p: "k" | "r") => Q.map((_, i) => a(`q${i}${p}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("yRp", PLANT_SUM) },
    rules: ["sum-mismatch"],
    note: "Rp realised s.d. Triwulan IV of kegiatan 1.02.02.2.02 is =I+II+III (1,108,475,000); with Triwulan IV (421,600,000) the quarters give 1,530,075,000",
    truth: qSum(PLANT_SUM, "r"),
  });
  b.plant({
    at: { sheet: S, cell: a("cRp", PLANT_CAP.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Rp tingkat capaian of kegiatan 1.02.02.2.01 is a typed 94.82 among ROUND formulas; 2,701,450,000 / 2,745,000,000 gives 98.41",
    truth: `ROUND(${a("yRp", PLANT_CAP.id)}/${a("tRp", PLANT_CAP.id)}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("yK", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "p1"),
    trap: qSum("p1", "k"),
  });
  for (const id of ["k1", "k2", "k3"]) {
    b.ok({ sheet: S, cell: a("yK", id), rules: ["sum-mismatch"], truth: qSum(id, "k") });
    b.ok({
      sheet: S,
      cell: a("cK", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("yK", id)}/${a("tK", id)}*100,2)`,
    });
    if (id !== PLANT_SUM)
      b.ok({
        sheet: S,
        cell: a("yRp", id),
        rules: ["sum-mismatch", "serapan-over-100"],
        truth: qSum(id, "r"),
      });
  }
  b.ok({
    sheet: S,
    cell: a("cK", "p1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("q3k", "p1")}/${a("tK", "p1")}*100,2)`,
    trap: `ROUND((${qSum("p1", "k")})/${a("tK", "p1")}*100,2)`,
  });
  for (let i = 0; i < 4; i++)
    b.ok({
      sheet: S,
      cell: a(`q${i}r`, "p1"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3"].map((k) => a(`q${i}r`, k)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("tRp", "p1"),
    rules: ["sum-mismatch"],
    truth: ["k1", "k2", "k3"].map((k) => a("tRp", k)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("cRp", "k3"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("yRp", "k3")}/${a("tRp", "k3")}*100,2)`,
  });
  return b.finish();
}
