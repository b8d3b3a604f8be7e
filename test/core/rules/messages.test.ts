// The rules' declared messages (src/core/rules/messages.ts): both languages for every id with the
// same placeholders, and the one formatter that fills them.
import { RULES } from "../../../src/core/rules";
import { ENGINE_MESSAGES } from "../../../src/core/rules/engineMessages";
import { formatMessage, placeholders } from "../../../src/core/rules/messages";

const sorted = (t: string): string[] => placeholders(t).sort();

describe("declared messages", () => {
  const declared = [
    ...RULES.filter((r) => r.messages).map((r) => [r.id, r.messages!] as const),
    ["engine", ENGINE_MESSAGES] as const,
  ];

  it.each(declared)("%s: both languages for every id, with the same placeholders", (_id, messages) => {
    for (const [id, m] of Object.entries(messages)) {
      expect([id, m.id.trim().length > 0, m.en.trim().length > 0]).toEqual([id, true, true]);
      expect([id, sorted(m.en)]).toEqual([id, sorted(m.id)]);
      expect(m.en).not.toBe(m.id);
    }
  });

  it("no rule declares the engine's ids", () => {
    for (const r of RULES)
      for (const id of Object.keys(r.messages)) expect(Object.keys(ENGINE_MESSAGES)).not.toContain(id);
  });
});

describe("formatMessage", () => {
  const messages = {
    m: {
      id: "{{n}} baris di {{cell}}, tahun {{year}}: {{what}}",
      en: "{{n}} rows in {{cell}}, year {{year}}: {{what}}",
    },
  };

  it("formats numbers per language, leaves strings as they are, and picks a piece's language", () => {
    const data = { n: 1234.5, cell: "B7", year: "2025", what: { id: "target", en: "the target" } };
    expect(formatMessage(messages, "m", data)).toEqual({
      id: "1.234,5 baris di B7, tahun 2025: target",
      en: "1,234.5 rows in B7, year 2025: the target",
    });
  });

  it("throws on an unknown id and on a placeholder left unfilled", () => {
    expect(() => formatMessage(messages, "x", {})).toThrow(/no message "x"/);
    expect(() => formatMessage(messages, "m", { n: 1, cell: "B7", year: "2025" })).toThrow(/\{\{what\}\}/);
  });

  it("does not read placeholders inside the data it fills in", () => {
    const data = { n: 1, cell: "{{year}}", year: "2025", what: "x" };
    expect(formatMessage(messages, "m", data).id).toBe("1 baris di {{year}}, tahun 2025: x");
  });
});
