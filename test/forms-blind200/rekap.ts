// A sector recap of the Dinas Pendidikan of Sulawesi Tengah: SLB, peserta didik berkebutuhan khusus
// and guru pembimbing khusus per kabupaten / kota, 2024. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kab = {
  id: string;
  nm: string;
  neg: number;
  swa: number | "-";
  l: number;
  p: number;
  gpk: number;
  mem: number;
};

export function rekapSlbSulteng(): BookW {
  const b = new BookW(
    "rekap-slb-pdbk-gpk-per-kabupaten-sulteng.xlsx",
    "rekap sektor pendidikan khusus per kabupaten / kota",
    "recap 2024 of the Disdik Sulawesi Tengah: No | Kabupaten / Kota | 'Jumlah SLB' > Negeri | Swasta | Jumlah | 'Peserta Didik Berkebutuhan Khusus' > L | P | Jumlah | GPK | Rasio PDBK per GPK | SLB dengan sarana aksesibilitas memadai | % memadai; number row '5 = 3 + 4', '8 = 6 + 7', '10 = 8 : 9', '12 = 11 / 5 x 100'; TOTAL row of ratios of totals",
  );
  const S = "Rekap Kab-Kota 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN PROVINSI SULAWESI TENGAH", "Bidang Pendidikan Khusus dan Layanan Khusus"]);
  s.lines([
    "REKAPITULASI SLB, PESERTA DIDIK BERKEBUTUHAN KHUSUS DAN GURU PEMBIMBING KHUSUS",
    "Keadaan 31 Desember 2024",
  ]);
  s.gap();
  const K: Kab[] = [
    { id: "k1", nm: "Kota Teluk Talise", neg: 3, swa: 4, l: 412, p: 268, gpk: 58, mem: 5 },
    { id: "k2", nm: "Kabupaten Lembah Tawaeli", neg: 2, swa: 1, l: 198, p: 131, gpk: 26, mem: 2 },
    { id: "k3", nm: "Kabupaten Pantai Balantak", neg: 1, swa: "-", l: 96, p: 61, gpk: 9, mem: 1 },
    { id: "k4", nm: "Kabupaten Tanjung Lolu", neg: 2, swa: 2, l: 231, p: 154, gpk: 31, mem: 3 },
    { id: "k5", nm: "Kabupaten Bukit Sindue", neg: 1, swa: 1, l: 88, p: 57, gpk: 12, mem: 1 },
    { id: "k6", nm: "Kabupaten Lore Raya", neg: 2, swa: 3, l: 174, p: 109, gpk: 22, mem: 4 },
    { id: "k7", nm: "Kabupaten Ampana Pesisir", neg: 1, swa: 1, l: 102, p: 70, gpk: 14, mem: 1 },
  ];
  const SLB = "Jumlah SLB";
  const PD = "Peserta Didik Berkebutuhan Khusus (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: 2, width: 26 },
    { key: "neg", head: [SLB, "Negeri"], num: 3, fmt: INT, width: 8 },
    { key: "swa", head: [SLB, "Swasta"], num: 4, fmt: INT, width: 8 },
    { key: "slb", head: [SLB, "Jumlah"], num: "5 = 3 + 4", fmt: INT, width: 8 },
    { key: "l", head: [PD, "L"], num: 6, fmt: INT, width: 8 },
    { key: "p", head: [PD, "P"], num: 7, fmt: INT, width: 8 },
    { key: "pd", head: [PD, "Jumlah"], num: "8 = 6 + 7", fmt: INT, width: 9 },
    { key: "gpk", head: ["Guru Pembimbing Khusus (orang)"], num: 9, fmt: INT, width: 11 },
    { key: "ras", head: ["Rasio PDBK per GPK"], num: "10 = 8 : 9", fmt: DEC, width: 10 },
    { key: "mem", head: ["SLB dengan Sarana Aksesibilitas Memadai"], num: 11, fmt: INT, width: 12 },
    { key: "pct", head: ["% SLB Memadai"], num: "12 = 11 / 5 x 100", fmt: DEC, width: 10 },
  ];
  const tot = (k: string, c: Ctx) => fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k7")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kab: k.nm,
          neg: k.neg,
          swa: k.swa,
          slb: fx(`SUM(${c.a("neg")}:${c.a("swa")})`),
          l: k.l,
          p: k.p,
          // planted: Tanjung Lolu's Jumlah is typed, 385 with its digits swapped
          pd: k.id === "k4" ? 358 : fx(`${c.a("l")}+${c.a("p")}`),
          gpk: k.gpk,
          ras: fx(`ROUND(${c.a("pd")}/${c.a("gpk")},2)`),
          mem: k.mem,
          // planted: Lore Raya's percentage divides the other way round
          pct: fx(
            k.id === "k6"
              ? `ROUND(${c.a("slb")}/${c.a("mem")}*100,2)`
              : `ROUND(${c.a("mem")}/${c.a("slb")}*100,2)`,
          ),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (c) => ({
          no: "TOTAL PROVINSI",
          neg: tot("neg", c),
          swa: tot("swa", c),
          slb: tot("slb", c),
          l: tot("l", c),
          p: tot("p", c),
          pd: tot("pd", c),
          gpk: tot("gpk", c),
          ras: fx(`ROUND(${c.a("pd")}/${c.a("gpk")},2)`),
          mem: tot("mem", c),
          pct: fx(`ROUND(${c.a("mem")}/${c.a("slb")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Dapodik semester ganjil 2024/2025 dan verifikasi lapangan Bidang PK-PLK.",
    "Catatan: '-' berarti tidak ada SLB swasta di kabupaten tersebut.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Palu, 10 Februari 2025",
    jabatan: ["Kepala Bidang Pendidikan Khusus dan Layanan Khusus,"],
    nama: "Hasnawati Lamakarate, S.Pd., M.Pd.",
    nip: "19780303 200312 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pd", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah PDBK of Kabupaten Tanjung Lolu is a typed 358 among L + P formulas; 231 + 154 give 385",
    truth: `${a("l", "k4")}+${a("p", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k6") },
    rules: ["percent-out-of-range", "inconsistent-formula"],
    note: "% SLB memadai of Kabupaten Lore Raya is =ROUND(5/11*100,2), the other way round from the column: 125.00; 4 of 5 SLB give 80.00",
    truth: `ROUND(${a("mem", "k6")}/${a("slb", "k6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("mem", "tot")}/${a("slb", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k7")}),2)`,
  });
  b.ok({ sheet: S, cell: a("slb", "k3"), rules: ["sum-mismatch"], truth: a("neg", "k3") });
  b.ok({
    sheet: S,
    cell: a("slb", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("neg", "tot")}+${a("swa", "tot")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "k3"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("mem", "k3")}/${a("slb", "k3")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("pd", "k5"), rules: ["sum-mismatch"], truth: `${a("l", "k5")}+${a("p", "k5")}` });
  return b.finish();
}
