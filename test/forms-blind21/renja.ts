// The Bappeda's own Renja Perubahan 2025 (target and pagu before and after the amendment per sub
// kegiatan) and the Bappeda's review of a Dinas Kesehatan's draft Renja against its Renstra (target
// Renstra beside target Renja for 2025 and 2026, with a kesesuaian % each year). Kabupaten Gamkonora,
// Maluku Utara; every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { KAB, RPN, codeOk, rt } from "./common";

type PIn = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t0: number;
  t1: number;
  rp0?: number;
  rp1?: number;
  why?: string;
  f?: string;
};

/** Renja Perubahan 2025 of the Bappeda dan Litbang of Kabupaten Gamkonora. */
export function renjaPerubahan(): BookW {
  const b = new BookW(
    "renja-perubahan-semula-menjadi-bappeda-gamkonora.xlsx",
    "Renja Perubahan (target and pagu before / after the amendment)",
    "Renja Perubahan 2025 of a Bappeda: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Sebelum Perubahan' > Target | Pagu (Rp) | 'Setelah Perubahan' > Target | Pagu (Rp) | Bertambah / (Berkurang) (Rp) | Alasan Perubahan; number row (1) .. (10) with '(9) = (8) - (6)'; sub kegiatan typed, kegiatan SUM, programs SUM of their kegiatan, JUMLAH; negatives in brackets",
  );
  const S = "Renja-P 2025";
  const s = b.sheet(S);
  letterhead(s, [
    `PEMERINTAH ${KAB}`,
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Trans Halmahera Km. 4, Kompleks Perkantoran Bukit Limau, Gamkonora",
  ]);
  s.lines([
    "PERUBAHAN RENCANA KERJA (RENJA-P) PERANGKAT DAERAH TAHUN ANGGARAN 2025",
    "Rumusan Perubahan Program, Kegiatan dan Sub Kegiatan Bappeda dan Litbang",
  ]);
  s.gap();
  const rows: PIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "5.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase pemenuhan layanan administrasi perkantoran",
      sat: "%",
      t0: 100,
      t1: 100,
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "5.01.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja",
      sat: "dokumen",
      t0: 6,
      t1: 6,
    },
    {
      id: "s111",
      lvl: "s",
      kode: "5.01.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan perangkat daerah",
      sat: "dokumen",
      t0: 3,
      t1: 3,
      rp0: 42_600_000,
      rp1: 38_350_000,
      why: "Efisiensi belanja perjalanan dinas",
    },
    {
      id: "s112",
      lvl: "s",
      kode: "5.01.01.2.01.0007",
      nama: "Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah laporan evaluasi kinerja perangkat daerah",
      sat: "laporan",
      t0: 3,
      t1: 3,
      rp0: 27_400_000,
      rp1: 26_150_000,
      why: "Efisiensi belanja cetak dan penggandaan",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "5.01.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah bulan pelayanan administrasi keuangan",
      sat: "bulan",
      t0: 12,
      t1: 12,
    },
    {
      id: "s121",
      lvl: "s",
      kode: "5.01.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      sat: "orang",
      t0: 46,
      t1: 44,
      rp0: 3_186_540_000,
      rp1: 3_054_210_000,
      why: "2 (dua) ASN pensiun / mutasi keluar",
    },
    {
      id: "k13",
      lvl: "k",
      kode: "5.01.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum perangkat daerah",
      sat: "paket",
      t0: 2,
      t1: 2,
    },
    {
      id: "s131",
      lvl: "s",
      kode: "5.01.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah paket bahan logistik kantor yang disediakan",
      sat: "paket",
      t0: 1,
      t1: 1,
      rp0: 36_800_000,
      rp1: 31_250_000,
      why: "Efisiensi belanja (Inpres Nomor 1 Tahun 2025)",
    },
    {
      id: "s132",
      lvl: "s",
      kode: "5.01.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi",
      sat: "laporan",
      t0: 12,
      t1: 12,
      rp0: 184_500_000,
      rp1: 142_300_000,
      why: "Efisiensi belanja (Inpres Nomor 1 Tahun 2025)",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "5.01.02",
      nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
      ind: "Persentase dokumen perencanaan pembangunan daerah yang ditetapkan tepat waktu",
      sat: "%",
      t0: 100,
      t1: 100,
      f: DEC,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "5.01.02.2.01",
      nama: "Penyusunan Perencanaan dan Pendanaan",
      ind: "Jumlah dokumen perencanaan dan pendanaan pembangunan daerah",
      sat: "dokumen",
      t0: 4,
      t1: 4,
    },
    {
      id: "s211",
      lvl: "s",
      kode: "5.01.02.2.01.0006",
      nama: "Koordinasi Penyusunan Dokumen RKPD",
      ind: "Jumlah dokumen RKPD yang ditetapkan",
      sat: "dokumen",
      t0: 1,
      t1: 1,
      rp0: 312_750_000,
      rp1: 298_400_000,
      why: "Efisiensi belanja perjalanan dinas",
    },
    {
      id: "s212",
      lvl: "s",
      kode: "5.01.02.2.01.0007",
      nama: "Koordinasi Penyusunan Dokumen Perubahan RKPD",
      ind: "Jumlah dokumen perubahan RKPD yang ditetapkan",
      sat: "dokumen",
      t0: 1,
      t1: 1,
      rp0: 148_200_000,
      rp1: 176_950_000,
      why: "Penyesuaian RKPD dengan RPJMD 2025-2029",
    },
    {
      id: "s213",
      lvl: "s",
      kode: "5.01.02.2.01.0011",
      nama: "Fasilitasi Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan dan Kabupaten",
      ind: "Jumlah musrenbang kecamatan dan kabupaten yang difasilitasi",
      sat: "kegiatan",
      t0: 11,
      t1: 11,
      rp0: 264_300_000,
      rp1: 231_850_000,
      why: "Musrenbang kecamatan digabung per zona (Loloda, Ibu, Sahu)",
    },
    {
      id: "k22",
      lvl: "k",
      kode: "5.01.02.2.02",
      nama: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen data dan informasi perencanaan pembangunan daerah",
      sat: "dokumen",
      t0: 2,
      t1: 2,
    },
    {
      id: "s221",
      lvl: "s",
      kode: "5.01.02.2.02.0002",
      nama: "Penyusunan Data dan Informasi Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen data dan informasi pembangunan daerah (SIPD)",
      sat: "dokumen",
      t0: 2,
      t1: 2,
      rp0: 96_400_000,
      rp1: 88_150_000,
      why: "Efisiensi belanja cetak dan penggandaan",
    },
    {
      id: "k23",
      lvl: "k",
      kode: "5.01.02.2.03",
      nama: "Pengendalian, Evaluasi dan Pelaporan Pelaksanaan Rencana Pembangunan Daerah",
      ind: "Jumlah laporan pengendalian dan evaluasi rencana pembangunan daerah",
      sat: "laporan",
      t0: 5,
      t1: 5,
    },
    {
      id: "s231",
      lvl: "s",
      kode: "5.01.02.2.03.0001",
      nama: "Pengendalian dan Evaluasi Pelaksanaan RKPD",
      ind: "Jumlah laporan evaluasi hasil RKPD (triwulanan)",
      sat: "laporan",
      t0: 4,
      t1: 4,
      rp0: 118_650_000,
      rp1: 126_400_000,
      why: "Tambahan monitoring lapangan Pulau Doi dan Loloda Kepulauan",
    },
    {
      id: "s232",
      lvl: "s",
      kode: "5.01.02.2.03.0004",
      nama: "Penyusunan Laporan Keterangan Pertanggungjawaban (LKPJ) Kepala Daerah",
      ind: "Jumlah dokumen LKPJ kepala daerah",
      sat: "dokumen",
      t0: 1,
      t1: 1,
      rp0: 87_300_000,
      rp1: 91_650_000,
      why: "Tambahan konsultasi publik rancangan LKPJ",
    },
    {
      id: "p3",
      lvl: "p",
      kode: "5.01.03",
      nama: "PROGRAM KOORDINASI DAN SINERGI PERENCANAAN PEMBANGUNAN DAERAH",
      ind: "Persentase program prioritas perangkat daerah yang selaras dengan RPJMD",
      sat: "%",
      t0: 90,
      t1: 92.5,
      f: DEC,
      why: "Penyesuaian target dengan hasil reviu Renja",
    },
    {
      id: "k31",
      lvl: "k",
      kode: "5.01.03.2.01",
      nama: "Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia",
      ind: "Jumlah dokumen hasil koordinasi perencanaan bidang pemerintahan dan pembangunan manusia",
      sat: "dokumen",
      t0: 4,
      t1: 4,
    },
    {
      id: "s311",
      lvl: "s",
      kode: "5.01.03.2.01.0002",
      nama: "Koordinasi Perencanaan Bidang Pemerintahan",
      ind: "Jumlah dokumen hasil koordinasi perencanaan bidang pemerintahan",
      sat: "dokumen",
      t0: 2,
      t1: 2,
      rp0: 64_500_000,
      rp1: 58_200_000,
      why: "Efisiensi belanja perjalanan dinas",
    },
    {
      id: "s312",
      lvl: "s",
      kode: "5.01.03.2.01.0005",
      nama: "Koordinasi Perencanaan Bidang Pembangunan Manusia",
      ind: "Jumlah dokumen hasil koordinasi perencanaan bidang pembangunan manusia",
      sat: "dokumen",
      t0: 2,
      t1: 2,
      rp0: 71_250_000,
      rp1: 66_900_000,
      why: "Efisiensi belanja perjalanan dinas",
    },
    {
      id: "k32",
      lvl: "k",
      kode: "5.01.03.2.02",
      nama: "Koordinasi Perencanaan Bidang Perekonomian dan Sumber Daya Alam",
      ind: "Jumlah dokumen hasil koordinasi perencanaan bidang perekonomian dan SDA",
      sat: "dokumen",
      t0: 4,
      t1: 4,
    },
    {
      id: "s321",
      lvl: "s",
      kode: "5.01.03.2.02.0003",
      nama: "Koordinasi Perencanaan Bidang Kelautan, Perikanan dan Pariwisata",
      ind: "Jumlah dokumen rencana aksi kelautan, perikanan dan pariwisata",
      sat: "dokumen",
      t0: 2,
      t1: 2,
      rp0: 58_900_000,
      rp1: 74_650_000,
      why: "Penyusunan rencana aksi Festival Teluk Kao",
    },
    {
      id: "s322",
      lvl: "s",
      kode: "5.01.03.2.02.0006",
      nama: "Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan",
      ind: "Jumlah dokumen hasil koordinasi perencanaan infrastruktur dan kewilayahan",
      sat: "dokumen",
      t0: 2,
      t1: 2,
      rp0: 69_350_000,
      rp1: 61_800_000,
      why: "Efisiensi belanja perjalanan dinas",
    },
  ];
  // planted 1: the Setelah pagu of kegiatan 5.01.02.2.01 is =SUM over its first two sub kegiatan only
  // (the Musrenbang row added under the range later); planted 2: the Bertambah/(Berkurang) of sub
  // kegiatan 5.01.03.2.01.0005 is a typed (3,450,000) among formulas; 66,900,000 - 71,250,000 give
  // (4,350,000)
  const SHORT = { id: "k21", last: "s212" };
  const TYPED = { id: "s312", v: -3_450_000 };
  const idx = new Map(rows.map((x, i) => [x.id, i]));
  const under = (id: string): PIn[] => {
    const i = idx.get(id)!;
    const lv = rows[i].lvl;
    const out: PIn[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const l = rows[j].lvl;
      if (l === "p" || (lv === "k" && l === "k")) break;
      out.push(rows[j]);
    }
    return out;
  };
  const parentOf = (id: string): string => {
    const i = idx.get(id)!;
    const want = rows[i].lvl === "s" ? "k" : "p";
    for (let j = i - 1; j >= 0; j--) if (rows[j].lvl === want) return rows[j].id;
    throw new Error(`no parent of ${id}`);
  };
  const SB = "Sebelum Perubahan";
  const ST = "Setelah Perubahan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 42 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: "(3)",
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t0", head: [SB, "Target"], role: "target", year: 2025, num: "(5)", width: 9 },
    { key: "rp0", head: [SB, "Pagu (Rp)"], role: "anggaran", year: 2025, num: "(6)", fmt: RP, width: 17 },
    { key: "t1", head: [ST, "Target"], role: "target", year: 2025, num: "(7)", width: 9 },
    { key: "rp1", head: [ST, "Pagu (Rp)"], role: "anggaran", year: 2025, num: "(8)", fmt: RP, width: 17 },
    { key: "d", head: ["Bertambah / (Berkurang) (Rp)"], num: "(9) = (8) - (6)", fmt: RPN, width: 16 },
    { key: "why", head: ["Alasan Perubahan"], role: "keterangan", num: "(10)", width: 30 },
  ];
  const progs = rows.filter((x) => x.lvl === "p").map((x) => x.id);
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c) => {
      const F = (v: number) => (x.f ? fmt(v, x.f) : v);
      const cells: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        t0: F(x.t0),
        t1: F(x.t1),
        why: x.why,
        d: x.id === TYPED.id ? TYPED.v : fx(`${c.a("rp1")}-${c.a("rp0")}`),
      };
      if (x.lvl === "s") {
        cells.rp0 = x.rp0;
        cells.rp1 = x.rp1;
      } else if (x.lvl === "k") {
        const subs = under(x.id);
        const r1 = c.row(subs[0].id);
        for (const k of ["rp0", "rp1"]) {
          const last = x.id === SHORT.id && k === "rp1" ? SHORT.last : subs[subs.length - 1].id;
          cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${c.row(last)})`);
        }
      } else {
        const kegs = under(x.id).filter((y) => y.lvl === "k");
        for (const k of ["rp0", "rp1"]) cells[k] = fx(kegs.map((y) => c.a(k, y.id)).join("+"));
      }
      return cells;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => ({
      kode: "JUMLAH",
      rp0: fx(`SUM(${progs.map((p) => c.a("rp0", p)).join(",")})`),
      rp1: fx(`SUM(${progs.map((p) => c.a("rp1", p)).join(",")})`),
      d: fx(`${c.a("rp1")}-${c.a("rp0")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Pagu kegiatan adalah jumlah pagu sub kegiatan di bawahnya; pagu program adalah jumlah pagu kegiatannya.",
    "- Perubahan pagu mengacu pada Surat Edaran Bupati Gamkonora tentang Efisiensi Belanja Daerah Tahun Anggaran 2025.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Gamkonora, 4 Agustus 2025",
    jabatan: ["KEPALA BAPPEDA DAN LITBANG", "KABUPATEN GAMKONORA,"],
    nama: "Ir. ABDULLAH M. SOULISA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720915 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const subsOf = (id: string): PIn[] => under(id).filter((y) => y.lvl === "s");
  b.plant({
    at: { sheet: S, cell: a("rp1", SHORT.id) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Setelah Perubahan pagu of kegiatan 5.01.02.2.01 is =SUM over its first two sub kegiatan only (475,350,000); with the Musrenbang sub kegiatan (231,850,000) the three give 707,200,000",
    truth: subsOf(SHORT.id)
      .map((y) => a("rp1", y.id))
      .join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("d", TYPED.id) },
    rules: ["hardcoded-value", "sum-mismatch"],
    note: "Bertambah/(Berkurang) of sub kegiatan 5.01.03.2.01.0005 is a typed (3,450,000) among formulas (9) = (8) - (6); 66,900,000 - 71,250,000 give (4,350,000) (two digits swapped)",
    truth: `${a("rp1", TYPED.id)}-${a("rp0", TYPED.id)}`,
  });
  // followers, neither planted nor clean: rp1 and d of k21, p2 and jml; d of k31 (against its children)
  const follow = new Set(["rp1:k21", "rp1:p2", "rp1:jml", "d:k21", "d:p2", "d:jml", "d:k31", "d:p3"]);
  for (const x of rows) {
    if (x.lvl !== "p") codeOk(b, S, a("kode", x.id), a("kode", parentOf(x.id)));
    if (x.lvl === "k" || x.lvl === "p") {
      const subs = subsOf(x.id);
      for (const k of ["rp0", "rp1"]) {
        if (follow.has(`${k}:${x.id}`)) continue;
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: subs.map((y) => a(k, y.id)).join("+"),
          trap:
            x.lvl === "p"
              ? under(x.id)
                  .map((y) => a(k, y.id))
                  .join("+")
              : undefined,
        });
      }
    }
    if (x.id !== TYPED.id && !follow.has(`d:${x.id}`))
      b.ok({
        sheet: S,
        cell: a("d", x.id),
        rules: ["hardcoded-value"],
        truth: `${a("rp1", x.id)}-${a("rp0", x.id)}`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("rp0", "jml"),
    rules: ["sum-mismatch"],
    truth: rows
      .filter((x) => x.lvl === "s")
      .map((x) => a("rp0", x.id))
      .join("+"),
  });
  return b.finish();
}

