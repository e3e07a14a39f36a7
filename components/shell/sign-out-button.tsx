"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button, type ButtonProps } from "@/components/ui/button";

export function SignOutButton({
  className,
  size = "sm",
  variant = "secondary",
}: Pick<ButtonProps, "className" | "size" | "variant">) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size={size}
      className={className}
      disabled={pending}
      onClick={() => {
        setPending(true);
        // next-auth clears the cookie, then sends the browser to the sign-in page.
        void signOut({ callbackUrl: "/login" }).catch(() => setPending(false));
      }}
    >
      {pending ? "正在退出…" : "退出登录"}
    </Button>
  );
}
