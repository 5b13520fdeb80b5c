import { NietGevonden } from "@/components/dienst/niet-gevonden";

export default function NotFound() {
  return <NietGevonden />;
}
