import fc from "fast-check";
import { hasUnstorableText } from "@/lib/actions/unstorable-text";

/**
 * Hostile values for the property tests of every server action (tests/integration/hostile-input.test.ts).
 * Each field kind has values that MUST be refused, in two forms: what an object caller can send
 * (any JSON-ish value) and what a browser form can send (strings, a repeated key, a file).
 * Values that are hostile-looking but valid for a field (HTML in a remark, SQL in a name, odd
 * Unicode) are not here: they are `acceptedText`, which must be stored exactly as sent.
 */
export type FormValue = string | string[] | File;
export type Refused = { object: fc.Arbitrary<unknown>; form: fc.Arbitrary<FormValue> };

const SQL = [
  "1 OR 1=1",
  '1; DROP TABLE "User"; --',
  "' OR ''='",
  '1) UNION SELECT "passwordHash" FROM "User" --',
  "$1",
  "\\x00",
];
const MARKUP = ["<script>window.__xss=1</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];
/** Strings no field may store: NUL, other C0 controls, lone surrogates, non-characters. */
export const UNSTORABLE = ["a\u0000b", "\u0000", "名称\u0007", "a\u001bb", "\uD800", "x\uDFFFy", "\uFFFF", "\uFFFE标"];
const WEIRD_NUMBERS = [
  "1e3",
  "0x10",
  "１２",
  "١٢",
  "1_000",
  "∞",
  "NaN",
  "Infinity",
  "-Infinity",
  "1,000",
  "12abc",
  "+-1",
];

/** A File as a browser sends it; its bytes are not what its name says. */
export function fakeFile(name: string, text: string, type = "application/octet-stream"): File {
  return new File([text], name, { type });
}

const files = fc.constantFrom(
  fakeFile("photo.png", "<script>alert(1)</script>", "image/png"),
  fakeFile("../../etc/passwd.jpg", "root:x:0:0", "image/jpeg"),
  fakeFile("report.pdf", "%PDX not really", "application/pdf"),
  fakeFile("run.exe", "MZ\u0090\u0000", "application/x-msdownload"),
  fakeFile("a.svg", '<svg onload="alert(1)"/>', "image/svg+xml"),
);

const wrongTypes = fc.constantFrom<unknown>(true, false, {}, { $gt: 0 }, [[1]], () => 1, Symbol("s"));
/** A key sent twice by a form, or an array sent by an object caller. */
const twoValues = fc.constantFrom<FormValue>(["1", "2"], ["a", "b"]);

/**
 * A form cannot carry a lone surrogate: FormData turns it into U+FFFD (a valid character), as a
 * browser does. Such strings are hostile only for object callers.
 */
const formSafe = (strings: fc.Arbitrary<string>) => strings.filter((value) => value.isWellFormed());

function refused(objectOnly: fc.Arbitrary<unknown>, strings: fc.Arbitrary<string>): Refused {
  const form = fc.oneof(formSafe(strings), twoValues, files);
  return { object: fc.oneof(strings, twoValues, files, objectOnly, wrongTypes), form };
}

/** A required row id (positive, fits PostgreSQL's integer). */
export function refusedId(options: { optional?: boolean } = {}): Refused {
  const strings = fc.oneof(
    fc.constantFrom(
      "0",
      "-1",
      "2147483648",
      "99999999999999999999999",
      "1.5",
      ...SQL,
      ...MARKUP,
      ...WEIRD_NUMBERS,
      ...UNSTORABLE,
    ),
    fc.constantFrom(...(options.optional ? ["-0"] : ["", "  "])),
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/^\s*\d*\s*$/.test(s)),
    fc.constant("9".repeat(5000)),
  );
  const numbers = fc.oneof(
    fc.constantFrom(0, -1, -0, 0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, Number.MAX_VALUE, -(2 ** 31)),
    fc.integer({ min: -(2 ** 31), max: 0 }),
    fc.double({ min: 1, max: 1e6, noInteger: true, noNaN: true }),
    fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
    fc.bigInt({ min: 1n, max: 10n }),
  );
  return refused(options.optional ? numbers : fc.oneof(numbers, fc.constant(null)), strings);
}

/** A whole number within [min, max]; `hasDefault` when a missing value is allowed. */
export function refusedInteger(min: number, max: number, options: { hasDefault?: boolean } = {}): Refused {
  const strings = fc.oneof(
    fc.constantFrom(
      String(min - 1),
      String(max + 1),
      `${min}.5`,
      "-99999999999",
      ...SQL,
      ...MARKUP,
      ...WEIRD_NUMBERS,
      ...UNSTORABLE,
    ),
    fc.constantFrom(...(options.hasDefault ? ["-"] : [""])),
    fc.integer({ min: max + 1, max: max + 1_000_000 }).map(String),
  );
  const numbers = fc.oneof(
    fc.constantFrom(min - 1, max + 1, min + 0.5, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE),
    fc.integer({ min: -(2 ** 40), max: min - 1 }),
    fc.integer({ min: max + 1, max: 2 ** 40 }),
  );
  return refused(options.hasDefault ? numbers : fc.oneof(numbers, fc.constant(null)), strings);
}

/**
 * Free text of at most `max` characters (at least `min` after trimming). Too long, blank when
 * required, unstorable characters, or not a string at all.
 */
