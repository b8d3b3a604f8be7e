// The SPM kesehatan report of a Puskesmas in the LKjIP annex: the twelve services of the SPM
// bidang kesehatan, each with its sasaran, the people served to standard and the persentase as a
// ROUND formula, and a "Rata-rata Capaian SPM" row that averages the percentages (a mean, never a
// sum). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx } from "../forms/kit";

type Svc = { id: string; nama: string; sat: string; sas: number; lay: number };

/** Capaian SPM Kesehatan 2024 of Puskesmas Giripurno, Kabupaten Wonoreja. */
export function spmPuskesmas(): BookW {
  const b = new BookW(
    "spm-kesehatan-puskesmas-giripurno-wonoreja.xlsx",
    "Capaian SPM Kesehatan (Puskesmas, LKjIP)",
    "Lampiran LKjIP 2024 of a Puskesmas: No | Jenis Pelayanan Dasar SPM | Satuan | 'Sasaran Tahun 2024' > Jumlah Sasaran | 'Capaian Tahun 2024' > Mendapat Pelayanan Sesuai Standar | Persentase (%) | Kendala / Keterangan; number row (a) .. (g); twelve services; a Rata-rata row (AVERAGE of the percentages)",
  );
  const S = "SPM Puskesmas 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WONOREJA",
    "DINAS KESEHATAN",
    "UPTD PUSKESMAS GIRIPURNO",
    "Jl. Raya Giripurno - Sumberlaras Km. 3, Kecamatan Giripurno",
  ]);
  s.lines(["LAMPIRAN III LKjIP TAHUN 2024", "CAPAIAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN"], 1, {
    bold: true,
  });
  s.gap();
  const svc: Svc[] = [
    { id: "s1", nama: "Pelayanan kesehatan ibu hamil", sat: "ibu hamil", sas: 812, lay: 779 },
    { id: "s2", nama: "Pelayanan kesehatan ibu bersalin", sat: "ibu bersalin", sas: 775, lay: 768 },
    { id: "s3", nama: "Pelayanan kesehatan bayi baru lahir", sat: "bayi", sas: 770, lay: 766 },
    { id: "s4", nama: "Pelayanan kesehatan balita", sat: "balita", sas: 3_420, lay: 3_187 },
    { id: "s5", nama: "Pelayanan kesehatan pada usia pendidikan dasar", sat: "anak", sas: 7_950, lay: 7_902 },
    { id: "s6", nama: "Pelayanan kesehatan pada usia produktif", sat: "orang", sas: 31_400, lay: 22_871 },
    { id: "s7", nama: "Pelayanan kesehatan pada usia lanjut", sat: "orang", sas: 6_120, lay: 4_958 },
    { id: "s8", nama: "Pelayanan kesehatan penderita hipertensi", sat: "orang", sas: 9_860, lay: 6_314 },
    {
      id: "s9",
      nama: "Pelayanan kesehatan penderita diabetes melitus",
      sat: "orang",
      sas: 1_148,
      lay: 1_093,
    },
    {
      id: "s10",
      nama: "Pelayanan kesehatan orang dengan gangguan jiwa berat",
      sat: "orang",
      sas: 84,
      lay: 79,
    },
    { id: "s11", nama: "Pelayanan kesehatan orang terduga tuberkulosis", sat: "orang", sas: 612, lay: 655 },
    {
      id: "s12",
      nama: "Pelayanan kesehatan orang dengan risiko terinfeksi HIV",
      sat: "orang",
      sas: 1_035,
      lay: 1_012,
    },
  ];
  // planted 1: balita =ROUND(E/D*100,2) caches a stale 95.84 (3,187 / 3,420 = 93.19)
  const STALE = { id: "s4", v: 95.84 };
  // planted 2: hipertensi typed 46.04 (digits of 64.04 swapped; 6,314 / 9,860 = 64.04)
  const TYPED = { id: "s8", v: 46.04 };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(a)", width: 5 },
    { key: "jp", head: ["Jenis Pelayanan Dasar SPM"], role: "indikator", num: "(b)", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(c)", width: 12 },
    {
      key: "sas",
      head: ["Sasaran Tahun 2024", "Jumlah Sasaran"],
      role: "target",
      year: 2024,
      num: "(d)",
      fmt: INT,
      width: 13,
    },
    {
      key: "lay",
      head: ["Capaian Tahun 2024", "Mendapat Pelayanan Sesuai Standar"],
      role: "realisasi",
      year: 2024,
      num: "(e)",
      fmt: INT,
      width: 15,
    },
    {
      key: "pct",
      head: ["Capaian Tahun 2024", "Persentase (%)"],
      role: "capaian",
      year: 2024,
      num: "(f) = (e)/(d) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "ket", head: ["Kendala / Keterangan"], role: "keterangan", num: "(g)", width: 34 },
  ];
  const KET: Record<string, string> = {
    s6: "Skrining usia produktif belum menjangkau pekerja pabrik",
    s8: "Kunjungan ulang penderita rendah",
    s11: "Penemuan kasus aktif melalui investigasi kontak",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...svc.map((x, i) => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          jp: x.nama,
          sat: x.sat,
          sas: x.sas,
          lay: x.lay,
          pct:
            x.id === TYPED.id
              ? TYPED.v
              : fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`, x.id === STALE.id ? STALE.v : undefined),
          ket: KET[x.id] ?? "-",
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"] as [string, string],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian SPM Kesehatan",
          pct: fx(`ROUND(AVERAGE(${c.c("pct")}${c.row("s1")}:${c.c("pct")}${c.row("s12")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Sasaran bersumber dari proyeksi penduduk dan estimasi sasaran program Dinas Kesehatan Kabupaten Wonoreja 2024.",
    "- Rata-rata capaian adalah rerata persentase dua belas jenis pelayanan dasar.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Giripurno, 10 Januari 2025",
    jabatan: ["Kepala UPTD Puskesmas Giripurno,"],
    nama: "drg. LARASATI PUSPANINGRUM",
    pangkat: "Penata Tingkat I",
    nip: "19830417 200903 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rt = (id: string) => `ROUND(${a("lay", id)}/${a("sas", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("pct", STALE.id) },
    rules: ["capaian-mismatch"],
    note: "balita persentase =ROUND(E/D*100,2) caches a stale 95.84; 3,187 / 3,420 = 93.19",
    truth: rt(STALE.id),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", TYPED.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "hipertensi persentase is a typed 46.04 (digits of 64.04 swapped) among ROUND formulas; 6,314 / 9,860 = 64.04",
    truth: rt(TYPED.id),
  });
  for (const id of ["s1", "s6", "s9", "s12"])
    b.ok({ sheet: S, cell: a("pct", id), rules: ["capaian-mismatch"], truth: rt(id) });
  // more people served than the estimate: a real capaian above 100 %, no slip
  b.ok({
    sheet: S,
    cell: a("pct", "s11"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt("s11"),
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("lay", "s11"),
    rules: ["serapan-over-100"],
    truth: a("lay", "s11"),
    trap: a("sas", "s11"),
  });
  // the mean of the percentages, not their sum
  b.ok({
    sheet: S,
    cell: a("pct", "avg"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("pct", "s1")}:${a("pct", "s12")}),2)`,
    trap: `SUM(${a("pct", "s1")}:${a("pct", "s12")})`,
  });
  return b.finish();
}
