"use server";

import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import type { VisitContext } from "@/lib/visits/context";
import {
  cancelSignupSchema,
  cancelSlotSchema,
  createSlotSchema,
  deleteSlotSchema,
  signUpSchema,
  updateSlotSchema,
} from "@/lib/visits/schemas";
import { cancelSignup, signUp } from "@/lib/visits/signup";
import { cancelSlot, createSlot, deleteSlot, updateSlot } from "@/lib/visits/slots";

function visitContext({ tx, audit }: ActionContext<unknown>): VisitContext {
  return { tx, audit, now: new Date() };
}

const slotPages = (slotId: number) => ["/visits", "/admin/visits", `/admin/visits/${slotId}`];

// Sign-ups and cancellations for one slot queue on its row lock: when a crowd arrives at once,
// let each request wait its turn for a connection instead of failing after Prisma's 2 s default.
// The pool's own connection timeout (5 s, lib/prisma-client.ts) bounds the wait as well.
const CROWD_TRANSACTION = { maxWait: 5_000, timeout: 10_000 };

// ───────────────────────────── Everyone signed in ─────────────────────────────

export const signUpForVisitAction = defineAction({
  name: "signUpForVisit",
  schema: signUpSchema,
  permission: "visit.signup",
  run: (context) => signUp(visitContext(context), { slotId: context.input.slotId, userId: context.user.id }),
  transaction: CROWD_TRANSACTION,
  revalidate: (output) => slotPages(output.slotId),
});

export const cancelVisitSignupAction = defineAction({
  name: "cancelVisitSignup",
  schema: cancelSignupSchema,
  permission: "visit.signup",
  run: (context) => cancelSignup(visitContext(context), { signupId: context.input.signupId, userId: context.user.id }),
  revalidate: (output) => slotPages(output.slotId),
});

// ───────────────────────────── Staff ─────────────────────────────

export const createVisitSlotAction = defineAction({
  name: "createVisitSlot",
  schema: createSlotSchema,
  permission: "visit.manage",
  run: (context) => createSlot(visitContext(context), context.input),
  revalidate: (output) => slotPages(output.id),
});

export const updateVisitSlotAction = defineAction({
  name: "updateVisitSlot",
  schema: updateSlotSchema,
  permission: "visit.manage",
  run: (context) => updateSlot(visitContext(context), context.input),
  revalidate: (output) => slotPages(output.id),
});

export const cancelVisitSlotAction = defineAction({
  name: "cancelVisitSlot",
  schema: cancelSlotSchema,
  permission: "visit.manage",
  run: (context) => cancelSlot(visitContext(context), context.input),
  revalidate: (output) => slotPages(output.id),
});

export const deleteVisitSlotAction = defineAction({
  name: "deleteVisitSlot",
  schema: deleteSlotSchema,
  permission: "visit.manage",
  run: (context) => deleteSlot(visitContext(context), context.input),
  revalidate: () => ["/visits", "/admin/visits"],
});
