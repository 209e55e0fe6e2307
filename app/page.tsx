export default function HomePage() {
  return <main>کاتب</main>;
}
