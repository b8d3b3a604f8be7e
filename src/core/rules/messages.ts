// A rule's messages in the manner of ESLint's: declared once by id, Indonesian and English side by
// side, with `{{name}}` placeholders that each finding's data fills. One formatter for every
// rule, so a number reads 1.234,56 in Indonesian and 1,234.56 in English everywhere.
import type { Pesan } from "../indicators";
import { angkaEn, angkaId } from "./values";

/**
 * A placeholder's value: a number (formatted per language), a string shown as it is (years,
 * codes, cells and formulas are strings so that they are never formatted as numbers), or a piece
 * already in both languages.
 */
export type Piece = number | string | Pesan;
export type MessageData = Readonly<Record<string, Piece>>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The placeholder names of one template, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

function fill(template: string, data: MessageData, lang: "id" | "en", where: string): string {
  return template.replace(PLACEHOLDER, (_all, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`${where}: no data for {{${name}}}`);
    if (typeof v === "number") return lang === "id" ? angkaId(v) : angkaEn(v);
    return typeof v === "string" ? v : v[lang];
  });
}

/**
 * The message `messageId` of `messages` filled with `data` in both languages. An unknown id or an
 * unfilled placeholder is a mistake in the rule, so it throws (the runner reports a rule that
 * throws as one info at the table; the rule tests fail on it).
 */
export function formatMessage(
  messages: Readonly<Record<string, Pesan>> | undefined,
  messageId: string,
  data: MessageData = {},
  owner = "rule",
): Pesan {
  const m = messages?.[messageId];
  if (!m) throw new Error(`${owner} has no message "${messageId}"`);
  const where = `${owner} message "${messageId}"`;
  return { id: fill(m.id, data, "id", where), en: fill(m.en, data, "en", where) };
}
