import { StatusMessage } from "@/components/layout/status-message";

/** Inside the signed-in area a missing record keeps the navigation around it. */
export default function NotFoundInApp() {
  return <StatusMessage kind="notFound" />;
}
