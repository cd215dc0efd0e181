export function App() {
  return (
    <main class="popup">
      <h1>Copycat Guard</h1>
      <p data-testid="popup-status">Open a listing on a supported marketplace to see its risk.</p>
    </main>
  );
}
