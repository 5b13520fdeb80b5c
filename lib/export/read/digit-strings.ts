// Shared strings for the short digit values of a file: codes, flags, dates, persoonsvolgnummers.
//
// The same few thousand values ('02', '0599', '20250801', '1000000') come back in nearly every record. The
// reader hands out one shared string per value instead of a new slice per record: a parsed national file
// then holds far fewer strings, and whatever keeps values (the checks' indexes) keeps shared ones. Strings
// are immutable, so sharing them cannot be seen. Values of more than MAX_DIGITS digits (BSN, counts) are
// mostly unique and are sliced as before; so is anything that is not all digits.
const MAX_DIGITS = 8;
/** Up to 4 digits the value itself indexes an array; longer values go through a map with a size cap. */
const ARRAY_DIGITS = 4;
const MAP_CAP = 1 << 16;

// Filled up front (10^length slots), so the arrays stay dense instead of turning into sparse dictionaries.
const arrays: (string | undefined)[][] = Array.from({ length: ARRAY_DIGITS + 1 }, (_, length) =>
  new Array(10 ** length).fill(undefined),
);
const maps: Map<number, string>[] = Array.from({ length: MAX_DIGITS + 1 }, () => new Map());

/** line.slice(start, start + length), shared when it is a short run of digits. */
export function sliceDigits(line: string, start: number, length: number): string {
  const end = start + length;
  if (length > MAX_DIGITS || end > line.length) return line.slice(start, end);
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = line.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return line.slice(start, end);
    n = n * 10 + d;
  }
  // Same length and same number means the same text (leading zeros included).
  if (length <= ARRAY_DIGITS) return (arrays[length][n] ??= line.slice(start, end));
  const map = maps[length];
  let text = map.get(n);
  if (text === undefined) {
    text = line.slice(start, end);
    if (map.size < MAP_CAP) map.set(n, text);
  }
  return text;
}
