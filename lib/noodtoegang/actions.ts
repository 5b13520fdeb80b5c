"use server";
import { runAction } from "@/lib/auth/door";
import { beeindigNoodtoegang, startNoodtoegang } from "./commands";
import type { TNoodtoegangBeeindigenInput, TNoodtoegangInput } from "./schema";

export async function startNoodtoegangAction(input: TNoodtoegangInput) {
  return runAction(startNoodtoegang, input, [{ layout: "/" }]);
}

export async function beeindigNoodtoegangAction(input: TNoodtoegangBeeindigenInput) {
  return runAction(beeindigNoodtoegang, input, [{ layout: "/" }]);
}
