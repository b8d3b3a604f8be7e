// The Renja: a T-C.31-like table of the Dinas Kesehatan Aceh for 2025 with K / Rp per year and lokasi
// per sub kegiatan, codes of urusan 1.02 (kesehatan) shaped as Kepmendagri 050-5889 for a province
// (kegiatan x.xx.xx.1.xx). Kabupaten, people and numbers are invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type R = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nama: string;
  ind: string;
  lok?: string;
  k25: number;
  k26: number;
  rp?: number;
  sd?: string;
};

/** Renja 2025 (T-C.31-like), Dinas Kesehatan Aceh. */
export function renjaDinkesAceh(): BookW {
  const b = new BookW(
    "renja-2025-dinas-kesehatan-aceh-tc31.xlsx",
    "Renja T-C.31 with K/Rp and lokasi",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Lokasi | 'Rencana Tahun 2025' > K / Rp | Sumber Dana | 'Prakiraan Maju 2026' > K / Rp; number row 1..9; sub kegiatan Rp typed, 2026 =ROUND(Rp*1.1,0); kegiatan SUM, programmes add kegiatan with '+', JUMLAH",
  );
  const S = "T-C.31";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH ACEH", "DINAS KESEHATAN"]);
  s.lines(["RENCANA KERJA (RENJA) DINAS KESEHATAN ACEH TAHUN 2025", "Tabel T-C.31"], 1, { bold: true });
  s.gap();
  const L1 = "Kab. Krueng Seunong, Kab. Gle Meulinteung, Kab. Blang Meurandeh";
  const rows: R[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase kabupaten/kota dengan cakupan imunisasi dasar lengkap >= 90 % (%)",
      k25: 65,
      k26: 70,
    },
    {
      id: "k1",
      lvl: "k",
      kode: "1.02.02.1.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi",
      ind: "Persentase layanan kesehatan rujukan sesuai standar (%)",
      k25: 85,
      k26: 88,
    },
    {
      id: "s11",
      lvl: "s",
      kode: "1.02.02.1.02.0001",
      nama: "Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan Akibat Bencana",
      ind: "Jumlah kabupaten/kota yang mendapat layanan krisis kesehatan (kab/kota)",
      lok: L1,
      k25: 4,
      k26: 5,
      rp: 1_248_500_000,
      sd: "APBA",
    },
    {
      id: "s12",
      lvl: "s",
      kode: "1.02.02.1.02.0004",
      nama: "Pengelolaan Surveilans Kesehatan",
      ind: "Jumlah laporan surveilans penyakit potensial KLB (laporan)",
      lok: "23 kabupaten/kota",
      k25: 52,
      k26: 52,
      rp: 2_376_840_000,
      sd: "DAK Non Fisik",
    },
    // planted: a sub kegiatan of kegiatan 1.02.03.1.02 listed and added under 1.02.02.1.02
    {
      id: "s13",
      lvl: "s",
      kode: "1.02.03.1.02.0004",
      nama: "Pembinaan dan Pengawasan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang dibina (orang)",
      lok: "Banda Aceh",
      k25: 420,
      k26: 450,
      rp: 537_960_000,
      sd: "APBA",
    },
    {
      id: "k2",
      lvl: "k",
      kode: "1.02.02.1.03",
      nama: "Penerbitan Izin Rumah Sakit Kelas B dan Fasilitas Pelayanan Kesehatan Tingkat Daerah Provinsi",
      ind: "Persentase izin rumah sakit terbit tepat waktu (%)",
      k25: 100,
      k26: 100,
    },
    {
      id: "s21",
      lvl: "s",
      kode: "1.02.02.1.03.0001",
      nama: "Pengendalian dan Pengawasan serta Tindak Lanjut Pengawasan Perizinan Rumah Sakit Kelas B",
      ind: "Jumlah rumah sakit kelas B yang diawasi (RS)",
      lok: L1,
      k25: 14,
      k26: 15,
      rp: 486_300_000,
      sd: "APBA",
    },
    {
      id: "s22",
      lvl: "s",
      kode: "1.02.02.1.03.0002",
      nama: "Peningkatan Tata Kelola Rumah Sakit dan Fasilitas Pelayanan Kesehatan Tingkat Daerah Provinsi",
      ind: "Jumlah fasyankes yang dibina tata kelolanya (unit)",
      lok: "Provinsi",
      k25: 8,
      k26: 9,
      rp: 392_750_000,
      sd: "APBA",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.02.03",
      nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan (%)",
      k25: 58,
      k26: 63,
    },
    {
      id: "k3",
      lvl: "k",
      kode: "1.02.03.1.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM",
      ind: "Persentase kebutuhan SDM kesehatan yang terpenuhi (%)",
      k25: 72,
      k26: 75,
    },
    {
      id: "s31",
      lvl: "s",
      kode: "1.02.03.1.02.0001",
      nama: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan penugasan khusus (orang)",
      lok: L1,
      k25: 36,
      k26: 40,
      rp: 612_480_000,
      sd: "APBA",
    },
    {
      id: "s32",
      lvl: "s",
      kode: "1.02.03.1.02.0002",
      nama: "Distribusi Ulang Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang didistribusikan ulang (orang)",
      lok: "Kab. Gle Meulinteung",
      k25: 24,
      k26: 24,
      rp: 284_900_000,
      sd: "APBA",
    },
    {
      id: "s33",
      lvl: "s",
      kode: "1.02.03.1.02.0003",
      nama: "Peningkatan Kompetensi Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang dilatih (orang)",
      lok: "Banda Aceh",
      k25: 180,
      k26: 200,
      rp: 318_650_000,
      sd: "APBA",
    },
  ];
  const Y = "Rencana Tahun 2025";
  const P = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 44 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 38 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 4, width: 22 },
    { key: "k25", head: [Y, "K"], role: "target", year: 2025, num: 5, width: 7 },
    { key: "rp25", head: [Y, "Rp"], role: "anggaran", year: 2025, num: 6, fmt: RP, width: 17 },
    { key: "sd", head: ["Sumber Dana"], num: 7, width: 13 },
    { key: "k26", head: [P, "K"], role: "target", year: 2026, num: 8, width: 7 },
    { key: "rp26", head: [P, "Rp"], role: "anggaran", year: 2026, num: 9, fmt: RP, width: 17 },
  ];
  const kids: Record<string, string[]> = {
    p1: ["k1", "k2"],
    p2: ["k3"],
    k1: ["s11", "s13"],
    k2: ["s21", "s22"],
    // planted: the SUM of kegiatan 1.02.03.1.02 stops at its second sub kegiatan
    k3: ["s31", "s32"],
  };
  const body: Row[] = rows.map((d) => ({
    id: d.id,
    bold: d.lvl !== "s",
    cells: (x) => {
      const c: Record<string, Cell> = {
        kode: d.kode,
        nama: d.nama,
        ind: d.ind,
        lok: d.lok,
        k25: d.k25,
        k26: d.k26,
        sd: d.sd,
      };
      const ks = kids[d.id];
      for (const k of ["rp25", "rp26"]) {
        if (d.lvl === "s") c[k] = k === "rp25" ? d.rp : fx(`ROUND(${x.a("rp25")}*1.1,0)`);
        else if (d.lvl === "k") c[k] = fx(`SUM(${x.a(k, ks[0])}:${x.a(k, ks[ks.length - 1])})`);
        else c[k] = fx(ks.map((id) => x.a(k, id)).join("+"));
      }
      return c;
    },
  }));
  body.push({
    id: "j",
    bold: true,
    cells: (x) => ({
      nama: "JUMLAH",
      rp25: fx(`${x.a("rp25", "p1")}+${x.a("rp25", "p2")}`),
      rp26: fx(`${x.a("rp26", "p1")}+${x.a("rp26", "p2")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  signature(s, 6, {
    tempat: "Banda Aceh, 14 Juni 2024",
    jabatan: ["Kepala Dinas Kesehatan Aceh,"],
    nama: "dr. Cut Nurhayati Ibrahim, M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19730505 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s13") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 1.02.03.1.02.0004 (537,960,000) listed and added under kegiatan 1.02.02.1.02",
    truth: a("kode", "k1"),
    actual: `PARENT(${a("kode", "s13")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp25", "k3") },
    rules: ["sum-mismatch"],
    note: "Rp 2025 of kegiatan 1.02.03.1.02 =SUM stops at its second sub kegiatan (897,380,000); with Peningkatan Kompetensi (318,650,000) it is 1,216,030,000",
    truth: `SUM(${a("rp25", "s31")}:${a("rp25", "s33")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "k1")}+${a("rp25", "k2")}`,
    trap: `SUM(${a("rp25", "k1")}:${a("rp25", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp26", "s21")}:${a("rp26", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "j"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "p1")}+${a("rp25", "p2")}`,
    trap: `SUM(${a("rp25", "p1")}:${a("rp25", "s33")})`,
  });
  return b.finish();
}
