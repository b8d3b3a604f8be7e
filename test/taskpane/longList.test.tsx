/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane with a long list (#11 item 5): the sample Renstra's 43 findings, read by the CLI's
// reader and handed to the pane by a host that only serves those grids. Errors first, groups after
// the first closed to a count, a severity filter, each card with its own controls, polarity only
// where it changes a finding, a counter that says something before a selection.
import * as path from "path";
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Host, PaneSettings } from "../../src/excel/excelHost";
import type { Grid } from "../../src/core/grid";
import { DEFAULT_PANE_SETTINGS } from "../../src/core/pengaturan";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { analyse } from "../../src/taskpane/engine";
import { groupFindings } from "../../src/taskpane/analisis";
import type { FindingGroup } from "../../src/taskpane/analisis";
import { langkah, saring } from "../../src/taskpane/findingView";

jest.setTimeout(60000);
// (and each wait for the pane: the check runs the whole engine, seconds on a loaded machine)
configure({ asyncUtilTimeout: 10000 });

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const SAMPLE = path.join(__dirname, "..", "..", "contoh", "contoh-renstra.xlsx");
let grids: Grid[];
let groups: FindingGroup[];
let selected: string[];

beforeAll(async () => {
  grids = (await readWorkbook(SAMPLE)).sheets;
  groups = groupFindings(analyse("contoh-renstra.xlsx", grids, DEFAULT_PANE_SETTINGS), "di luar tabel");
});

function sampleHost(): Host {
  let settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS };
  return {
    capabilities: () => ({ conditionalFormats: true, mergedAreas: true, notes: true }),
    workbookName: () => "contoh-renstra.xlsx",
    read: async () => ({ grids, skipped: [] }),
    select: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    mark: async () => ({ marked: 0, notes: 0, removed: 0 }),
    unmark: async () => ({ marked: 0, notes: 0, removed: 0 }),
    fix: async () => [],
    undo: async () => undefined,
    loadSettings: () => settings,
    saveSettings: async (s) => void (settings = s),
  } as Host;
}

const cards = (): string[] =>
  [...document.querySelectorAll("[data-finding]")].map((b) => b.getAttribute("data-finding") ?? "");
const badges = (): string[] =>
  [...document.querySelectorAll("[data-card]")].map(
    (c) => c.querySelector("[data-finding] .fui-Badge")?.textContent ?? "",
  );
const counter = (): string => document.querySelector("[data-counter]")?.textContent ?? "";
/** A group's header button (by its key: role queries over 40 cards are slow in jsdom). */
const header = (g: FindingGroup): HTMLElement => {
  const b = document.querySelector(`[data-group="${g.key}"] button`) as HTMLElement | null;
  if (!b) throw new Error(`no group ${g.key}`);
  expect(b.textContent).toBe(`${g.title} (${g.findings.length})`);
  return b;
};
const button = (name: string): HTMLElement =>
  [...document.querySelectorAll("button")].find((b) => b.textContent === name) as HTMLElement;

beforeEach(async () => {
  selected = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={sampleHost()} inExcel={true} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
  await screen.findByText(/14 tabel · \d+ galat · 9 peringatan/);
});

