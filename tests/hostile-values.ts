/** At least 200 hostile values for the input corpus (tests/hostile-input.test.ts). */
const longStrings = [201, 2001, 10_001, 100_001, 1_100_000].map((n) => "长".repeat(n));
const control = [...Array(32).keys(), 127].map((c) => `协议${String.fromCharCode(c)}名称`);
const bidi = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"].map((c) => `${c}CQ-2025-0001`);
const invisible = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2028", "\u2029", "\ud800", "\udfff", "\ufffe"].map((c) => `名${c}称`);
const markup = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  "<iframe src=//evil.example>",
  "{{constructor.constructor('alert(1)')()}}",
  "${process.exit(1)}",
  "<!--",
  "]]><![CDATA[",
  "&lt;b&gt;",
];
const sqlish = [
  "'; drop table agreements; --",
  "1 OR 1=1",
  "' OR '1'='1",
  "\\'; select pg_sleep(10); --",
  "1; truncate audit_log",
  "%' or 1=1 --",
  "$1",
  "\\x00",
  "E'\\\\'",
  "'||(select current_user)||'",
];
const cjk = ["𠀀", "𪚥", "𰻞𰻞面", "丂乚", "〇", "⿰氵每", "㐀", "🀄", "👨‍👩‍👧", "Ⅻ", "０１２", "ｃｑ－２０２５", "龘", "𠮷野家", "𡈽"];
const dates = ["2025-02-30", "2025-13-01", "2025-00-10", "0000-00-00", "9999-99-99", "-001-01-01", "2025-7-10", "10/07/2025", "2025-07-10T25:00", "275760-09-14", "2025-02-29", "1899-12-31", "", " ", "today", "２０２５-０７-１０"];
const numbers = [NaN, Infinity, -Infinity, 1e309, -1e309, -0, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 1, Number.MAX_VALUE, Number.MIN_VALUE, -(2 ** 63), 1e21];
const numericStrings = ["NaN", "Infinity", "-Infinity", "1e309", "1e-309", "0x10", "1_000", "١٢٣", "-0", "+5", "99999999999999999999", "1.005", "3.5亿亿", "负一", "∞", "1e21万"];
const wrongTypes: unknown[] = [null, undefined, true, false, [], {}, [[]], [null], { a: 1 }, { __proto__: { admin: true } }, { constructor: { prototype: { x: 1 } } }, ["a", 1, null], new Date("invalid"), new Date(8.64e15), 12345678901234567890n];
const shapes: unknown[] = [
  Array.from({ length: 10_000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i])),
  JSON.parse('{"__proto__": {"role": "admin"}}'),
  { role: "admin", actorId: 1, createdBy: 1, id: 1 },
  { extra: "field", submissionKey: "not-a-uuid" },
];
let nested: unknown = "底";
for (let i = 0; i < 200; i++) nested = { n: nested };
shapes.push(nested);

export const HOSTILE_VALUES: unknown[] = [
  ...longStrings,
  ...control,
  ...bidi,
  ...invisible,
  ...markup,
  ...sqlish,
  ...cjk,
  ...dates,
  ...numbers,
  ...numericStrings,
  ...wrongTypes,
  ...shapes,
  ...numbers.map(String),
  ...markup.map((m) => `${m}${"x".repeat(300)}`),
  ...cjk.map((c) => c.repeat(300)),
];
