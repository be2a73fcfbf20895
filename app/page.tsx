export default function HomePage() {
  return <main><h1>Sportello MM</h1></main>;
}