describe("the pane with 40+ findings", () => {
  it("shows errors first and only the first group open, the others as a count", () => {
    const total = groups.reduce((n, g) => n + g.findings.length, 0);
    expect(total).toBeGreaterThan(40);
    expect(groups[0].findings[0].finding.severity).toBe("error");
    // the headers in the core order (groups holding an error first), each with its count
    const headers = groups.map(header);
    headers.forEach((h, i) => i && expect(h.compareDocumentPosition(headers[i - 1])).toBe(2)); // after
    expect(headers.map((h) => h.getAttribute("aria-expanded"))).toEqual(
      groups.map((_, i) => String(i === 0)),
    );
    // only the first group's cards are there, errors first
    expect(cards()).toEqual(groups[0].findings.map((f) => `${f.finding.sheet}!${f.finding.cell}`));
    expect(badges()[0]).toBe("Galat");
    // a closed group opens on a click
    fireEvent.click(headers[1]);
    expect(cards()).toHaveLength(groups[0].findings.length + groups[1].findings.length);
  });

  it("says how many findings there are before a selection, and where one is after", async () => {
    expect(counter()).toBe(`${total()} temuan · pilih satu atau tekan Berikutnya`);
    fireEvent.click(button("Berikutnya"));
    const first = groups[0].findings[0].finding;
    await waitFor(() => expect(selected).toEqual([`${first.sheet}!${first.cell}`]));
    expect(counter()).toBe(`Temuan 1 dari ${total()}`);
    // walking past the first group opens the group of the finding it reaches
    for (let i = 0; i < groups[0].findings.length; i++) fireEvent.click(button("Berikutnya"));
    const next = groups[1].findings[0].finding;
    await waitFor(() => expect(selected[selected.length - 1]).toBe(`${next.sheet}!${next.cell}`));
    expect(header(groups[1]).getAttribute("aria-expanded")).toBe("true");
    expect(document.querySelector(`[data-card="${next.sheet}!${next.cell}"]`)).not.toBeNull();
  });

  it("filters by severity, counts what the filter hides, and shows it again", async () => {
    const filter = document.querySelector('[role="group"][aria-label="Tampilkan tingkat"]') as HTMLElement;
    const count = (sev: string) =>
      groups.flatMap((g) => g.findings).filter((f) => f.finding.severity === sev).length;
    const info = within(filter).getByRole("button", { name: `Info (${count("info")})` });
    const warn = within(filter).getByRole("button", { name: `Peringatan (${count("warning")})` });
    expect(info.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(info);
    fireEvent.click(warn);
    expect(info.getAttribute("aria-pressed")).toBe("false");
    const errorsOnly = saring(groups, new Set(["error"]));
    // the first group that holds an error is open: its errors only, every card a Galat
    expect(cards()).toEqual(errorsOnly[0].findings.map((f) => `${f.finding.sheet}!${f.finding.cell}`));
    expect(new Set(badges())).toEqual(new Set(["Galat"]));
    const hidden = count("warning") + count("info");
    expect(counter()).toBe(
      `${count("error")} temuan (${hidden} disembunyikan) · pilih satu atau tekan Berikutnya`,
    );
    // a group without errors is gone from the list
    const noErrors = groups.filter((g) => !g.findings.some((f) => f.finding.severity === "error"));
    expect(noErrors.length).toBeGreaterThan(0);
    expect(document.querySelector(`[data-group="${noErrors[0].key}"]`)).toBeNull();
    fireEvent.click(within(filter).getByRole("button", { name: /^Galat/ }));
    expect(screen.getByText(/Semua temuan disembunyikan/)).toBeTruthy();
    fireEvent.click(info);
    expect(new Set(badges())).toEqual(new Set(["Info"]));
  });

  it("keeps each card's controls inside it, and offers polarity only where it changes a finding", async () => {
    const open = (sheet: string, cell: string): HTMLElement => {
      const g = groups.find((x) =>
        x.findings.some((f) => f.finding.sheet === sheet && f.finding.cell === cell),
      )!;
      if (header(g).getAttribute("aria-expanded") !== "true") fireEvent.click(header(g));
      return document.querySelector(`[data-card="${sheet}!${cell}"]`) as HTMLElement;
    };
    // a target trend of an indicator (Indeks Keparahan Kemiskinan): polarity decides it
    const trend = open("T 4.2", "J9");
    expect(
      within(trend).getByRole("combobox", { name: /^Polaritas indikator ini: Indeks Keparahan Kemiskinan/ }),
    ).toBeTruthy();
    expect(within(trend).getByRole("button", { name: "Terima dengan alasan T 4.2!J9" })).toBeTruthy();
    // a budget absorption ratio (serapan) of a Belanja row: no polarity
    const serapan = open("T 2.3.2", "N8");
    expect(within(serapan).getByText(/rasio serapan anggaran 2019/)).toBeTruthy();
    expect(serapan.querySelector('[role="combobox"]')).toBeNull();
    // Perbaiki sits in its own card
    const fixable = groups.flatMap((g) => g.findings).find((f) => f.finding.fix)!.finding;
    const card = open(fixable.sheet, fixable.cell);
    expect(
      within(card).getByRole("button", { name: `Perbaiki ${fixable.sheet}!${fixable.cell}` }),
    ).toBeTruthy();
    // every polarity choice the pane shows is on a capaian or target-trend finding of an indicator
    for (const g of groups)
      if (header(g).getAttribute("aria-expanded") !== "true") fireEvent.click(header(g));
    const withPolarity = [...document.querySelectorAll("[data-card]")].filter((c) =>
      c.querySelector('[role="combobox"]'),
    );
    expect(withPolarity.length).toBeGreaterThan(0);
    for (const c of withPolarity) expect(c.textContent).toMatch(/capaian-mismatch|target-trend/);
    expect(withPolarity.some((c) => /serapan|Belanja/.test(c.textContent ?? ""))).toBe(false);
  });
});

const total = (): number => groups.reduce((n, g) => n + g.findings.length, 0);

describe("walking the list", () => {
  it("starts at the first (Berikutnya) or the last (Sebelumnya) and wraps around", () => {
    expect(langkah([4, 2, 9], -1, 1)).toBe(4);
    expect(langkah([4, 2, 9], -1, -1)).toBe(9);
    expect(langkah([4, 2, 9], 9, 1)).toBe(4);
    expect(langkah([4, 2, 9], 4, -1)).toBe(9);
    expect(langkah([], -1, 1)).toBeUndefined();
  });
});
