// A required choice from a code list: an empty select says "Kies …", a value outside the list is refused as invalid.
import { z } from "zod";
import type { LijstNaam } from "@/lib/domain/codes";
import { zCode } from "@/lib/domain/zod-fields";

export const zKeuze = (lijst: LijstNaam, label: string, leegMessage: string, allowed?: string[]) =>
  z.string({ error: leegMessage }).refine((s) => s !== "", leegMessage).pipe(zCode(lijst, label, allowed));
