// The job-seeker recap of a Dinas Tenaga Kerja in Sulawesi Tengah: pencari kerja terdaftar (AK/I) and
// penempatan per kecamatan, men and women, with the placement rate and the remainder at the end of the
// year, and beside it (one empty column between) the same job seekers by education. The placement rate
// of the total row is the ratio of the totals, never the sum or the average of the kecamatan rates.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kec = { id: string; nama: string; l: number; p: number; dl: number; dp: number };

export function rekapPencakerSigi(): BookW {
  const b = new BookW(
    "rekap-pencaker-penempatan-kecamatan-sigi-lembah-2024.xlsx",
    "Rekap pencari kerja dan penempatan per kecamatan (Dinas Tenaga Kerja)",
    "Rekap 2024 of a Dinas Tenaga Kerja in Sulawesi Tengah: No | Kecamatan | 'Pencari Kerja Terdaftar (AK/I)' > L | P | Jumlah | 'Ditempatkan' > L | P | Jumlah | % Penempatan | Sisa Akhir Tahun; number row (1) .. (10) with '(5)=(3)+(4)', '(8)=(6)+(7)', '(9)=(8):(5)x100', '(10)=(5)-(8)'; JUMLAH row; beside it after an empty column: No | Tingkat Pendidikan | 'Pencari Kerja Terdaftar' > L | P | Jumlah with a JUMLAH row",
  );
  const S = "Rekap Pencaker 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SIGI LEMBAH",
    "DINAS TENAGA KERJA",
    "Jl. Poros Palu - Kulawi No. 18, Bora",
  ]);
  s.lines([
    "REKAPITULASI PENCARI KERJA TERDAFTAR DAN PENEMPATAN TENAGA KERJA MENURUT KECAMATAN",
    "KEADAAN s.d. 31 DESEMBER 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Biromaru Hilir", l: 1_284, p: 1_139, dl: 402, dp: 318 },
    { id: "k2", nama: "Dolo Raya", l: 968, p: 874, dl: 295, dp: 247 },
    { id: "k3", nama: "Marawola Pesisir", l: 731, p: 655, dl: 206, dp: 171 },
    { id: "k4", nama: "Kulawi Lembah", l: 412, p: 366, dl: 98, dp: 83 },
    { id: "k5", nama: "Gumbasa Tengah", l: 559, p: 503, dl: 161, dp: 139 },
    { id: "k6", nama: "Palolo Hulu", l: 623, p: 588, dl: 174, dp: 152 },
    { id: "k7", nama: "Tanambulava", l: 347, p: 298, dl: 87, dp: 69 },
    { id: "k8", nama: "Lindu Raya", l: 186, p: 154, dl: 41, dp: 36 },
  ];
  const PK = "Pencari Kerja Terdaftar (AK/I)";
  const DT = "Ditempatkan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "l", head: [PK, "L"], role: "lainnya", year: 2024, num: "(3)", fmt: INT, width: 8 },
    { key: "p", head: [PK, "P"], role: "lainnya", year: 2024, num: "(4)", fmt: INT, width: 8 },
    { key: "j", head: [PK, "Jumlah"], role: "lainnya", year: 2024, num: "(5)=(3)+(4)", fmt: INT, width: 10 },
    { key: "dl", head: [DT, "L"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 8 },
    { key: "dp", head: [DT, "P"], role: "realisasi", year: 2024, num: "(7)", fmt: INT, width: 8 },
    {
      key: "dj",
      head: [DT, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(8)=(6)+(7)",
      fmt: INT,
      width: 10,
    },
    {
      key: "pc",
      head: ["% Penempatan"],
      role: "capaian",
      year: 2024,
      num: "(9)=(8):(5)x100",
      fmt: DEC,
      width: 11,
    },
    { key: "sisa", head: ["Sisa Akhir Tahun"], role: "lainnya", num: "(10)=(5)-(8)", fmt: INT, width: 10 },
  ];
  const sumKeys = ["l", "p", "j", "dl", "dp", "dj", "sisa"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          kec: x.nama,
          l: x.l,
          p: x.p,
          j: fx(`${c.a("l")}+${c.a("p")}`),
          dl: x.dl,
          dp: x.dp,
          dj: fx(`${c.a("dl")}+${c.a("dp")}`),
          // planted: Palolo Hulu's rate divides by the Sisa (10) instead of the Jumlah (5)
          pc:
            x.id === "k6"
              ? fx(`ROUND(${c.a("dj")}/${c.a("sisa")}*100,2)`)
              : fx(`ROUND(${c.a("dj")}/${c.a("j")}*100,2)`),
          sisa: fx(`${c.a("j")}-${c.a("dj")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of sumKeys) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k8")})`);
          out.pc = fx(`ROUND(${c.a("dj")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const top = t.top;
  const E = [
    { id: "e1", nm: "SD / sederajat", l: 386, p: 241 },
    { id: "e2", nm: "SMP / sederajat", l: 842, p: 612 },
    { id: "e3", nm: "SMA / MA", l: 1_497, p: 1_385 },
    { id: "e4", nm: "SMK", l: 1_366, p: 1_014 },
    { id: "e5", nm: "Diploma I / II / III", l: 349, p: 468 },
    { id: "e6", nm: "Diploma IV / S1 / S2", l: 670, p: 857 },
  ];
  const left = t.right + 2;
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "pd", head: ["Tingkat Pendidikan"], role: "indikator", num: "(2)", width: 20 },
        {
          key: "l",
          head: ["Pencari Kerja Terdaftar", "L"],
          role: "lainnya",
          year: 2024,
          num: "(3)",
          fmt: INT,
          width: 8,
        },
        {
          key: "p",
          head: ["Pencari Kerja Terdaftar", "P"],
          role: "lainnya",
          year: 2024,
          num: "(4)",
          fmt: INT,
          width: 8,
        },
        {
          key: "j",
          head: ["Pencari Kerja Terdaftar", "Jumlah"],
          role: "lainnya",
          year: 2024,
          num: "(5)",
          fmt: INT,
          width: 10,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...E.map((x, i): Row => ({
          id: x.id,
          cells: (c: Ctx) => ({
            no: i + 1,
            pd: x.nm,
            l: x.l,
            p: x.p,
            // planted: the SMK Jumlah is a typed 2,830; 1,366 + 1,014 = 2,380
            j: x.id === "e4" ? 2_830 : fx(`${c.a("l")}+${c.a("p")}`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "pd"],
          cells: (c: Ctx) => ({
            no: "JUMLAH",
            l: fx(`SUM(${c.a("l", "e1")}:${c.a("l", "e6")})`),
            p: fx(`SUM(${c.a("p", "e1")}:${c.a("p", "e6")})`),
            j: fx(`SUM(${c.a("j", "e1")}:${c.a("j", "e6")})`),
          }),
        },
      ],
    },
    left,
    top,
  );
  s.gap();
  s.lines([
    "Keterangan: AK/I = kartu tanda bukti pendaftaran pencari kerja; data bersumber dari SIAPkerja dan pendaftaran manual.",
    "Sisa akhir tahun dilimpahkan sebagai pencari kerja terdaftar awal tahun 2025.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Bora, 10 Januari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KABUPATEN SIGI LEMBAH,"],
    nama: "MOH. FADLI LAPASERE, S.T., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790411 200501 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const e = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "k6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Penempatan of Palolo Hulu is =ROUND((8)/(10)*100,2) = 36.84, over the Sisa instead of the registered job seekers; (8) / (5) = 326 / 1,211 gives 26.92",
    truth: `ROUND(${a("dj", "k6")}/${a("j", "k6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: e("j", "e4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the SMK job seekers is a typed 2,830 among (3)+(4) formulas; 1,366 + 1,014 give 2,380 (digits swapped)",
    truth: `${e("l", "e4")}+${e("p", "e4")}`,
  });
  for (const x of K) {
    b.ok({ sheet: S, cell: a("j", x.id), rules: ["sum-mismatch"], truth: `${a("l", x.id)}+${a("p", x.id)}` });
    if (x.id !== "k6")
      b.ok({
        sheet: S,
        cell: a("pc", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("dj", x.id)}/${a("j", x.id)}*100,2)`,
      });
  }
  for (const k of sumKeys)
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: K.map((x) => a(k, x.id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("dj", "tot")}/${a("j", "tot")}*100,2)`,
    // the ratio of the totals, not the kecamatan rates added up
    trap: `SUM(${a("pc", "k1")}:${a("pc", "k8")})`,
  });
  for (const k of ["l", "p"]) {
    b.ok({ sheet: S, cell: e(k, "tot"), rules: ["sum-mismatch"], truth: E.map((x) => e(k, x.id)).join("+") });
    b.ok({ sheet: S, cell: e(k, "tot"), rules: ["cross-table-mismatch"], truth: a(k, "tot") });
  }
  return b.finish();
}
