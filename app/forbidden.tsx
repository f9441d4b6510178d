import { StatusMessage } from "@/components/layout/status-message";

/** Rendered inside the signed-in shell, whose `<main>` it shares. */
export default function Forbidden() {
  return <StatusMessage kind="forbidden" />;
}
