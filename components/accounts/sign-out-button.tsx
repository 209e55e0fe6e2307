"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  const leave = async (): Promise<void> => {
    setPending(true);
    try {
      await signOut({ redirect: false });
    } finally {
      // A full load, so that no page rendered for the signed-in user stays in memory.
      window.location.assign("/signin");
    }
  };
  return (
    <button type="button" className="button button--quiet" disabled={pending} onClick={() => void leave()}>
      {label}
    </button>
  );
}
