"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (choose A4; the page sets its own margins). */
export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <Button onClick={() => window.print()} data-print="hide">
      {label}
    </Button>
  );
}