export function refusedText(max: number, options: { min?: number } = {}): Refused {
  const min = options.min ?? 0;
  const strings = fc.oneof(
    fc.constantFrom("国".repeat(max + 1), "x".repeat(max + 1), "<b>".repeat(max), "😀".repeat(max + 1), ...UNSTORABLE),
    fc.constant("长".repeat(200_000)),
    fc.string({ unit: "grapheme", minLength: max + 1, maxLength: max + 20 }).filter((s) => s.trim().length > max),
    fc.constantFrom(...(min > 0 ? ["", "   ", "\n\t"] : ["名称\u0000"])),
    fc.constantFrom(...(min > 1 ? ["字".repeat(min - 1)] : ["\uD83D"])),
  );
  const objectOnly = fc.oneof(
    fc.constantFrom<unknown>(42, 0, NaN, Infinity, -1),
    fc.array(fc.string(), { minLength: 2, maxLength: 3 }),
  );
  return refused(objectOnly, strings);
}

/** One of the given values, nothing else (case, spacing and lookalikes included). */
export function refusedEnum(values: readonly string[]): Refused {
  const strings = fc
    .oneof(
      fc.constantFrom("", " ", "null", "undefined", "__proto__", "constructor", ...SQL, ...MARKUP, ...UNSTORABLE),
      fc.constantFrom(...values).map((value) => value.toLowerCase()),
      fc.constantFrom(...values).map((value) => ` ${value} `),
      fc.constantFrom(...values).map((value) => `${value}\u200b`),
      fc.string({ maxLength: 12 }),
    )
    .filter((value) => !values.includes(value));
  return refused(fc.constantFrom<unknown>(1, 0, NaN, null, values), strings);
}

/** Text in a fixed format (a date, a time, a month, an amount, points): the pattern's near misses. */
export function refusedFormat(nearMisses: readonly string[], options: { required?: boolean } = {}): Refused {
  const strings = fc.oneof(
    fc.constantFrom(...nearMisses, ...SQL, ...MARKUP, ...UNSTORABLE, "NaN", "Infinity", "-Infinity", "9".repeat(400)),
    fc.constantFrom(...(options.required === false ? ["x"] : ["", " "])),
  );
  return refused(fc.constantFrom<unknown>(NaN, Infinity, -Infinity, 1e21, -1, null, 20221231), strings);
}

/**
 * A structured value (a list of rows, a record): the spec names what must be refused. A repeated
 * form key is not among them, as some such fields take a list of strings (tags, tier names).
 */
export function refusedStructure(values: readonly unknown[]): Refused {
  const strings = fc.constantFrom("[", "{}", "null", '{"__proto__":{"polluted":1}}', ...SQL, ...MARKUP, ...UNSTORABLE);
  return {
    object: fc.oneof(fc.constantFrom(...values), strings, wrongTypes),
    form: fc.oneof(formSafe(strings), files),
  };
}

/** Exactly these values (for fields where SQL or markup would be valid, e.g. a password). */
export function refusedValues(values: readonly unknown[]): Refused {
  const strings = values.filter((value): value is string => typeof value === "string");
  return { object: fc.constantFrom(...values), form: formSafe(fc.constantFrom(...strings)) };
}

/** Files that are not what they claim (the upload check sniffs the bytes). */
export function refusedFiles(): Refused {
  const strings = fc.constantFrom("photo.png", "C:\\fakepath\\a.png", ...MARKUP, ...UNSTORABLE);
  return {
    object: fc.oneof(
      files,
      fc.array(files, { minLength: 1, maxLength: 2 }),
      strings,
      wrongTypes,
      fc.constant([{ name: "a.png", size: 1 }]),
    ),
    form: fc.oneof(files, strings),
  };
}

/** Keys no action reads; some are column names a careless spread would write. */
export const EXTRA_KEYS = [
  "id",
  "isActive",
  "role",
  "passwordHash",
  "createdById",
  "createdAt",
  "updatedAt",
  "status",
  "deletedAt",
  "mustChangePassword",
  "totpSecret",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "$where",
  "a".repeat(300),
];

/** A marker that must never be found in the database after a call with extra fields. */
export const EXTRA_MARKER = "EXTRA-FIELD-MARKER-7f3a";

export function extraFields(realKeys: readonly string[]): fc.Arbitrary<[string, string][]> {
  const keys = EXTRA_KEYS.filter((key) => !realKeys.includes(key));
  return fc.uniqueArray(
    fc.tuple(
      fc.constantFrom(...keys),
      fc.constantFrom(EXTRA_MARKER, `<script>${EXTRA_MARKER}</script>`, `1 OR ${EXTRA_MARKER}`),
    ),
    { maxLength: 4, selector: ([key]) => key },
  );
}

/** Pieces of hostile-looking text that are valid content for a free-text field. */
const ACCEPTED_PIECES = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=2">',
  '\'; DROP TABLE "Site"; --',
  "' OR '1'='1",
  "{{constructor.constructor('alert(1)')()}}",
  "${process.env}",
  "=cmd|' /C calc'!A0",
  "\u202E右到左",
  "👨‍👩‍👧‍👦",
  "e\u0301",
  "𠀀𪚥",
  "ＡＢＣ１２３",
  "مرحبا",
  "\t制表",
  "%00%0d%0a",
  "&lt;&amp;&quot;",
];

/** Valid hostile-looking text: unique (a nonce), no outer whitespace, within [min, max]. */
export function acceptedText(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.subarray(ACCEPTED_PIECES, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 1e9 }))
    .map(([pieces, nonce]) => {
      let text = `${pieces.join(" ")} #${nonce}`.trim();
      while (text.length < min) text = `观摩${text}`;
      return text.length > max ? `#${nonce}${pieces[0]!}`.slice(0, max) : text;
    })
    .filter((text) => text.length >= min && text.length <= max && text.trim() === text && !hasUnstorableText(text));
}

/** A value as a form would send it. Object-only values (numbers, booleans) become strings. */
export function toFormData(payload: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one === undefined) continue;
      if (one instanceof File) form.append(key, one);
      else form.append(key, typeof one === "object" && one !== null ? JSON.stringify(one) : String(one));
    }
  }
  return form;
}
