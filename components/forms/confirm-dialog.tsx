"use client";
// Asks before an irreversible step, saying what will happen. Focus starts on "Annuleren".
import { Dialog } from "@/components/ui/dialog";
import { buttonClass } from "./field";

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <p className="mb-4 whitespace-pre-line">{body}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          autoFocus
          className="rounded border border-slate-500 px-4 py-2 font-medium"
          onClick={onCancel}
        >
          Annuleren
        </button>
      </div>
    </Dialog>
  );
}
