"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

type NavLinkProps = {
  href: string;
  /** "exact" marks the link current only on its own path; "prefix" also on the pages below it. */
  match?: "exact" | "prefix";
  className?: string;
  currentClassName?: string;
  children: ReactNode;
};

/** Renders a navigation link that sets `aria-current="page"` when it points at the page being shown. */
export function NavLink({ href, match = "prefix", className, currentClassName, children }: NavLinkProps) {
  const pathname = usePathname();
  const isCurrent = match === "exact" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

  return (
    <Link href={href} aria-current={isCurrent ? "page" : undefined} className={`${className ?? ""} ${isCurrent ? (currentClassName ?? "") : ""}`}>
      {children}
    </Link>
  );
}
