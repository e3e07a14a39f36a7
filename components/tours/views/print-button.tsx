"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (choose "Save as PDF" there for a file). */
export function PrintButton() {
  return (
    <Button onClick={() => window.print()} data-print="hide">
      打印
    </Button>
  );
}
