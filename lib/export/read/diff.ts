// Difference between two delivery files of one period (a correction against the previous final delivery):
// which records were added, removed or changed, by record identity (type + key fields). Streams the new file;
// only the old file's keys and line texts are held.
import fs from "node:fs";
import { readRecords } from "./reader";
import { buildKey } from "../checks/violation";
import { HEADER_TYPE, TRAILER_TYPE } from "../layout/layout";

export type DiffEntry = { recordtype: string; key: Record<string, string> };
export type DiffResult = { added: DiffEntry[]; removed: DiffEntry[]; changed: DiffEntry[]; unchanged: number };

const identity = (type: string, values: Record<string, string>) => {
  const key = buildKey(type, values);
  return { id: `${type}|${Object.values(key).join("|")}`, key };
};
const lineOf = (values: Record<string, string>) => JSON.stringify(values);

export async function diffDeliveryFiles(oldFile: string, newFile: string): Promise<DiffResult> {
  const before = new Map<string, { key: Record<string, string>; type: string; line: string }>();
  for await (const r of readRecords(fs.createReadStream(oldFile))) {
    if (r.type === HEADER_TYPE || r.type === TRAILER_TYPE) continue;
    const { id, key } = identity(r.type, r.values);
    before.set(id, { key, type: r.type, line: lineOf(r.values) });
  }
  const out: DiffResult = { added: [], removed: [], changed: [], unchanged: 0 };
  for await (const r of readRecords(fs.createReadStream(newFile))) {
    if (r.type === HEADER_TYPE || r.type === TRAILER_TYPE) continue;
    const { id, key } = identity(r.type, r.values);
    const old = before.get(id);
    if (!old) out.added.push({ recordtype: r.type, key });
    else {
      if (old.line !== lineOf(r.values)) out.changed.push({ recordtype: r.type, key });
      else out.unchanged++;
      before.delete(id);
    }
  }
  for (const o of before.values()) out.removed.push({ recordtype: o.type, key: o.key });
  return out;
}