// ------------------------------------------------------------------------ review Renja vs Renstra

type VIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  ak: number;
  s25: number;
  r25: number;
  s26: number;
  r26: number;
  neg?: boolean;
  cat: string;
};

/** The Bappeda's review of the Dinas Kesehatan's draft Renja 2025 against the Renstra 2022-2026. */
export function reviewRenstra(): BookW {
  const b = new BookW(
    "reviu-kesesuaian-renja-renstra-dinkes-gamkonora.xlsx",
    "T-C.30-like review of a draft Renja against the Renstra",
    "Bappeda review of a Dinas Kesehatan's Rancangan Renja 2025 against its Renstra 2022-2026: No | Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Kondisi Kinerja pada Akhir Periode Renstra (2026) | 'Tahun 2025' > Target Renstra | Target Rancangan Renja | Kesesuaian (%) | 'Tahun 2026 (Prakiraan Maju)' > the same | Hasil Reviu / Catatan; number row 1 .. 13 with '9 = 8 / 7 x 100'; ROUND formulas in the % columns for every row, negative indicators included",
  );
  const S = "Reviu Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "BAPPEDA DAN LITBANG", "BIDANG PEMERINTAHAN DAN PEMBANGUNAN MANUSIA"]);
  s.lines([
    "HASIL REVIU KESESUAIAN TARGET RANCANGAN RENJA DINAS KESEHATAN TAHUN 2025",
    "TERHADAP RENSTRA DINAS KESEHATAN KABUPATEN GAMKONORA TAHUN 2022-2026",
  ]);
  s.gap();
  const rows: VIn[] = [
    {
      id: "v1",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka Kematian Ibu (per 100.000 kelahiran hidup)",
      sat: "per 100.000 KH",
      ak: 185,
      s25: 198,
      r25: 198,
      s26: 185,
      r26: 190,
      neg: true,
      cat: "Target 2026 Renja lebih rendah dari Renstra (polaritas negatif); agar disesuaikan",
    },
    {
      id: "v2",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Prevalensi balita stunting",
      sat: "%",
      ak: 16,
      s25: 18.5,
      r25: 18.5,
      s26: 16,
      r26: 16,
      neg: true,
      cat: "Sesuai",
    },
    {
      id: "v3",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas terakreditasi paripurna",
      sat: "unit",
      ak: 8,
      s25: 6,
      r25: 5,
      s26: 8,
      r26: 8,
      cat: "Target 2025 di bawah Renstra; akreditasi PKM Tobaru dijadwalkan 2026",
    },
    {
      id: "v4",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas yang menyelenggarakan pelayanan kesehatan sesuai standar",
      sat: "%",
      ak: 90,
      s25: 85,
      r25: 85,
      s26: 90,
      r26: 90,
      cat: "Sesuai",
    },
    {
      id: "v5",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan 9 jenis tenaga kesehatan sesuai standar",
      sat: "%",
      ak: 80,
      s25: 72,
      r25: 75,
      s26: 80,
      r26: 80,
      cat: "Target Renja melampaui Renstra (formasi PPPK 2024)",
    },
    {
      id: "v6",
      kode: "1.02.04",
      nama: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
      ind: "Persentase ketersediaan obat esensial di puskesmas",
      sat: "%",
      ak: 95,
      s25: 92,
      r25: 92,
      s26: 95,
      r26: 95,
      cat: "Sesuai",
    },
    {
      id: "v7",
      kode: "1.02.05",
      nama: "Program Pemberdayaan Masyarakat Bidang Kesehatan",
      ind: "Persentase penduduk yang memiliki jaminan kesehatan (UHC)",
      sat: "%",
      ak: 89,
      s25: 96.5,
      r25: 96.5,
      s26: 98,
      r26: 98,
      cat: "Sesuai",
    },
  ];
  // planted 1: kondisi akhir of the UHC is 89.00, the 2026 target 98.00 with its digits swapped;
  // planted 2: the 2026 kesesuaian of the puskesmas terakreditasi divides by the 2025 Renstra target
  const AK_BAD = "v7";
  const SHIFT = "v3";
  const Y25 = "Tahun 2025";
  const Y26 = "Tahun 2026 (Prakiraan Maju)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 12 },
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra (2026)"],
      role: "kondisi-akhir",
      num: 6,
      fmt: DEC,
      width: 13,
    },
    { key: "s25", head: [Y25, "Target Renstra"], role: "target", year: 2025, num: 7, fmt: DEC, width: 10 },
    {
      key: "r25",
      head: [Y25, "Target Rancangan Renja"],
      role: "target",
      year: 2025,
      num: 8,
      fmt: DEC,
      width: 11,
    },
    {
      key: "p25",
      head: [Y25, "Kesesuaian (%)"],
      role: "capaian",
      num: "9 = 8 / 7 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "s26", head: [Y26, "Target Renstra"], role: "target", year: 2026, num: 10, fmt: DEC, width: 10 },
    {
      key: "r26",
      head: [Y26, "Target Rancangan Renja"],
      role: "target",
      year: 2026,
      num: 11,
      fmt: DEC,
      width: 11,
    },
    {
      key: "p26",
      head: [Y26, "Kesesuaian (%)"],
      role: "capaian",
      num: "12 = 11 / 10 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "cat", head: ["Hasil Reviu / Catatan"], role: "keterangan", num: 13, width: 34 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["nama"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        kode: i > 0 && rows[i - 1].kode === x.kode ? undefined : x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        ak: x.id === AK_BAD ? 89 : x.ak,
        s25: x.s25,
        r25: x.r25,
        p25: fx(rt(c.a("r25"), c.a("s25"))),
        s26: x.s26,
        r26: x.r26,
        p26: fx(x.id === SHIFT ? rt(c.a("r26"), c.a("s25")) : rt(c.a("r26"), c.a("s26"))),
        cat: x.cat,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: Kesesuaian (%) = Target Rancangan Renja / Target Renstra x 100, untuk semua indikator termasuk yang berpolaritas negatif;",
    "nilai 100 berarti sama dengan Renstra. Kondisi akhir indikator persentase, angka dan jumlah unit adalah target tahun 2026.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Gamkonora, 12 Juni 2024",
    jabatan: ["KEPALA BIDANG PEMERINTAHAN DAN", "PEMBANGUNAN MANUSIA,"],
    nama: "MARYAM HEHANUSSA, S.KM., M.Kes.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830307 200902 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", AK_BAD) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the UHC coverage (a rate) is 89.00, the 2026 Renstra target 98.00 with its digits swapped",
    truth: a("s26", AK_BAD),
  });
  b.plant({
    at: { sheet: S, cell: a("p26", SHIFT) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "2026 kesesuaian of the puskesmas terakreditasi paripurna is =ROUND(Renja 2026 / Renstra 2025 x 100) = 133.33 (8 / 6); 8 / 8 gives 100.00, as every other row divides by its own year",
    truth: rt(a("r26", SHIFT), a("s26", SHIFT)),
  });
  for (const x of rows) {
    if (x.id !== AK_BAD)
      b.ok({
        sheet: S,
        cell: a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("s26", x.id),
        trap: x.neg ? `${a("s25", x.id)}+${a("s26", x.id)}` : undefined,
      });
    for (const [p, r, st] of [
      ["p25", "r25", "s25"],
      ["p26", "r26", "s26"],
    ]) {
      if (x.id === SHIFT && p === "p26") continue;
      const over = x.id === "v5" && p === "p25";
      b.ok({
        sheet: S,
        cell: a(p, x.id),
        rules: over ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: rt(a(r, x.id), a(st, x.id)),
        // a negative row keeps the plain ratio the note prescribes, not the refleksi
        trap:
          x.id === "v1" && p === "p26"
            ? `ROUND((2*${a(st, x.id)}-${a(r, x.id)})/${a(st, x.id)}*100,2)`
            : undefined,
      });
    }
    if (x.neg)
      b.ok({
        sheet: S,
        cell: a("s26", x.id),
        rules: ["target-trend"],
        truth: String(x.s26),
      });
  }
  codeOk(b, S, a("kode", "v3"), a("kode", "v1"));
  codeOk(b, S, a("kode", "v4"), a("kode", "v1"));
  return b.finish();
}
