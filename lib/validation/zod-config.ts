import { z } from "zod";

// Zod 4 compiles object schemas with `new Function` when it may, and probes for that by
// trying it: under our CSP (no 'unsafe-eval') the probe is a reported violation in every
// browser that loads a form. Interpreted parsing is fast enough for forms of this size.
// Imported first by every schema module, before any schema is built.
z.config({ jitless: true });
